// Measures of the GB/T 9704-2012 page in the units Word files use: twips (1/20 pt), half-points for font sizes,
// eighths of a point for border widths. Everything here is a plain number or a pure function.
import { Paragraph, convertMillimetersToTwip, type IParagraphOptions } from 'docx';
import type { DocumentFonts } from '../../domain/settings/settings';

export type { DocumentFonts } from '../../domain/settings/settings';

/** Millimetres to twips, rounded to a whole twip. */
export function mm(millimetres: number): number {
  return Math.round(convertMillimetersToTwip(millimetres));
}

/** Points to twips. */
export function pt(points: number): number {
  return Math.round(points * 20);
}

export const PAGE_WIDTH = 11906; // A4 210 mm
export const PAGE_HEIGHT = 16838; // A4 297 mm

/** Portrait margins: top 37 mm, left 28 mm; the 156 × 225 mm text block leaves right 26 mm and bottom 35 mm. */
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;

/**
 * Landscape pages (ledgers) are the portrait sheet turned a quarter clockwise, so the table head lies on the
 * binding edge (GB/T 9704 §9): the portrait left margin becomes the top, the top becomes the right and so on. The
 * text block stays 156 × 225 mm, only turned.
 */
export const LANDSCAPE_MARGIN = {
  top: MARGIN.left,
  right: MARGIN.top,
  bottom: MARGIN.right,
  left: MARGIN.bottom,
} as const;

/** Width of the text block in twips: 156 mm portrait, 225 mm landscape. */
export const TEXT_WIDTH = PAGE_WIDTH - MARGIN.left - MARGIN.right; // 8845
export const LANDSCAPE_TEXT_WIDTH = PAGE_HEIGHT - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right; // 12757

/** Font sizes in half-points, by their Chinese names. */
export const SIZE = {
  /** 2号, titles */
  er: 44,
  /** 3号, body text */
  san: 32,
  /** 4号, page numbers, 版记, table cells */
  si: 28,
  /** 小四, dense table cells */
  xiaosi: 24,
} as const;

/**
 * The body grid, found by rendering with LibreOffice 7.4 (fonts-noto-cjk standing in for 仿宋_GB2312) and counting
 * with pdftotext (pages of 一二三四五六七八九十 repeated).
 *
 * 22 lines: exact line spacing of 225 mm / 22 = 28.95 pt (579 twips) on every paragraph (22 × 579 = 12738 twips
 * fits the 12757-twip text block) and widow control off (see paragraph()). The docGrid records linePitch 579 but
 * is of type "default" (no grid): with type "lines" LibreOffice snaps every line to the grid whatever its exact
 * spacing, so a 2号 title line or the 标志 took two grid lines; Word lets exact spacing override the grid, so it
 * gains nothing from it either.
 *
 * 28 characters: 156 mm / 28 = 15.79 pt per character, less than the 16 pt of a 3号 character, so plain text gives
 * 27 a line. The character grid (linesAndChars) does not help in LibreOffice: it sizes grid cells from the Normal
 * style and puts every character wider than a cell into two cells (charSpace −848 with a 12 pt Normal style gave
 * 17 a line; with a 16 pt Normal style, 14), and with narrower characters it broke lines unevenly. What works is
 * condensing every character by 0.25 pt (w:spacing −5 twips, Word's 字符间距 紧缩 0.25 磅): 15.75 pt a character,
 * 28 × 15.75 = 441 pt fits the 442.2 pt line and 29 do not. −0.2 pt (−4) still gave 27. Word reads the same
 * w:spacing the same way, so it too sets 28 a line.
 */
export const LINE_PITCH = 579;
export const CHARACTER_SPACING = -5;
/** The advance of one 3号 character with the condensing above, in twips (15.75 pt). */
export const CHAR = 315;

/** Distance from the top of the text block to the top of the 发文机关标志 in 文件格式. */
export const MARK_TOP = mm(35);
/**
 * Page numbers: the 一字线 7 mm below the text block. The dashes sit 2.4 mm down the 4号 line (measured in the
 * rendering), so the line itself starts 4.6 mm below the text block.
 */
export const PAGE_NUMBER_GAP = mm(7 - 2.4);

export const RED = 'FF0000';

/** Run fonts: the Chinese font for Chinese text, the Latin font for digits and Latin letters. */
export function runFonts(eastAsia: string, fonts: DocumentFonts) {
  return { eastAsia, ascii: fonts.latin, hAnsi: fonts.latin, cs: fonts.latin, hint: 'eastAsia' };
}

/** One font for every script (page numbers are 宋体 digits). */
export function singleFont(name: string) {
  return { eastAsia: name, ascii: name, hAnsi: name, cs: name };
}

/**
 * Approximate width of a text in characters of its own size: Chinese and full-width characters count 1, digits,
 * Latin letters and other half-width characters ½ (Times New Roman digits are half an em).
 */
export function widthInChars(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += code <= 0xff || (code >= 0xff61 && code <= 0xff9f) ? 0.5 : 1;
  }
  return width;
}

/**
 * A paragraph with widow and orphan control off, so that every full page holds its 22 lines (GB/T 9704 templates
 * turn 孤行控制 off; LibreOffice would otherwise keep two lines together and leave the 22nd line empty).
 */
export function paragraph(options: IParagraphOptions): Paragraph {
  return new Paragraph({ widowControl: false, ...options });
}
