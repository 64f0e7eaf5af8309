// Column widths of the printed forms, in millimetres (table() scales them to the text block): box columns wide
// enough for their heads on one line where the page allows, the names taking the rest.
import { widthInChars } from '../gbt9704';
import { subjectHeader, type VotesDocContext } from './context';

/** Millimetres of n characters of a cell's size (pt) in a cell, with its margins (1.4 mm each side). */
export function cellMm(chars: number, size: 12 | 14): number {
  return chars * ((size / 72) * 25.4) + 2.9;
}

const PORTRAIT_MM = 156;
const LANDSCAPE_MM = 225;

function longestName(ctx: VotesDocContext): number {
  return Math.max(4, ...ctx.round.subjects.map((s) => widthInChars(s.name)));
}

/** The name column's head (被评议单位: 5 characters) must fit on one line: it is one word. */
function headerWidth(ctx: VotesDocContext): number {
  return widthInChars(subjectHeader(ctx));
}

/** Characters of a cell's size that fit a column of `millimetres` (the inverse of cellMm). */
export function charsInCell(millimetres: number, size: 12 | 14): number {
  return Math.floor((millimetres - 2.9) / ((size / 72) * 25.4));
}

/** Word boundaries of a Chinese text (ICU's dictionary); every character when there is no segmenter. */
function words(text: string): string[] {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return Array.from(text);
  return Array.from(new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text), (s) => s.segment);
}

/**
 * A column head broken into lines of at most `chars` characters, between words (落实审议意见情况 in 4 → 落实审议 /
 * 意见情况), so the renderer never breaks one inside a word. A single word too long for a line stays whole.
 */
export function breakHead(text: string, chars: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of words(text)) {
    if (line !== '' && widthInChars(line + word) > chars) {
      lines.push(line);
      line = '';
    }
    line += word;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

export interface FormColumns {
  widths: number[];
  cellSize: 12 | 14;
}

/**
 * A satisfaction ballot: 序号, the name, one box column per tier, all alike: 5 characters wide where the names
 * keep room for 9 characters, else as wide as the longest head (基本满意: 4), in 4号, else in 小四.
 */
export function tierColumns(ctx: VotesDocContext, heads: readonly string[]): FormColumns {
  const widest = Math.max(3, ...heads.map((head) => widthInChars(head)));
  const room = Math.max(headerWidth(ctx), Math.min(9, longestName(ctx)));
  const tries = [
    [14, 5],
    [14, widest],
    [12, 5],
    [12, widest],
  ] as const;
  for (const [i, [size, chars]] of tries.entries()) {
    const box = cellMm(Math.max(chars, widest), size);
    const number = cellMm(2, size);
    const name = PORTRAIT_MM - number - box * heads.length;
    if (name >= cellMm(room, size) || i === tries.length - 1) {
      return { widths: [number, name, ...heads.map(() => box)], cellSize: size };
    }
  }
  return { widths: [1, 3, ...heads.map(() => 1)], cellSize: 12 };
}

/**
 * A score sheet: the name column as wide as the longest name up to 10 characters (longer ones wrap) and at least
 * as wide as its head, each
 * criterion 4 to 6 characters, the total 3.5, anything left over to the names. null when the criteria do not
 * fit that way on a page of this width.
 */
function sheetColumnsIn(ctx: VotesDocContext, width: number): number[] | null {
  const n = Math.max(1, ctx.round.rules.criteria.length);
  const number = cellMm(2, 12);
  const total = cellMm(3.5, 12);
  const each = Math.min(
    cellMm(6, 12),
    (width - number - total - cellMm(Math.max(headerWidth(ctx), Math.min(10, longestName(ctx))), 12)) / n,
  );
  if (each < cellMm(4, 12)) return null;
  const name = width - number - total - each * n;
  return [number, name, ...Array.from({ length: n }, () => each), total];
}

/** A score sheet goes landscape when its criteria do not fit the portrait page 4 characters wide each. */
export function sheetIsLandscape(ctx: VotesDocContext): boolean {
  return ctx.round.rules.form === 'scoreSheet' && sheetColumnsIn(ctx, PORTRAIT_MM) === null;
}

export function sheetColumns(ctx: VotesDocContext, landscape: boolean): number[] {
  const columns =
    sheetColumnsIn(ctx, landscape ? LANDSCAPE_MM : PORTRAIT_MM) ?? sheetColumnsIn(ctx, LANDSCAPE_MM);
  return columns ?? [1, 3, ...ctx.round.rules.criteria.map(() => 1), 1];
}
