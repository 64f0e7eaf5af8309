// Pure text decisions: how a long title breaks into lines, and how large the 发文机关标志 can be.
import { breakCosts } from './titleBreaks';
import { CHARACTER_SPACING, SIZE, TEXT_WIDTH, widthInChars } from './units';

/** How many 2号 title characters (22 pt less the 0.25 pt condensing) fit a line of the given width in twips. */
export function titleMaxChars(width: number = TEXT_WIDTH): number {
  return Math.floor(width / (SIZE.er * 10 + CHARACTER_SPACING));
}

/** A portrait title line holds 20 characters: 156 mm / 21.75 pt = 20.3. */
export const TITLE_MAX_CHARS = titleMaxChars();

/** A break this costly or worse is inside a word, an organ's name or a fixed phrase. */
const BAD_BREAK = 10;

interface Layout {
  lines: string[];
  cost: number;
  /** The costliest break. */
  worst: number;
}

/**
 * The best way to set `text` in exactly `count` lines of at most maxChars characters, by dynamic programming over
 * the break positions: the breaks' costs, lines as even as they can be, and a first line no longer than the
 * second (梯形 or 菱形, not an upturned 梯形); null when no break is allowed.
 */
function layout(text: string, count: number, maxChars: number, cuts: number[]): Layout | null {
  const chars = Array.from(text);
  const n = chars.length;
  const prefix = [0];
  for (const ch of chars) prefix.push((prefix[prefix.length - 1] ?? 0) + widthInChars(ch));
  const width = (from: number, to: number) => (prefix[to] ?? 0) - (prefix[from] ?? 0);
  const target = widthInChars(text) / count;
  const lineCost = (from: number, to: number) => {
    const w = width(from, to);
    return w > maxChars || to - from < 2 ? Infinity : (w - target) ** 2;
  };
  // best[j][i]: cheapest first i characters in j lines; from[j][i]: where its last line starts
  const best: number[][] = [chars.map((_, i) => (i === 0 ? 0 : Infinity)).concat(Infinity)];
  const from: number[][] = [[]];
  for (let j = 1; j <= count; j += 1) {
    best.push([]);
    from.push([]);
    for (let i = 0; i <= n; i += 1) {
      let bestCost = Infinity;
      let bestStart = -1;
      for (let s = j - 1; s < i; s += 1) {
        const previous = best[j - 1]?.[s] ?? Infinity;
        if (previous === Infinity) continue;
        // an upturned 梯形: the first line longer than the second
        const shape = j === 2 ? Math.max(0, width(0, s) - width(s, i)) * 1.5 : 0;
        const cost = previous + lineCost(s, i) + (s > 0 ? (cuts[s] ?? 0) : 0) + shape;
        if (cost < bestCost) [bestCost, bestStart] = [cost, s];
      }
      best[j]?.push(bestCost);
      from[j]?.push(bestStart);
    }
  }
  const total = best[count]?.[n] ?? Infinity;
  if (total === Infinity) return null;
  const lines: string[] = [];
  let worst = -Infinity;
  for (let j = count, end = n; j > 0; j -= 1) {
    const start = from[j]?.[end] ?? 0;
    lines.unshift(chars.slice(start, end).join(''));
    if (start > 0) worst = Math.max(worst, cuts[start] ?? 0);
    end = start;
  }
  return { lines, cost: total, worst };
}

/**
 * Splits a title into lines of at most maxChars characters (digits and Latin letters count half) the way GB/T 9704
 * asks (回行时词意完整，排列对称，长短适宜，梯形或菱形):
 * - line breaks the caller wrote (\n) are kept, and each part is split further only if too long;
 * - as few lines as breaking between words allows (a title that fits two lines takes two), never inside a number,
 *   before closing or after opening punctuation, and inside an organ's name or a fixed phrase only when nothing
 *   else fits;
 * - among those, the most even lines with the best breaks (before 关于, after an organ's name, after 、 or 的),
 *   the first line not longer than the second.
 */
export function splitTitle(title: string, maxChars: number = TITLE_MAX_CHARS): string[] {
  const parts = title
    .split(/\r?\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length > 1) return parts.flatMap((part) => splitTitle(part, maxChars));
  const text = parts[0] ?? '';
  if (widthInChars(text) <= maxChars) return [text];
  const cuts = breakCosts(text);
  const length = Array.from(text).length;
  let fallback: Layout | null = null;
  for (let count = Math.ceil(widthInChars(text) / maxChars); count <= length; count += 1) {
    const found = layout(text, count, maxChars, cuts);
    if (found === null) continue;
    if (found.worst < BAD_BREAK) return found.lines;
    fallback ??= found;
    // one more line to avoid a bad break, not two
    if (count > Math.ceil(widthInChars(text) / maxChars)) break;
  }
  return fallback?.lines ?? [text];
}

/** The largest 标志 size in half-points: 2号 × 1.5 = 33 pt. */
export const MARK_MAX_SIZE = 66;
/** The smallest: 3号. A longer name than that allows is set at 3号 and Word or LibreOffice wraps it. */
export const MARK_MIN_SIZE = 32;

/**
 * The 发文机关标志's font size in half-points: as large as fits the 156 mm text block on one line with half a
 * character to spare, capped at MARK_MAX_SIZE.
 */
export function markFontSize(mark: string): number {
  const chars = Math.max(1, widthInChars(mark));
  const fits = Math.floor(((TEXT_WIDTH / 20) * 2) / (chars + 0.5));
  return Math.max(MARK_MIN_SIZE, Math.min(MARK_MAX_SIZE, fits));
}
