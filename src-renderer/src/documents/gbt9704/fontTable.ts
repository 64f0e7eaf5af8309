// word/fontTable.xml: every font the document names, each with the family to use where it is missing. Government
// PCs have 仿宋_GB2312, 楷体_GB2312 and 方正小标宋简体; a PC without them should set the text in 仿宋, 楷体 and 宋体,
// not in whatever Word or WPS picks by default. w:altName gives that name, w:panose1 and w:charset the shape and
// the script of the family, so that a substitution by likeness lands in the same family too.
import type { Document } from 'docx';
import type { DocumentFonts } from './units';

interface Family {
  /** The font every Chinese Windows has. */
  name: string;
  /** Its English name, the one Windows in another language and LibreOffice may know it by. */
  latin: string;
  panose: string;
}

const SONG: Family = { name: '宋体', latin: 'SimSun', panose: '02010600030101010101' };
const FANGSONG: Family = { name: '仿宋', latin: 'FangSong', panose: '02010609060101010101' };
const KAITI: Family = { name: '楷体', latin: 'KaiTi', panose: '02010609060101010101' };
const HEITI: Family = { name: '黑体', latin: 'SimHei', panose: '02010609060101010101' };

/** The family a Chinese font name belongs to, by the word in its name (仿宋 before 宋, since 仿宋 contains 宋). */
function familyOf(font: string): Family | null {
  if (font.includes('仿宋')) return FANGSONG;
  if (font.includes('楷')) return KAITI;
  if (font.includes('黑')) return HEITI;
  if (font.includes('宋')) return SONG;
  return null;
}

/**
 * The font to use where `font` is missing: 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体, 方正小标宋简体 → 宋体, 方正黑体_GBK
 * → 黑体; null for a font that is itself one of those, or not a Chinese font.
 */
export function fontFallback(font: string): string | null {
  const family = familyOf(font);
  if (family === null) return null;
  return font === family.name ? family.latin : family.name;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function fontEntry(font: string): string {
  const family = familyOf(font);
  const name = `w:name="${escapeXml(font)}"`;
  if (family === null) {
    // a Latin font, e.g. Times New Roman
    return `<w:font ${name}><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`;
  }
  const fallback = fontFallback(font);
  return (
    `<w:font ${name}>` +
    (fallback ? `<w:altName w:val="${escapeXml(fallback)}"/>` : '') +
    `<w:panose1 w:val="${family.panose}"/><w:charset w:val="86"/><w:family w:val="modern"/>` +
    `<w:pitch w:val="fixed"/></w:font>`
  );
}

const NAMESPACE = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** word/fontTable.xml for these fonts (duplicates dropped), each with its fallback. */
export function fontTableXml(fonts: readonly string[]): string {
  const names = [...new Set(fonts.map((f) => f.trim()).filter((f) => f !== ''))];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts xmlns:w="${NAMESPACE}">${names.map(fontEntry).join('')}</w:fonts>`
  );
}

/** The fonts of the settings a document was made with (gbtDocument records them), for its font table. */
const documentFonts = new WeakMap<Document, DocumentFonts>();

export function recordFonts(doc: Document, fonts: DocumentFonts): Document {
  documentFonts.set(doc, fonts);
  return doc;
}

/** The font table a document needs, or null for a document not made by gbtDocument. */
export function fontTableOf(doc: Document): string | null {
  const fonts = documentFonts.get(doc);
  return fonts ? fontTableXml(Object.values(fonts)) : null;
}
