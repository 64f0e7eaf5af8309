// File names offered in a save dialog or a download.

/** Drops what Windows, macOS or Linux refuse in a file name (\ / : * ? " < > |) and white space. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '');
}
