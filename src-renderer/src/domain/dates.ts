// Calendar dates as yyyy-mm-dd strings. The caller passes "today" in; nothing here reads the clock.

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The local calendar date of an instant, as yyyy-mm-dd. */
export function toIsoDate(instant: Date): string {
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}

function parts(iso: string): [number, number, number] {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined || [y, m, d].some(Number.isNaN)) {
    throw new RangeError(`not a date: ${iso}`);
  }
  return [y, m, d];
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = parts(iso);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** 2026年12月3日: Arabic numerals without leading zeros, as GB/T 9704 writes dates. */
export function formatChineseDate(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${y}年${m}月${d}日`;
}
