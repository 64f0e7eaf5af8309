// File names offered in save dialogs: the one place that says which characters they may not hold.

/** A file name without the characters Windows refuses (\ / : * ? " < > |) and without spaces. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '');
}
