// The backup file: dexie-export-import's JSON layout (so older backups, written by that library, read the
// same way) with a 询评 header in front:
//
//   { "formatName": "dexie", "formatVersion": 1,
//     "xunping": { "format": "xunping-backup", "formatVersion": 1, "app": "询评", "appVersion": "0.2.0",
//                  "schemaVersion": 5, "exportedAt": 1767225600000 },
//     "data": { "databaseName": "xunping", "databaseVersion": 5,
//               "tables": [{ "name": "people", "schema": "id, name, …", "rowCount": 82 }, …],
//               "data": [{ "tableName": "people", "inbound": true, "rows": [ … ] }, …] } }
//
// Values JSON cannot hold (the bigint fractions of a published result) are written as strings and listed in
// the row's "$types" ({ "published.result.subjects.0.score.n": "bigint" }), as the library does.

import type { Instant } from '../domain/time';

export const BACKUP_FORMAT = 'xunping-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_APP = '询评';

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  app: typeof BACKUP_APP;
  /** The version of the app that wrote the file; null when the caller did not say. */
  appVersion: string | null;
  schemaVersion: number;
  /** When the backup was made; null when the caller did not say. */
  exportedAt: Instant | null;
}

export interface TableExport {
  name: string;
  rows: readonly unknown[];
}

type Row = Record<string, unknown>;

function isPlainObject(value: unknown): value is Row {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** "a.b" as a key path component: "." and "~" escaped as typeson does ("~1", "~0"). */
function escapeKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\./g, '~1');
}

function unescapeKey(key: string): string {
  return key.replace(/~1/g, '.').replace(/~0/g, '~');
}

/** A copy of the value with bigints as strings; their key paths go into `types`. */
function encodeValue(value: unknown, path: string, types: Record<string, string>): unknown {
  if (typeof value === 'bigint') {
    types[path] = 'bigint';
    return value.toString();
  }
  const child = (key: string) => (path === '' ? key : `${path}.${key}`);
  if (Array.isArray(value)) return value.map((item, i) => encodeValue(item, child(String(i)), types));
  if (isPlainObject(value)) {
    const out: Row = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) out[key] = encodeValue(item, child(escapeKey(key)), types);
    }
    return out;
  }
  return value;
}

/**
 * True when JSON.stringify writes the value as it is: only strings, numbers, booleans, null, undefined, arrays
 * and objects made by {} or JSON.parse (no bigint, no class instance). Walks the value without copying it.
 */
function isPlainJson(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return typeof value !== 'bigint';
  if (Array.isArray(value)) {
    for (const item of value) if (!isPlainJson(item)) return false;
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) {
    if (!isPlainJson((value as Row)[key])) return false;
  }
  return true;
}

/**
 * A row as written to the file. Nearly every row (a ballot, a person) holds nothing JSON cannot: it is
 * written as it is, not copied; a row with a bigint (a published round) is copied with its "$types".
 */
export function encodeRow(row: unknown): unknown {
  if (isPlainJson(row)) return row;
  const types: Record<string, string> = {};
  const encoded = encodeValue(row, '', types);
  return Object.keys(types).length > 0 && isPlainObject(encoded) ? { ...encoded, $types: types } : encoded;
}

/** Thrown by decodeRow; the caller says which record of which table. */
export class RowDecodeError extends Error {}

type Holder = Row | unknown[];

function isHolder(value: unknown): value is Holder {
  return value !== null && typeof value === 'object';
}

/** How many keys a key path has: its dots, plus one. */
function depthOf(path: string): number {
  let depth = 1;
  for (let i = path.indexOf('.'); i !== -1; i = path.indexOf('.', i + 1)) depth += 1;
  return depth;
}

/** The container of the value at a key path, and the value's key in it. */
function locate(root: Row, path: string): { holder: Holder; key: string } {
  const keys = path.split('.').map(unescapeKey);
  const key = keys.pop();
  let holder: unknown = root;
  for (const k of keys) holder = isHolder(holder) ? (holder as Row)[k] : undefined;
  if (key === undefined || !isHolder(holder)) throw new RowDecodeError(`${path}: 找不到这个字段`);
  return { holder, key };
}

function valueAt(root: Row, path: string): unknown {
  if (path === '') return root;
  const { holder, key } = locate(root, path);
  return (holder as Row)[key];
}

/**
 * A row as read from the file: its "$types" applied and removed. The tags the library writes for this app's
 * data: "bigint" (a string of digits), "undef" (an undefined property), "arrayNonindexKeys" (an array),
 * "sparseUndefined" (a hole in an array) and "#" (the same object as the one at another key path of the row).
 */
export function decodeRow(row: unknown): unknown {
  if (!isPlainObject(row) || !('$types' in row)) return row;
  const { $types: types, ...rest } = row;
  if (!isPlainObject(types)) throw new RowDecodeError('$types 格式不对');
  // The row was just parsed from the file and belongs to the caller alone: decoded in place, deepest first.
  const decoded: Row = rest;
  // Each path's depth counted once, not in every comparison of the sort (a published round has hundreds).
  const entries = Object.entries(types)
    .map((entry) => ({ entry, depth: depthOf(entry[0]) }))
    .sort((a, b) => b.depth - a.depth)
    .map(({ entry }) => entry);
  const references: [string, string][] = [];
  for (const [path, type] of entries) {
    const { holder, key } = locate(decoded, path);
    const target = holder as Row;
    const value = target[key];
    if (type === 'bigint' && typeof value === 'string' && /^-?\d+$/.test(value)) target[key] = BigInt(value);
    else if (type === 'undef' || type === 'sparseUndefined') {
      if (Array.isArray(holder)) target[key] = undefined;
      else delete target[key];
    } else if (type === 'arrayNonindexKeys' && (Array.isArray(value) || isPlainObject(value))) {
      if (!Array.isArray(value)) target[key] = Object.assign([], value);
    } else if (type === '#' && typeof value === 'string' && value.startsWith('#')) {
      references.push([path, value.slice(1)]);
    } else throw new RowDecodeError(`${path}: 无法识别的数据类型 ${String(type)}`);
  }
  for (const [path, source] of references) {
    const { holder, key } = locate(decoded, path);
    const value = valueAt(decoded, source);
    if (value === undefined) throw new RowDecodeError(`${path}: 引用的字段 ${source} 不存在`);
    (holder as Row)[key] = value;
  }
  return decoded;
}

const ROWS_PER_PART = 1000;

/**
 * The backup file as Blob parts: the header, then each table's rows in slices of 1000, so no single string
 * holds the whole database. `stores` gives each table's index spec (the library's "schema" field).
 */
export function backupParts(
  header: BackupHeader,
  databaseName: string,
  stores: Readonly<Record<string, string>>,
  tables: readonly TableExport[],
): string[] {
  const summary = tables.map((t) => ({
    name: t.name,
    schema: stores[t.name] ?? '',
    rowCount: t.rows.length,
  }));
  const parts = [
    `{"formatName":"dexie","formatVersion":1,"xunping":${JSON.stringify(header)},"data":{` +
      `"databaseName":${JSON.stringify(databaseName)},"databaseVersion":${header.schemaVersion},` +
      `"tables":${JSON.stringify(summary)},"data":[`,
  ];
  tables.forEach((table, t) => {
    parts.push(`${t > 0 ? ',' : ''}{"tableName":${JSON.stringify(table.name)},"inbound":true,"rows":[`);
    for (let start = 0; start < table.rows.length; start += ROWS_PER_PART) {
      const slice = table.rows.slice(start, start + ROWS_PER_PART).map(encodeRow);
      parts.push(`${start > 0 ? ',' : ''}${JSON.stringify(slice).slice(1, -1)}`);
    }
    parts.push(']}');
  });
  parts.push(']}}');
  return parts;
}
