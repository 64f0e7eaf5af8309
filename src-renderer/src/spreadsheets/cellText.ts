// Turns one exceljs cell value into the text a secretary sees in Excel or WPS.
import type { CellValue } from './exceljs';

/**
 * Writes a number without exponent notation or binary noise: 13800138000 stays "13800138000",
 * 0.1 + 0.2 gives "0.3" (Excel keeps 15 significant digits), 1e21 gives "1000000000000000000000".
 */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Number(value.toPrecision(15));
  const plain = String(rounded);
  if (!/e/i.test(plain)) return plain;
  return rounded.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** exceljs reads date cells as UTC instants of the wall-clock time shown in the sheet. */
export function dateText(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  const hours = value.getUTCHours();
  const minutes = value.getUTCMinutes();
  return hours === 0 && minutes === 0 ? day : `${day} ${pad(hours)}:${pad(minutes)}`;
}

function objectText(value: object): string {
  if (value instanceof Date) return dateText(value);
  if ('richText' in value && Array.isArray(value.richText)) {
    return value.richText.map((part: { text?: unknown }) => anyText(part.text)).join('');
  }
  // A hyperlink's text may itself be rich text; show the text, not the address.
  if ('hyperlink' in value) return 'text' in value ? anyText(value.text) : anyText(value.hyperlink);
  if ('formula' in value || 'sharedFormula' in value) return 'result' in value ? anyText(value.result) : '';
  if ('error' in value) return anyText(value.error);
  if ('text' in value) return anyText(value.text);
  return '';
}

function anyText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') return objectText(value);
  return '';
}

/** The trimmed text of a cell; empty for blank cells and formulas without a cached result. */
export function cellText(value: CellValue): string {
  return anyText(value).trim();
}
