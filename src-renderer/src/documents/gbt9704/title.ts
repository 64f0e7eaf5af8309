// Pure text decisions: how a long title breaks into lines, and how large the 发文机关标志 can be.
import { CHARACTER_SPACING, SIZE, TEXT_WIDTH, widthInChars } from './units';

/** How many 2号 title characters (22 pt less the 0.25 pt condensing) fit a line of the given width in twips. */
export function titleMaxChars(width: number = TEXT_WIDTH): number {
  return Math.floor(width / (SIZE.er * 10 + CHARACTER_SPACING));
}

/** A portrait title line holds 20 characters: 156 mm / 21.75 pt = 20.3. */
export const TITLE_MAX_CHARS = titleMaxChars();

const CLOSING = /^[、，。：；！？）》」』”’…—]/;
const OPENING = /[（《「『“‘]$/;
const ALNUM = /[0-9A-Za-z]/;

/** Word boundaries from the platform's segmenter (ICU has a Chinese dictionary), or none where it is missing. */
function wordBoundaries(text: string): Set<number> | null {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
  const bounds = new Set<number>();
  let index = 0;
  for (const { segment } of new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)) {
    index += Array.from(segment).length;
    bounds.add(index);
  }
  return bounds;
}

/** Names of organs, e.g. 县人大常委会, 县自然资源局: a title should not break inside one. */
const ORGAN = /[省市县区乡镇][\u4e00-\u9fff]{1,10}?(?:委员会|常委会|人民政府|政府|办公室|局|院|厅|委)/g;

function organSpans(text: string): [number, number][] {
  const chars = Array.from(text);
  const spans: [number, number][] = [];
  for (const match of text.matchAll(ORGAN)) {
    const start = Array.from(text.slice(0, match.index)).length;
    spans.push([start, start + Array.from(match[0]).length]);
  }
  return spans.filter(([, end]) => end <= chars.length);
}

/** The cost of breaking between chars[at - 1] and chars[at]; lower is better, negative is a good place. */
function breakCost(
  chars: string[],
  at: number,
  words: Set<number> | null,
  organs: [number, number][],
): number {
  const before = chars.slice(0, at).join('');
  const after = chars.slice(at).join('');
  const prev = chars[at - 1] ?? '';
  const next = chars[at] ?? '';
  if (CLOSING.test(after) || OPENING.test(before)) return 1000;
  if (ALNUM.test(prev) && ALNUM.test(next)) return 1000;
  let cost = 0;
  if (words && !words.has(at)) cost += 8;
  if (organs.some(([start, end]) => start < at && at < end)) cost += 20;
  const openBook = (before.match(/《/g) ?? []).length > (before.match(/》/g) ?? []).length;
  if (openBook) cost += 3;
  if (after.startsWith('的')) cost += 8;
  if (/^(?:关于|对|向|就|为)/.test(after)) cost -= 4;
  if (before.endsWith('的') || /[、，：]$/.test(before)) cost -= 3;
  return cost;
}

/** Balanced lines by dynamic programming over the break positions; null when no break is allowed. */
function balancedLines(text: string, maxChars: number): string[] | null {
  const chars = Array.from(text);
  const total = widthInChars(text);
  if (total <= maxChars || chars.length < 2) return [text];
  const words = wordBoundaries(text);
  // prefix[i]: width of the first i characters
  const prefix = [0];
  for (const ch of chars) prefix.push((prefix[prefix.length - 1] ?? 0) + widthInChars(ch));
  const width = (from: number, to: number) => (prefix[to] ?? 0) - (prefix[from] ?? 0);
  const organs = organSpans(text);
  const cuts = chars.map((_, at) => (at === 0 ? 0 : breakCost(chars, at, words, organs)));

  for (let count = Math.ceil(total / maxChars); count <= chars.length; count += 1) {
    const target = total / count;
    const lineCost = (from: number, to: number) => {
      const w = width(from, to);
      return w > maxChars ? Infinity : (w - target) ** 2 + (to - from < 2 ? 50 : 0);
    };
    // best[j][i]: cheapest way to set the first i characters as j lines; start[j][i]: where line j starts
    const best: number[][] = [[0, ...chars.map(() => Infinity)]];
    const start: number[][] = [[]];
    for (let j = 1; j <= count; j += 1) {
      const costs: number[] = [Infinity];
      const starts: number[] = [0];
      for (let i = 1; i <= chars.length; i += 1) {
        let bestCost = Infinity;
        let bestStart = 0;
        for (let s = j - 1; s < i; s += 1) {
          const cost = (best[j - 1]?.[s] ?? Infinity) + lineCost(s, i) + (s > 0 ? (cuts[s] ?? 0) : 0);
          if (cost < bestCost) [bestCost, bestStart] = [cost, s];
        }
        costs.push(bestCost);
        starts.push(bestStart);
      }
      best.push(costs);
      start.push(starts);
    }
    if ((best[count]?.[chars.length] ?? Infinity) >= 500) continue;
    const result: string[] = [];
    for (let j = count, end = chars.length; j > 0; j -= 1) {
      const from = start[j]?.[end] ?? 0;
      result.unshift(chars.slice(from, end).join(''));
      end = from;
    }
    return result;
  }
  return null;
}

/**
 * Splits a title into lines of at most maxChars characters (digits and Latin letters count half), as few and as
 * even as it can (GB/T 9704: 回行时词意完整，排列对称，长短适宜):
 * - line breaks the caller wrote (\n) are kept, and each part is split further only if too long;
 * - a title that starts with the issuing organ ("…委员会关于…的通知") breaks before 关于 when it is too long;
 * - otherwise lines break between words (the platform's Chinese word segmenter), preferring after 的 or a
 *   顿号/逗号, never before closing punctuation, after opening punctuation, or inside a number.
 */
export function splitTitle(title: string, maxChars: number = TITLE_MAX_CHARS): string[] {
  const parts = title
    .split(/\r?\n/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (parts.length > 1) return parts.flatMap((part) => splitTitle(part, maxChars));
  const text = parts[0] ?? '';
  if (widthInChars(text) <= maxChars) return [text];
  const about = text.indexOf('关于');
  if (about >= 4 && widthInChars(text.slice(0, about)) <= maxChars) {
    return [text.slice(0, about), ...splitTitle(text.slice(about), maxChars)];
  }
  return balancedLines(text, maxChars) ?? [text];
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
