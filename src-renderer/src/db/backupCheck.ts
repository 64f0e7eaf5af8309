// Everything a backup must pass before it may replace the data, as pure functions over the file's text: it is
// whole, it is a 询评 backup of a version this app can read, every table of that version is there with the
// row count its header states, every row (upgraded to the current version by the same functions the database
// uses) fits its record schema, no two rows share a key, and every published round's fingerprint matches its
// ballots. Any failure is a DomainError saying exactly why, in Chinese.

import { DomainError } from '../domain/errors';
import type { Instant } from '../domain/time';
import { fingerprint, fingerprintVersionOf } from '../domain/votes/fingerprint';
import { tallyInputOf } from '../domain/votes/lifecycle';
import type { VoteRound } from '../domain/votes/roundRecord';
import { BACKUP_APP, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, decodeRow, RowDecodeError } from './backupFile';
import { KeySet } from './backupKeys';
import type { BallotRecord, GroupTotalsRecord } from './database';
import { checkRecord, RECORD_SCHEMAS, type TableName } from './records';
import { CURRENT_VERSION, DATABASE_NAME, primaryKeyOf, storesAt, tablesAt, upgradeRows } from './schema';

/** The tables' names as the secretary knows them, for messages and the restore preview. */
export const TABLE_LABELS: Readonly<Record<TableName, string>> = {
  settings: '设置',
  people: '人员',
  units: '单位',
  activities: '活动',
  questions: '询问问题',
  agendaItems: '议程',
  consoleEvents: '会议操作记录',
  voteRounds: '测评',
  ballots: '测评票',
  groupTotals: '测评汇总数',
  checkins: '评分签到',
  roundLog: '测评操作记录',
  rectificationItems: '整改事项',
  documentNumbers: '发文字号登记',
  issuedDocuments: '已发文件',
  auditLog: '操作日志',
  secondEntries: '复核录入',
  projectCandidates: '候选项目',
  projectRounds: '项目票决',
  projectBallots: '项目选票',
  projectItems: '民生实事项目跟踪',
};

export const TABLE_NAMES = Object.keys(RECORD_SCHEMAS) as TableName[];

export interface CheckedBackup {
  /** The schema version the backup was written at (its rows are already upgraded to the current one). */
  schemaVersion: number;
  /** Null for backups written before the file had a 询评 header, or when the writer did not say. */
  appVersion: string | null;
  exportedAt: Instant | null;
  /** Every table of the current schema, with its rows as the current version stores them. */
  rows: Record<TableName, unknown[]>;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const BACKUP_SIGNATURE = /^\s*\{\s*"formatName"\s*:\s*"dexie"/;

/** The file's JSON; a file cut short (or otherwise not JSON) is refused, saying which. */
export function parseBackupText(text: string): unknown {
  if (text.trim() === '') throw new DomainError('backup.empty');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DomainError(BACKUP_SIGNATURE.test(text) ? 'backup.truncated' : 'backup.notBackup');
  }
}

interface Header {
  schemaVersion: number;
  appVersion: string | null;
  exportedAt: Instant | null;
  data: Json;
}

/** The 询评 header (or, for an older backup, the library's database name) and the schema version. */
function readHeader(file: unknown): Header {
  if (!isObject(file) || file.formatName !== 'dexie' || file.formatVersion !== 1 || !isObject(file.data)) {
    throw new DomainError('backup.notBackup');
  }
  const { data } = file;
  const version = data.databaseVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new DomainError('backup.notBackup');
  }
  let appVersion: string | null = null;
  let exportedAt: Instant | null = null;
  if ('xunping' in file) {
    const x = file.xunping;
    if (!isObject(x) || x.format !== BACKUP_FORMAT || x.app !== BACKUP_APP || x.schemaVersion !== version) {
      throw new DomainError('backup.notBackup');
    }
    if (typeof x.formatVersion !== 'number' || x.formatVersion > BACKUP_FORMAT_VERSION) {
      throw new DomainError('backup.newerVersion', { version, current: CURRENT_VERSION });
    }
    appVersion = typeof x.appVersion === 'string' ? x.appVersion : null;
    exportedAt = typeof x.exportedAt === 'number' && Number.isFinite(x.exportedAt) ? x.exportedAt : null;
  } else if (data.databaseName !== DATABASE_NAME) {
    throw new DomainError('backup.notBackup');
  }
  if (version > CURRENT_VERSION) {
    throw new DomainError('backup.newerVersion', { version, current: CURRENT_VERSION });
  }
  return { schemaVersion: version, appVersion, exportedAt, data };
}

function label(table: string): string {
  return TABLE_LABELS[table as TableName] ?? table;
}

/** Each table of the backup's version: its rows and the count its header states. */
function readTables(data: Json, version: number): Map<TableName, unknown[]> {
  const { tables: listed, data: contents } = data;
  if (!Array.isArray(listed) || !Array.isArray(contents)) throw new DomainError('backup.notBackup');
  const expected = new Set(tablesAt(version));
  const counts = new Map<string, unknown>();
  for (const entry of listed) {
    if (!isObject(entry) || typeof entry.name !== 'string') throw new DomainError('backup.notBackup');
    if (!expected.has(entry.name) || counts.has(entry.name)) throw new DomainError('backup.notBackup');
    counts.set(entry.name, entry.rowCount);
  }
  const rows = new Map<string, unknown[]>();
  for (const entry of contents) {
    if (!isObject(entry) || typeof entry.tableName !== 'string' || !Array.isArray(entry.rows)) {
      throw new DomainError('backup.notBackup');
    }
    if (!expected.has(entry.tableName) || rows.has(entry.tableName))
      throw new DomainError('backup.notBackup');
    rows.set(entry.tableName, entry.rows as unknown[]);
  }
  const result = new Map<TableName, unknown[]>();
  for (const table of expected) {
    const tableRows = rows.get(table);
    if (!counts.has(table) || !tableRows)
      throw new DomainError('backup.missingTable', { table: label(table) });
    const expectedCount = counts.get(table);
    if (expectedCount !== tableRows.length) {
      throw new DomainError('backup.rowCount', {
        table: label(table),
        expected: typeof expectedCount === 'number' ? expectedCount : String(expectedCount),
        actual: tableRows.length,
      });
    }
    result.set(table as TableName, tableRows);
  }
  return result;
}

function uniqueIndexesOf(table: string): string[] {
  const spec = storesAt(CURRENT_VERSION)[table] ?? '';
  return spec
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('&'))
    .map((part) => part.slice(1));
}

/** The rows of one table, decoded, upgraded from `version` and checked against the record schema. */
function checkedRows(table: TableName, raw: unknown[], version: number): unknown[] {
  const decoded = raw.map((row, i) => {
    try {
      return decodeRow(row);
    } catch (error) {
      if (!(error instanceof RowDecodeError)) throw error;
      throw new DomainError('backup.invalidRecord', {
        table: label(table),
        index: i + 1,
        problem: error.message,
      });
    }
  });
  const rows = upgradeRows(version, table, decoded);
  // The primary key and the unique indexes ('&fullName'): no two rows may share one, or the write would fail.
  const keys = [primaryKeyOf(table), ...uniqueIndexesOf(table).map((field) => [field])].map(
    (fields) => new KeySet(fields),
  );
  rows.forEach((row, i) => {
    const problem = checkRecord(table, row);
    if (problem !== null) {
      throw new DomainError('backup.invalidRecord', { table: label(table), index: i + 1, problem });
    }
    for (const key of keys) {
      if (!key.add(row as Json)) {
        throw new DomainError('backup.duplicateRecord', { table: label(table), index: i + 1 });
      }
    }
  });
  return rows;
}

/** The rows grouped by their round, in the file's order, in one pass. */
function byRound<T extends { roundId: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.roundId);
    if (group) group.push(row);
    else groups.set(row.roundId, [row]);
  }
  return groups;
}

/**
 * Every published round's fingerprint, recomputed from its ballots or totals, must be the one stored. The
 * ballots go in as stored: both formats read only a ballot's form, group, wholeVoid and marks, never its
 * roundId or paperNo (backupFingerprint.test.ts), so they are not copied without them.
 */
async function checkFingerprints(rows: Record<TableName, unknown[]>): Promise<void> {
  const ballots = byRound(rows.ballots as BallotRecord[]);
  const totals = byRound(rows.groupTotals as GroupTotalsRecord[]);
  for (const round of rows.voteRounds as VoteRound[]) {
    if (round.published === null) continue;
    const evidence = tallyInputOf(
      round,
      ballots.get(round.id) ?? [],
      (totals.get(round.id) ?? []).map(({ roundId: _r, ...item }) => item),
    );
    const version = fingerprintVersionOf(round.published);
    if ((await fingerprint(evidence, version)) !== round.published.fingerprint) {
      throw new DomainError('backup.fingerprintMismatch', { round: round.title });
    }
  }
}

/** Checks a parsed backup file; returns its rows as the current schema stores them, or throws why not. */
export async function checkBackup(file: unknown): Promise<CheckedBackup> {
  const header = readHeader(file);
  const tables = readTables(header.data, header.schemaVersion);
  const rows = {} as Record<TableName, unknown[]>;
  for (const table of TABLE_NAMES) {
    rows[table] = checkedRows(table, tables.get(table) ?? [], header.schemaVersion);
  }
  await checkFingerprints(rows);
  return {
    schemaVersion: header.schemaVersion,
    appVersion: header.appVersion,
    exportedAt: header.exportedAt,
    rows,
  };
}
