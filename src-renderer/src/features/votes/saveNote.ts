// What a key form shows after a save: a line ("已保存第 12 张"), or a warning in red (a 复核 reading that differs).

export type SaveNote = string | { text: string; error: boolean };

export function noteOf(note: SaveNote): { text: string; error: boolean } {
  return typeof note === 'string' ? { text: note, error: false } : note;
}
