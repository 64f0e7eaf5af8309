// File sizes as the secretary reads them: 800 KB, 12.5 MB.

const KB = 1024;
const MB = 1024 * 1024;

export function formatFileSize(bytes: number): string {
  const kb = Math.round(bytes / KB);
  if (kb < KB) return `${Math.max(1, kb)} KB`;
  return `${(bytes / MB).toFixed(1)} MB`;
}
