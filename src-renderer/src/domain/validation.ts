// Field-level validation results shared by every form and import in the app.

/** Maps a field name to a Chinese message a secretary can act on. Empty when the input is valid. */
export type FieldErrors<K extends string = string> = Partial<Record<K, string>>;

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

/**
 * Characters that show nothing but change what a text is: zero-width space, non-joiner and joiner, word joiner,
 * the byte-order mark (U+200B-U+200D, U+2060, U+FEFF), and the bidirectional controls (U+200E, U+200F,
 * U+202A-U+202E, U+2066-U+2069) that can make a text display reversed. None belongs in a name or a document.
 */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

/**
 * Every text the app stores goes through here (each normalize* function uses it): invisible and direction
 * characters removed, Unicode NFC (so one character has one encoding and duplicates are found), runs of white
 * space (full-width spaces included) folded into one ASCII space, trimmed.
 */
export function cleanText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(INVISIBLE, '')
    .normalize('NFC')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

export const MAX_NAME_LENGTH = 50;
export const MAX_TEXT_LENGTH = 200;
