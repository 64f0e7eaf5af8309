// Field-level validation results shared by every form and import in the app.

/** Maps a field name to a Chinese message a secretary can act on. Empty when the input is valid. */
export type FieldErrors<K extends string = string> = Partial<Record<K, string>>;

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** Trims and folds runs of white space (including full-width spaces) into one ASCII space. */
export function cleanText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

export const MAX_NAME_LENGTH = 50;
export const MAX_TEXT_LENGTH = 200;
