// The end of a document: the closing formula (特此通知。), the 发文机关署名 and 成文日期 under the seal's space, and
// the 版记 at the foot of the last page.
//
// How they stay together, in Word and in LibreOffice: the closing formula, the signature and room for the 版记 are
// one paragraph that never splits (keepLines), so no chain of keep-with-next paragraphs has to hold; the paragraph
// before it keeps with it, so that this paragraph never opens a page alone. The 版记 lines are frames fixed at the
// foot of the text block that text flows through (wrap through): they push nothing, so they cannot move the
// paragraphs they sit by (a floating table pushed them, and LibreOffice then broke keep-with-next and left the
// signature, or the 版记, alone on a page). They are anchored to the closing paragraph, so they are on its page,
// and that paragraph's last lines are blank and as tall as the 版记, so the 版记 covers no text.
import {
  AlignmentType,
  BorderStyle,
  FrameAnchorType,
  FrameWrap,
  HeightRule,
  LineRuleType,
  TabStopType,
  TextRun,
  type IBorderOptions,
  type Paragraph,
} from 'docx';
import {
  CHAR,
  LINE_PITCH,
  MARGIN,
  PAGE_HEIGHT,
  SIZE,
  TEXT_WIDTH,
  pt,
  runFonts,
  paragraph,
  widthInChars,
} from './units';
import type { DocumentFonts } from './units';
import { attachmentName } from './blocks';

export interface ColophonSpec {
  /** 抄送机关; the list ends with a full stop. */
  copyTo?: string[];
  /** 印发机关, e.g. 宜丰县人大常委会办公室 */
  printer?: string;
  /** 印发日期 text, e.g. 2026年12月3日 */
  printDate?: string;
}

/** 抄送：甲，乙。 with a full-width colon and a closing full stop. */
export function copyToText(names: string[]): string {
  const list = names.map((n) => n.trim().replace(/[，,。.；;、]+$/, '')).filter((n) => n.length > 0);
  return `抄送：${list.join('，')}。`;
}

const THICK: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 0 }; // 0.35 mm
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 0 }; // 0.25 mm

/** One 4号 character (the 版记's indent), and the advance of one 4号 character with the 0.25 pt condensing. */
const SI_CHAR = pt(14);
const SI_ADVANCE = SI_CHAR - 5;

/** A row of the 版记: its text and how many lines it takes. */
interface ColophonRow {
  text: string;
  lines: number;
  /** 抄送 wraps under the text after 抄送：. */
  hanging: number;
}

/** Lines a 版记 row of `text` takes: one 4号 character in from each side, wrapped lines under the hanging indent. */
function rowLines(text: string, hanging: number): number {
  const width = TEXT_WIDTH - 2 * SI_CHAR;
  const first = Math.floor(width / SI_ADVANCE);
  const next = Math.floor((width - hanging) / SI_ADVANCE);
  const chars = widthInChars(text);
  return chars <= first ? 1 : 1 + Math.ceil((chars - first) / next);
}

function colophonRows(spec: ColophonSpec): ColophonRow[] {
  const rows: ColophonRow[] = [];
  if (spec.copyTo && spec.copyTo.length > 0) {
    const text = copyToText(spec.copyTo);
    const hanging = 3 * SI_CHAR;
    rows.push({ text, lines: rowLines(text, hanging), hanging });
  }
  if (spec.printer || spec.printDate) {
    const date = spec.printDate ? `${spec.printDate}印发` : '';
    rows.push({ text: `${spec.printer ?? ''}\t${date}`, lines: 1, hanging: 0 });
  }
  return rows;
}

/** Lines of body height the 版记 takes at the foot of the page (0 without one). */
export function colophonLines(spec: ColophonSpec | undefined): number {
  return spec ? colophonRows(spec).reduce((sum, row) => sum + row.lines, 0) : 0;
}

/** Where the text block of the document's pages ends, in twips from the top edge (the 版记's last line is there). */
export const TEXT_BOTTOM = PAGE_HEIGHT - MARGIN.bottom;

/**
 * 版记: 抄送 and 印发机关/印发日期 in 4号, between thick lines with a thin line between its rows (`lines: false`,
 * 信函格式, leaves the lines out), its last line on the foot of the text block (`bottom`, twips from the top edge of
 * the page; default that of the 文件格式 page). One frame per row, positioned on the page, text flowing through.
 * Put them right before the paragraph they belong to (the closing paragraph): a frame is anchored to the paragraph
 * after it.
 */
export function colophon(
  spec: ColophonSpec,
  fonts: DocumentFonts,
  options: { lines?: boolean; bottom?: number } = {},
): Paragraph[] {
  const ruled = options.lines !== false;
  const rows = colophonRows(spec);
  let top = (options.bottom ?? TEXT_BOTTOM) - colophonLines(spec) * LINE_PITCH;
  return rows.map((row, i) => {
    const height = row.lines * LINE_PITCH;
    const frameTop = top;
    top += height;
    const last = i === rows.length - 1;
    return paragraph({
      frame: {
        type: 'absolute',
        position: { x: MARGIN.left, y: frameTop },
        width: TEXT_WIDTH,
        height,
        rule: HeightRule.EXACT,
        anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
        wrap: FrameWrap.THROUGH,
        space: { horizontal: 0, vertical: 0 },
      },
      spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      indent: { left: SI_CHAR + row.hanging, right: SI_CHAR, hanging: row.hanging },
      tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH - SI_CHAR }],
      // Each row is a frame of its own: LibreOffice does not make a frame of bordered paragraphs that share one.
      ...(ruled ? { border: { ...(i === 0 ? { top: THICK } : {}), bottom: last ? THICK : THIN } } : {}),
      children: [new TextRun({ text: row.text, font: runFonts(fonts.body, fonts), size: SIZE.si })],
    });
  });
}

/** A paragraph set on the last page with the signature: its text and font (a heading's, or the body's). */
export interface KeptText {
  text: string;
  font: string;
}

export interface EndingSpec {
  fonts: DocumentFonts;
  /**
   * The body's last paragraphs (a heading and the paragraph under it, or just the paragraph), set in the ending so
   * that the signature never opens a page alone.
   */
  kept?: KeptText[];
  /** A one-line closing formula that ends the body, e.g. 特此通知。 */
  closing?: string;
  /** 附件说明 names. */
  attachments?: string[];
  /** 发文机关署名 */
  organ: string;
  /** 成文日期 text, 2026年12月3日 */
  date: string;
  colophon?: ColophonSpec;
  /** Draw the 版记's lines (文件格式); 信函格式 leaves them out. */
  colophonLines?: boolean;
  /** Where the text block of the last page ends, twips from the top edge; default TEXT_BOTTOM. */
  bottom?: number;
}

/** Characters of body text a line holds (28). */
export const LINE_CHARS = Math.floor(TEXT_WIDTH / CHAR);

const CLOSING_PUNCTUATION = /^[、，。：；！？）》」』”’…]/;

/** A text cut into lines of at most `width` characters, no line starting with closing punctuation. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line !== '' && widthInChars(line + ch) > width && !CLOSING_PUNCTUATION.test(ch)) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  return [...out, line];
}

/**
 * The 附件说明 lines as the ending sets them, one line below the text: 附件：name, or 附件：1. name with the next
 * numbers under the first, a long name going on under its first character (a new line is started before the line
 * is full, so that the renderer does not wrap it to the left edge).
 */
function attachmentLines(names: readonly string[]): string[] {
  const label = 3;
  if (names.length === 1) {
    const [first = '', ...rest] = wrap(attachmentName(names[0] ?? ''), LINE_CHARS - 2 - label - 1);
    return [`\t附件：${first}`, ...rest.map((line) => `\t\t${line}`)];
  }
  const number = names.length >= 10 ? 1.5 : 1;
  return names.flatMap((name, i) => {
    const [first = '', ...rest] = wrap(attachmentName(name), LINE_CHARS - 2 - label - number - 1);
    return [`\t${i === 0 ? '附件：' : '\t'}${i + 1}.\t${first}`, ...rest.map((line) => `\t\t\t${line}`)];
  });
}

/**
 * The ending paragraph, one paragraph that never splits, set flush left (a justified line before a line break
 * would be stretched) and preceded by the 版记's frames: the body's last paragraphs (`kept`) and the closing
 * formula, each starting two characters in; the 附件说明 one line below; two blank lines for the seal; the organ's
 * name centred over the date, the date four characters from the right edge (GB/T 9704 7.3.5.1, a sealed
 * document); then blank lines as tall as the 版记.
 */
export function ending(spec: EndingSpec): Paragraph[] {
  const { fonts } = spec;
  const font = runFonts(fonts.body, fonts);
  const indent = 2 * CHAR;
  // organ and date centred on one tab: the date's centre when it ends four characters from the right edge, moved
  // left only as far as an organ's name too long to fit there needs
  const dateCentre = TEXT_WIDTH - 4 * CHAR - (widthInChars(spec.date) * CHAR) / 2;
  const centre = Math.round(Math.min(dateCentre, TEXT_WIDTH - (widthInChars(spec.organ) * CHAR) / 2));
  const names = spec.attachments ?? [];
  const numbered = names.length > 1;
  const label = indent + 3 * CHAR; // after 附件：
  const tabStops = [
    { type: TabStopType.LEFT, position: indent },
    ...(names.length > 0 ? [{ type: TabStopType.LEFT, position: label }] : []),
    ...(numbered
      ? [{ type: TabStopType.LEFT, position: label + (names.length >= 10 ? 1.5 : 1) * CHAR }]
      : []),
    { type: TabStopType.CENTER, position: centre },
  ];
  const toCentre = '\t'.repeat(tabStops.length);
  // [text, font, blank lines before it]; every line but the first (indented by the paragraph) starts with a tab
  const lines: [string, string, number][] = [
    ...(spec.kept ?? []).map((t): [string, string, number] => [`\t${t.text}`, t.font, 0]),
    ...(spec.closing !== undefined ? [[`\t${spec.closing}`, fonts.body, 0] as [string, string, number]] : []),
    ...attachmentLines(names).map((line, i): [string, string, number] => [line, fonts.body, i === 0 ? 1 : 0]),
  ];
  const runs = lines.map(
    ([text, lineFont, blank], i) =>
      new TextRun({
        text: i === 0 && blank === 0 ? text.replace(/^\t/, '') : text,
        font: runFonts(lineFont, fonts),
        break: i === 0 ? blank : blank + 1,
      }),
  );
  const reserve = colophonLines(spec.colophon);
  const last = paragraph({
    alignment: AlignmentType.LEFT,
    indent: { firstLine: indent },
    keepLines: true,
    tabStops,
    children: [
      ...runs,
      // two blank lines after the text (after the empty first line when there is none), then organ and date
      new TextRun({ text: `${toCentre}${spec.organ}`, font, break: lines.length > 0 ? 3 : 2 }),
      new TextRun({ text: `${toCentre}${spec.date}`, font, break: 1 }),
      ...(reserve > 0 ? [new TextRun({ text: '', font, break: reserve })] : []),
    ],
  });
  const frames = spec.colophon
    ? colophon(spec.colophon, fonts, {
        lines: spec.colophonLines !== false,
        ...(spec.bottom !== undefined ? { bottom: spec.bottom } : {}),
      })
    : [];
  return [...frames, last];
}
