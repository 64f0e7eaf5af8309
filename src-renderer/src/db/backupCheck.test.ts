import { describe, expect, it } from 'vitest';
import { DomainError, type ErrorCode } from '../domain/errors';
import { checkBackup, parseBackupText, TABLE_NAMES } from './backupCheck';
import { CURRENT_VERSION } from './schema';
import { editableBackup, everyTableBackup, rowsOf, type BackupJson } from './testing/backupText';

/** The DomainError a check throws (the test fails if it does not throw one). */
async function refusal(check: () => unknown): Promise<DomainError> {
  try {
    await check();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

async function refusalOf(file: unknown): Promise<DomainError> {
  return refusal(() => checkBackup(file));
}

function expectCode(error: DomainError, code: ErrorCode): void {
  expect(error.code, error.message).toBe(code);
  expect(error.message).toContain('本机数据没有任何改动');
}

describe('checkBackup', () => {
  it('accepts the app’s own backup, with every table and its header', async () => {
    const checked = await checkBackup(parseBackupText(await everyTableBackup()));
    expect(checked.schemaVersion).toBe(CURRENT_VERSION);
    expect(checked.appVersion).toBe('0.1.0');
    expect(checked.exportedAt).toBe(Date.UTC(2026, 10, 29, 8));
    expect(Object.keys(checked.rows).sort()).toEqual([...TABLE_NAMES].sort());
    for (const table of TABLE_NAMES) expect(checked.rows[table].length, table).toBeGreaterThan(0);
    const published = (
      checked.rows.voteRounds as { published: { result: { subjects: { score: unknown }[] } } | null }[]
    ).flatMap((r) => (r.published ? r.published.result.subjects : []));
    expect(typeof (published[0]?.score as { n: unknown }).n).toBe('bigint');
  });

  it.each([0.1, 0.25, 0.4, 0.6, 0.75, 0.9, 0.99, 'last byte'] as const)(
    'refuses the backup cut at %s as truncated',
    async (at) => {
      const text = await everyTableBackup();
      const cut = at === 'last byte' ? text.length - 1 : Math.floor(text.length * at);
      expectCode(await refusal(() => parseBackupText(text.slice(0, cut))), 'backup.truncated');
    },
  );

  it('refuses an empty file and a file that is not JSON', async () => {
    expect((await refusal(() => parseBackupText(''))).code).toBe('backup.empty');
    expectCode(await refusal(() => parseBackupText('姓名,职务\n张三,主任')), 'backup.notBackup');
  });

  it('refuses another app’s export, even with a people table', async () => {
    const foreign = {
      formatName: 'dexie',
      formatVersion: 1,
      data: {
        databaseName: 'contacts-app',
        databaseVersion: 1,
        tables: [{ name: 'people', schema: '++id', rowCount: 1 }],
        data: [{ tableName: 'people', inbound: true, rows: [{ id: 1, firstName: 'Ann' }] }],
      },
    };
    expectCode(await refusalOf(foreign), 'backup.notBackup');
    expectCode(await refusalOf({ hello: 'world' }), 'backup.notBackup');
    expectCode(await refusalOf([1, 2, 3]), 'backup.notBackup');
    // Named like ours: its tables are not ours.
    const renamed = { ...foreign, data: { ...foreign.data, databaseName: 'xunping' } };
    expectCode(await refusalOf(renamed), 'backup.missingTable');
    const file = await editableBackup();
    file.data.tables.push({ name: 'contacts', rowCount: 0 });
    file.data.data.push({ tableName: 'contacts', rows: [] });
    expectCode(await refusalOf(file), 'backup.notBackup');
  });

  it('refuses a file whose 询评 header is not ours or does not match its data', async () => {
    const file = await editableBackup();
    expectCode(await refusalOf({ ...file, xunping: { ...file.xunping, app: 'other' } }), 'backup.notBackup');
    const other = await editableBackup();
    expectCode(
      await refusalOf({ ...other, xunping: { ...other.xunping, schemaVersion: 3 } }),
      'backup.notBackup',
    );
  });

  it('refuses a backup from a newer version of the app', async () => {
    const file = await editableBackup();
    const next = CURRENT_VERSION + 1;
    file.data.databaseVersion = next;
    const error = await refusalOf({ ...file, xunping: { ...file.xunping, schemaVersion: next } });
    expectCode(error, 'backup.newerVersion');
    expect(error.message).toContain(`数据版本 ${next}`);
  });

  it('refuses a backup with a table missing, naming it', async () => {
    const file = await editableBackup();
    file.data.tables = file.data.tables.filter((t) => t.name !== 'ballots');
    file.data.data = file.data.data.filter((t) => t.tableName !== 'ballots');
    const error = await refusalOf(file);
    expectCode(error, 'backup.missingTable');
    expect(error.message).toContain('「测评票」');
  });

  it('refuses a table whose rows do not match the header’s count', async () => {
    const file = await editableBackup();
    const log = rowsOf(file, 'roundLog');
    const stated = log.length;
    log.splice(5);
    const error = await refusalOf(file);
    expectCode(error, 'backup.rowCount');
    expect(error.message).toContain(`「测评操作记录」应有 ${stated} 条记录，实际只有 5 条`);
  });

  it('refuses a malformed person, saying which record and which field', async () => {
    const file = await editableBackup();
    const people = rowsOf(file, 'people');
    people[2] = { ...people[2], category: '路人' };
    const error = await refusalOf(file);
    expectCode(error, 'backup.invalidRecord');
    expect(error.message).toMatch(/^备份文件中「人员」的第 3 条记录无效：category: /);
  });

  it('refuses a record whose type tags are not understood', async () => {
    const file = await editableBackup();
    const rounds = rowsOf(file, 'voteRounds');
    const index = rounds.findIndex((r) => r.$types !== undefined);
    rounds[index] = { ...rounds[index], $types: { 'published.result.subjects.0.score.n': 'regexp' } };
    const error = await refusalOf(file);
    expectCode(error, 'backup.invalidRecord');
    expect(error.message).toContain(`「测评」的第 ${index + 1} 条记录无效`);
  });

  it('refuses two records with one key, and two units with one full name', async () => {
    const file = await editableBackup();
    const people = rowsOf(file, 'people');
    people.push({ ...people[0] });
    file.data.tables.forEach((t) => {
      if (t.name === 'people') t.rowCount += 1;
    });
    const error = await refusalOf(file);
    expectCode(error, 'backup.duplicateRecord');
    expect(error.message).toContain(`「人员」的第 ${people.length} 条`);

    const again = await editableBackup();
    const units = rowsOf(again, 'units');
    units[1] = { ...units[1], fullName: units[0]?.fullName };
    expectCode(await refusalOf(again), 'backup.duplicateRecord');
  });

  it('refuses two rows with one compound key, in Chinese, and accepts keys that differ in one part', async () => {
    const file = await editableBackup();
    const events = rowsOf(file, 'consoleEvents');
    const first = events[0] as { activityId: string; seq: number };
    events.push({ ...first });
    file.data.tables.forEach((t) => {
      if (t.name === 'consoleEvents') t.rowCount += 1;
    });
    const error = await refusalOf(file);
    expectCode(error, 'backup.duplicateRecord');
    expect(error.message).toBe(
      `备份文件中「会议操作记录」的第 ${events.length} 条记录与前面的记录重复。本机数据没有任何改动。`,
    );
    events[events.length - 1] = { ...first, seq: Math.max(...events.map((e) => Number(e.seq))) + 1 };
    await expect(checkBackup(file)).resolves.toBeDefined();
  });

  it('refuses an edited ballot of a published round, naming the round', async () => {
    const file = await editableBackup();
    const published = rowsOf(file, 'voteRounds').find((r) => r.published !== null && r.stage === 'published');
    if (!published) throw new Error('no published round in the backup');
    const ballot = rowsOf(file, 'ballots').find(
      (b) =>
        b.roundId === published.id && Object.values(b.marks as object).some((m) => m.includes('satisfied')),
    );
    if (!ballot) throw new Error('no ballot with a 满意 in the published round');
    const marks = ballot.marks as Record<string, string[]>;
    const subject = Object.keys(marks).find((id) => marks[id]?.includes('satisfied')) ?? '';
    marks[subject] = ['unsatisfied'];
    const error = await refusalOf(file);
    expectCode(error, 'backup.fingerprintMismatch');
    expect(error.message).toContain(`「${String(published.title)}」`);
  });

  it('checks each published round with the fingerprint format it stored (none stored: v1)', async () => {
    const file = await editableBackup();
    const published = rowsOf(file, 'voteRounds').find((r) => r.published !== null && r.stage === 'published');
    const stored = published?.published as { fingerprintVersion?: number } | undefined;
    if (!stored) throw new Error('no published round in the backup');
    expect(stored.fingerprintVersion).toBe(2);
    delete stored.fingerprintVersion;
    const error = await refusalOf(file);
    expectCode(error, 'backup.fingerprintMismatch');
    expect(error.message).toContain(`「${String(published?.title)}」`);
  });

  it('accepts edited totals of a round not yet published (nothing to prove yet)', async () => {
    const file = await editableBackup();
    const rounds = rowsOf(file, 'voteRounds');
    const totals = rowsOf(file, 'groupTotals')[0] as { roundId: string; wholeVoid: number };
    // The live round with totals is not published: its totals may change freely.
    expect(rounds.find((r) => r.id === totals.roundId)?.published).toBeNull();
    totals.wholeVoid += 1;
    await expect(checkBackup(file)).resolves.toBeDefined();
  });

  it('does not care how the file orders its tables', async () => {
    const file: BackupJson = await editableBackup();
    file.data.data.reverse();
    file.data.tables.reverse();
    await expect(checkBackup(file)).resolves.toBeDefined();
  });
});
