/**
 * A file name Windows, macOS and Linux all accept, as the save dialog suggests it: the characters a file
 * system refuses (\ / : * ? " < > |) and white space are left out. Every exported file's name goes through it.
 */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '');
}
