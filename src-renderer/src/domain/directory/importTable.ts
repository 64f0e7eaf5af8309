// Generic part of importing a list from a spreadsheet: find the header row, map columns by their names,
// check each data row and report everything in Chinese with the row numbers Excel shows.
// Pure: the grid comes from spreadsheets/readTable (or anything else that yields rows of strings).

export interface ColumnSpec<F extends string> {
  field: F;
  /** The name written by the export and the template; the first name users are told about. */
  header: string;
  /** Other names secretaries use for the same column, e.g. 联系电话 for 电话. */
  aliases: readonly string[];
  required: boolean;
}

export interface ImportColumn {
  /** The header text as it is in the file. */
  header: string;
  /** The field it fills, or null when the column is ignored. */
  field: string | null;
}

export interface ImportRow<T> {
  /** The row number Excel shows (1-based, counting title and header rows). */
  rowNumber: number;
  /** Raw cell text by field, for display next to the errors. */
  cells: Record<string, string>;
  /** The clean record, or null when the row has errors. */
  value: T | null;
  errors: string[];
}

export interface ImportPreview<T> {
  /** Problems with the whole file (no header, no data); when present, rows is empty. */
  fileErrors: string[];
  /** Things the secretary should know that do not stop the import, e.g. ignored columns. */
  warnings: string[];
  columns: ImportColumn[];
  rows: ImportRow<T>[];
  goodCount: number;
  badCount: number;
}

/** How one kind of list is imported. */
export interface ImportSpec<F extends string, T> {
  columns: readonly ColumnSpec<F>[];
  /** Headers ignored without a warning, such as 序号 or the 状态 column of an export. */
  quietlyIgnored: readonly string[];
  /** Builds the normalized record from a row's cells, with the row's own errors (not duplicates). */
  parse(cells: Record<F, string>): { input: T; errors: string[] };
  /** Duplicate key, or null when the row cannot be compared (e.g. no name). */
  key(input: T): string | null;
  /** The message for a row that duplicates an earlier row. */
  duplicateOfRow(rowNumber: number): string;
  /** Keys of stored records, each with the message for a row that duplicates it. */
  existing: ReadonlyMap<string, string>;
}

/** Only the first rows are searched for the header; a title and a note above it are common. */
export const HEADER_SEARCH_ROWS = 10;
export const NO_DATA_ROWS = '文件中没有数据行';

/** Folds the ways a header is typed: spaces, full-width letters, "*" or "（必填）" marks, a trailing colon. */
export function normalizeHeader(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000*]+/g, '')
    .replace(/\((必填|选填|可选|必选|可不填)\)/g, '')
    .replace(/:$/, '')
    .toLowerCase();
}

function findSpec<F extends string>(header: string, columns: readonly ColumnSpec<F>[]): ColumnSpec<F> | null {
  const names = (spec: ColumnSpec<F>) => [spec.header, ...spec.aliases].map(normalizeHeader);
  const exact = normalizeHeader(header);
  const found = columns.find((spec) => names(spec).includes(exact));
  if (found || !exact.includes('(')) return found ?? null;
  // "类别(常委会组成人员/人大代表)" or "电话(手机)": try again without the note in brackets.
  const bare = exact.replace(/\(.*?\)/g, '');
  return columns.find((spec) => names(spec).includes(bare)) ?? null;
}

export interface ColumnMapping<F extends string> {
  columns: ImportColumn[];
  /** Column index of each mapped field. */
  indexOf: Map<F, number>;
  missing: ColumnSpec<F>[];
  warnings: string[];
}

/** Maps the header cells to fields: the first column of a field wins, later ones are ignored with a warning. */
export function mapColumns<F extends string>(
  headerRow: readonly string[],
  columns: readonly ColumnSpec<F>[],
  quietlyIgnored: readonly string[] = [],
): ColumnMapping<F> {
  const mapped: ImportColumn[] = [];
  const indexOf = new Map<F, number>();
  const ignored: string[] = [];
  const repeated: string[] = [];
  const quiet = new Set(quietlyIgnored.map(normalizeHeader));
  headerRow.forEach((raw, index) => {
    const header = raw.trim();
    if (header.length === 0) return;
    const spec = findSpec(header, columns);
    const first = spec ? indexOf.get(spec.field) : undefined;
    if (spec && first === undefined) {
      indexOf.set(spec.field, index);
      mapped.push({ header, field: spec.field });
      return;
    }
    mapped.push({ header, field: null });
    if (spec) {
      const kept = (headerRow[first ?? 0] ?? '').trim();
      repeated.push(`“${header}”列与“${kept}”列是同一项，只导入前面的“${kept}”列`);
    } else if (!quiet.has(normalizeHeader(header))) ignored.push(`“${header}”`);
  });
  const warnings = [...repeated];
  if (ignored.length > 0) warnings.push(`以下列不会导入，已忽略：${ignored.join('、')}`);
  const missing = columns.filter((spec) => spec.required && !indexOf.has(spec.field));
  return { columns: mapped, indexOf, missing, warnings };
}

/** Index of the first of the first 10 rows that holds every required column, or -1. */
export function findHeaderRow<F extends string>(
  rows: readonly string[][],
  columns: readonly ColumnSpec<F>[],
): number {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r += 1) {
    if (mapColumns(rows[r] ?? [], columns).missing.length === 0) return r;
  }
  return -1;
}

const isBlank = (row: readonly string[] | undefined) => !row || row.every((cell) => cell.trim().length === 0);

/** The message when no row qualifies: what is missing, what was found where, and what to do. */
function headerError<F extends string>(rows: readonly string[][], columns: readonly ColumnSpec<F>[]): string {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  let best = -1;
  let bestCount = -1;
  for (let r = 0; r < limit; r += 1) {
    if (isBlank(rows[r])) continue;
    const count = mapColumns(rows[r] ?? [], columns).indexOf.size;
    if (count > bestCount) [best, bestCount] = [r, count];
  }
  const all = columns.map((spec) => spec.header).join('、');
  if (best < 0)
    return `前 ${HEADER_SEARCH_ROWS} 行都是空行，找不到表头。请把表头（${all}）放在前 ${HEADER_SEARCH_ROWS} 行内。`;
  const mapping = mapColumns(rows[best] ?? [], columns);
  const missing = mapping.missing.map((spec) => `“${spec.header}”`).join('、');
  const found = mapping.columns.map((column) => column.header).join('、');
  return (
    `表头缺少必填列${missing}。在第 ${best + 1} 行找到的列：${found}。` +
    `请把表头（前 ${HEADER_SEARCH_ROWS} 行内的一行）改为：${all}，再重新导入。`
  );
}

function emptyPreview<T>(fileErrors: string[], columns: ImportColumn[] = []): ImportPreview<T> {
  return { fileErrors, warnings: [], columns, rows: [], goodCount: 0, badCount: 0 };
}

/** Columns with data but no header name: their content would be lost silently. */
function unnamedColumnWarnings(header: readonly string[], dataRows: readonly string[][]): string[] {
  const width = dataRows.reduce((max, row) => Math.max(max, row.length), header.length);
  const unnamed: number[] = [];
  for (let c = 0; c < width; c += 1) {
    if ((header[c] ?? '').trim()) continue;
    if (dataRows.some((row) => (row[c] ?? '').trim())) unnamed.push(c + 1);
  }
  return unnamed.length === 0 ? [] : [`第 ${unnamed.join('、')} 列有内容但没有列名，不会导入`];
}

/** Checks every data row below the header; entirely empty rows are skipped without a word. */
export function buildImportPreview<F extends string, T>(
  table: { rows: readonly string[][] },
  spec: ImportSpec<F, T>,
): ImportPreview<T> {
  const { rows } = table;
  if (rows.every(isBlank)) return emptyPreview([`${NO_DATA_ROWS}，请检查是否选对了文件`]);
  const headerIndex = findHeaderRow(rows, spec.columns);
  if (headerIndex < 0) return emptyPreview([headerError(rows, spec.columns)]);

  const header = rows[headerIndex] ?? [];
  const mapping = mapColumns(header, spec.columns, spec.quietlyIgnored);
  const dataRows = rows.slice(headerIndex + 1);
  if (dataRows.every(isBlank)) {
    return emptyPreview(
      [`${NO_DATA_ROWS}：表头（第 ${headerIndex + 1} 行）下面没有填写内容`],
      mapping.columns,
    );
  }

  const seen = new Map<string, number>();
  const result: ImportRow<T>[] = [];
  dataRows.forEach((row, offset) => {
    if (isBlank(row)) return;
    const rowNumber = headerIndex + offset + 2;
    const cells = {} as Record<F, string>;
    for (const column of spec.columns) {
      const index = mapping.indexOf.get(column.field);
      cells[column.field] = index === undefined ? '' : (row[index] ?? '').trim();
    }
    const { input, errors } = spec.parse(cells);
    const key = spec.key(input);
    if (key !== null) {
      const earlier = seen.get(key);
      if (earlier !== undefined) errors.push(spec.duplicateOfRow(earlier));
      else seen.set(key, rowNumber);
      const stored = spec.existing.get(key);
      if (stored !== undefined) errors.push(stored);
    }
    result.push({ rowNumber, cells, value: errors.length === 0 ? input : null, errors });
  });

  const goodCount = result.filter((row) => row.value !== null).length;
  return {
    fileErrors: [],
    warnings: [...mapping.warnings, ...unnamedColumnWarnings(header, dataRows)],
    columns: mapping.columns,
    rows: result,
    goodCount,
    badCount: result.length - goodCount,
  };
}

/** The clean records of the rows without errors: what an import adds. */
export function goodRows<T>(preview: Pick<ImportPreview<T>, 'rows'>): T[] {
  return preview.rows.flatMap((row) => (row.value !== null && row.errors.length === 0 ? [row.value] : []));
}
