// Every schema version that has shipped (1-5) upgrades to the current one with its data intact, both ways an
// old database reaches this app: an installed database opened by the new app (Dexie runs the upgrades), and a
// backup of that version restored (the same upgrades run on the file's rows). The fixtures are backups written
// by dexie-export-import, as versions 1-4 wrote them, and by the app's own backup writer, as version 5 wrote
// them (testing/fixtures/makeFixtures.ts says how they were made).

import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../domain/settings/settings';
import v1 from './testing/fixtures/backup-v1.json?raw';
import v2 from './testing/fixtures/backup-v2.json?raw';
import v3 from './testing/fixtures/backup-v3.json?raw';
import v4 from './testing/fixtures/backup-v4.json?raw';
import v5 from './testing/fixtures/backup-v5.json?raw';
import { restoreBackup } from './backup';
import { TABLE_NAMES } from './backupCheck';
import { decodeRow } from './backupFile';
import { XunpingDb } from './database';
import { checkRecord } from './records';
import { checkFingerprint } from './repositories/votesFingerprint';
import { CURRENT_VERSION, primaryKeyOf, SCHEMA_VERSIONS, tablesAt } from './schema';
import { freshDb } from './testing/freshDb';

type Row = Record<string, unknown>;

interface LegacyFile {
  data: {
    databaseVersion: number;
    tables: { name: string; rowCount: number }[];
    data: { tableName: string; rows: unknown[] }[];
  };
}

const FIXTURES: [number, string][] = [
  [1, v1],
  [2, v2],
  [3, v3],
  [4, v4],
  [5, v5],
];

const RESTORED = { fileName: 'backup.json', at: Date.UTC(2026, 11, 1) };

/** The rows of each table as the version stored them. */
function storedRows(text: string): Record<string, Row[]> {
  const file = JSON.parse(text) as LegacyFile;
  return Object.fromEntries(file.data.data.map((t) => [t.tableName, t.rows.map((r) => decodeRow(r) as Row)]));
}

const ms = (value: unknown) => Date.parse(String(value));

/** What a row of a version must be after the upgrade: (1-4) instants as epoch ms, settings complete. */
function upgraded(version: number, table: string, row: Row): Row {
  if (version >= 5) return row;
  switch (table) {
    case 'settings':
      return {
        ...DEFAULT_SETTINGS,
        ...row,
        fonts: { ...DEFAULT_SETTINGS.fonts, ...(row.fonts as Row) },
        timerMinutes: { ...DEFAULT_SETTINGS.timerMinutes, ...(row.timerMinutes as Row) },
        rectification: { ...DEFAULT_SETTINGS.rectification, ...(row.rectification as Row | undefined) },
      };
    case 'activities':
      return { ...row, createdAt: ms(row.createdAt), updatedAt: ms(row.updatedAt) };
    case 'voteRounds': {
      const published = row.published as Row | null;
      return {
        ...row,
        createdAt: ms(row.createdAt),
        published: published && { ...published, publishedAt: ms(published.publishedAt) },
      };
    }
    case 'roundLog':
      return { ...row, at: ms(row.at) };
    case 'issuedDocuments':
      return { ...row, createdAt: ms(row.createdAt) };
    default:
      return row;
  }
}

function byKey(table: string, rows: readonly Row[]): Row[] {
  const key = (row: Row) => JSON.stringify(primaryKeyOf(table).map((field) => row[field]));
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

async function contents(db: XunpingDb): Promise<Record<string, Row[]>> {
  const entries = await Promise.all(
    TABLE_NAMES.map(async (name) => [name, byKey(name, (await db.table(name).toArray()) as Row[])] as const),
  );
  return Object.fromEntries(entries);
}

/** An installed database of `version` holding `rows`, closed, for the new app to open. */
async function installed(version: number, rows: Record<string, Row[]>): Promise<string> {
  const name = `installed-v${version}-${Math.random().toString(36).slice(2)}`;
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((entry) => entry.version <= version)) {
    old.version(v.version).stores(v.stores);
  }
  await old.open();
  for (const [table, tableRows] of Object.entries(rows)) await old.table(table).bulkAdd(tableRows);
  old.close();
  return name;
}

describe.each(FIXTURES)('schema version %i', (version, text) => {
  const stored = storedRows(text);

  it('is a fixture of that version, with data in every table it had', () => {
    expect((JSON.parse(text) as LegacyFile).data.databaseVersion).toBe(version);
    expect(Object.keys(stored).sort()).toEqual([...tablesAt(version)].sort());
    for (const table of tablesAt(version)) expect(stored[table]?.length, table).toBeGreaterThan(0);
    // Instants were ISO strings up to version 4.
    expect(typeof stored.activities?.[0]?.createdAt).toBe(version < 5 ? 'string' : 'number');
  });

  it('upgrades an installed database and a restored backup to the same data, intact', async () => {
    const opened = new XunpingDb(await installed(version, storedRows(text)));
    await opened.open();
    expect(opened.verno).toBe(CURRENT_VERSION);
    const fromDatabase = await contents(opened);
    opened.close();

    const restored = freshDb();
    const summary = await restoreBackup(restored, new Blob([text]), RESTORED);
    expect(summary.version).toBe(version);
    const { auditLog: restoredLog, ...fromBackup } = await contents(restored);
    restored.close();

    // The same data both ways; the restore has recorded itself in the audit log (versions 1-5 had none).
    const { auditLog: installedLog, ...upgradedInPlace } = fromDatabase;
    expect(fromBackup).toEqual(upgradedInPlace);
    expect(installedLog).toEqual([]);
    expect(restoredLog?.map((entry) => [entry.kind, entry.at])).toEqual([['restored', RESTORED.at]]);
    for (const table of TABLE_NAMES) {
      const before = stored[table] ?? [];
      expect(fromDatabase[table], table).toEqual(
        byKey(
          table,
          before.map((row) => upgraded(version, table, row)),
        ),
      );
      for (const row of fromDatabase[table] ?? []) expect(checkRecord(table, row), table).toBeNull();
    }
  });
});

describe('what the upgrades keep', () => {
  it('keeps the rectification periods a version 4 database had, and gives version 1 the defaults', async () => {
    const four = freshDb();
    await restoreBackup(four, new Blob([v4]), RESTORED);
    expect((await four.settings.get('app'))?.rectification).toEqual({
      planDays: 20,
      reportMonths: 2,
      dueSoonDays: 5,
    });
    const one = freshDb();
    await restoreBackup(one, new Blob([v1]), RESTORED);
    expect((await one.settings.get('app'))?.rectification).toEqual(DEFAULT_SETTINGS.rectification);
    four.close();
    one.close();
  });

  it('keeps published results exact and their fingerprints (restore checks them against the ballots)', async () => {
    const db = freshDb();
    await restoreBackup(db, new Blob([v3]), RESTORED);
    const published = (await db.voteRounds.toArray()).filter((r) => r.published !== null);
    expect(published.length).toBeGreaterThan(0);
    for (const round of published) {
      expect(round.published?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
      expect(typeof round.published?.result.subjects[0]?.score?.n).toBe('bigint');
      expect(typeof round.published?.publishedAt).toBe('number');
    }
    db.close();
  });

  it.each([3, 4, 5])(
    'still verifies the rounds version %i published, with the fingerprint format they were published with (v1)',
    async (version) => {
      const db = freshDb();
      await restoreBackup(db, new Blob([FIXTURES[version - 1]![1]]), RESTORED);
      const published = (await db.voteRounds.toArray()).filter((r) => r.published !== null);
      expect(published.length).toBeGreaterThan(0);
      for (const round of published) {
        expect(round.published?.fingerprintVersion).toBeUndefined();
        expect(await checkFingerprint(db, round.id)).toEqual({
          status: 'intact',
          fingerprint: round.published?.fingerprint,
        });
      }
      db.close();
    },
  );
});
