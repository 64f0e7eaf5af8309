// Decodes the bytes of a text file saved by Excel, WPS or Notepad on a Chinese Windows PC.
import { SpreadsheetError } from './errors';

function startsWith(data: Uint8Array, bytes: number[]): boolean {
  return bytes.every((b, i) => data[i] === b);
}

/**
 * Text files never hold NUL bytes and rarely other control characters (a stray vertical tab pasted from
 * Word may occur); binary files (pictures, archives, damaged files) are full of them.
 */
function looksBinary(sample: Uint8Array): boolean {
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) controls += 1;
  }
  return controls > Math.max(2, sample.length / 100);
}

/**
 * A byte-order mark decides the encoding (UTF-8, or UTF-16 from Excel's "Unicode 文本"). Without one,
 * strict UTF-8 is tried first (WPS, newer Excel); text that is not valid UTF-8 is read as GB18030, a
 * superset of GBK, which is what Chinese Excel writes for "CSV（逗号分隔）".
 */
export function decodeText(data: Uint8Array): string {
  if (startsWith(data, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(data.subarray(3));
  if (startsWith(data, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (startsWith(data, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(data.subarray(2));
  if (looksBinary(data.subarray(0, 4096))) throw new SpreadsheetError('spreadsheet.notText');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    text = new TextDecoder('gb18030').decode(data);
  }
  const sample = text.slice(0, 4096);
  const replaced = sample.split('\uFFFD').length - 1;
  if (replaced > 0 && replaced * 20 > sample.length) throw new SpreadsheetError('spreadsheet.notText');
  return text;
}
