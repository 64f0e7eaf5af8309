// Text helpers shared by the files of this folder.

import { cleanText } from '../validation';

/** Keeps line breaks (at most one blank line in a row), folds other white space in each line. */
export function cleanParagraphs(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .split(/\r\n|\r|\n/)
    .map((line) => cleanText(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** 2 → 两, other counts as digits: "连续两次", "连续3次". */
export function countWord(n: number): string {
  return n === 2 ? '两' : String(n);
}

/** Cuts a text to `max` characters, marking the cut with an ellipsis. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** Code-unit order (not locale collation), so a sort does not depend on the machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
