// Column widths of the printed forms, in millimetres (table() scales them to the text block): box columns wide
// enough for their heads on one line where the page allows, the names taking the rest.
import { widthInChars } from '../gbt9704';
import type { VotesDocContext } from './context';

/** Millimetres of n characters of a cell's size (pt) in a cell, with its margins (1.4 mm each side). */
export function cellMm(chars: number, size: 12 | 14): number {
  return chars * ((size / 72) * 25.4) + 2.9;
}

const PORTRAIT_MM = 156;
const LANDSCAPE_MM = 225;

function longestName(ctx: VotesDocContext): number {
  return Math.max(4, ...ctx.round.subjects.map((s) => widthInChars(s.name)));
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
  const room = Math.min(9, longestName(ctx));
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
 * A score sheet: the name column as wide as the longest name up to 10 characters (longer ones wrap), each
 * criterion 4 to 6 characters, the total 3.5, anything left over to the names. null when the criteria do not
 * fit that way on a page of this width.
 */
function sheetColumnsIn(ctx: VotesDocContext, width: number): number[] | null {
  const n = Math.max(1, ctx.round.rules.criteria.length);
  const number = cellMm(2, 12);
  const total = cellMm(3.5, 12);
  const each = Math.min(
    cellMm(6, 12),
    (width - number - total - cellMm(Math.min(10, longestName(ctx)), 12)) / n,
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
