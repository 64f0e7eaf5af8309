// The bench's harness page (harness.html, served by Vite's dev server from scripts/bench/run.mjs): runs the
// app's own db and command code in Chromium, against the browser's real IndexedDB, for the rows of budget 5:
// a restore of the ten-county backup and an export, 20,000 ballots written through the repository and a
// 5,000-person .xlsx import. Each returns its samples and the baseline's, measured in the same run.
import { importPeople, previewPeopleImport, readImport } from '../../app/commands/directoryImport';
import { testServices } from '../../app/testing/services';
import { exportBackup, replaceWithBackup, restoreBackup } from '../../db/backup';
import { checkBackup, parseBackupText, TABLE_NAMES } from '../../db/backupCheck';
import type { BallotRecord, XunpingDb } from '../../db/database';
import { createRound } from '../../db/repositories/votes';
import { addBallot } from '../../db/repositories/votesEntry';
import { openRound } from '../../db/repositories/votesLifecycle';
import { freshDb } from '../../db/testing/freshDb';
import { seeded } from '../../db/testing/tenCounties/random';
import { roundBallots } from '../../db/testing/tenCounties/rounds';
import { dbWithActivity, t0 } from '../../db/testing/votesSetup';
import type { PersonInput } from '../../domain/directory/person';
import type { TierBallot } from '../../domain/votes/ballots';
import { defaultRulesFor } from '../../domain/votes/roundDefaults';
import { readTable } from '../../spreadsheets/readTable';
import { writeXlsx } from '../../spreadsheets/writeXlsx';

export interface Timed {
  samples: number[];
  baseline: number[];
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function dropped(db: XunpingDb): Promise<void> {
  db.close();
  await db.delete();
}

/** `rounds` open rounds of 16 units in a fresh database, with `perRound` ballots for each. */
async function openRounds(rounds: number, perRound: number) {
  const { db, activityId } = await dbWithActivity();
  const s = seeded(40);
  const made: { roundId: string; ballots: TierBallot[] }[] = [];
  const subjects = Array.from({ length: 16 }, (_, i) => ({ name: `县第${i + 1}局`, refId: null }));
  const counts = { entitled: perRound, present: perRound, issued: perRound };
  for (let r = 0; r < rounds; r += 1) {
    const input = {
      title: `第${r + 1}轮`,
      subjectKind: 'unit' as const,
      subjects,
      rules: defaultRulesFor('inquiry'),
    };
    const draft = await createRound(db, activityId, input, t0.getTime());
    const opened = await openRound(db, draft.id, { members: counts }, t0.getTime());
    const ids = opened.subjects.map((x) => x.id);
    made.push({
      roundId: opened.id,
      ballots: roundBallots(s, ids, { members: { ...counts, returned: perRound } }),
    });
  }
  return { db, rounds: made };
}

/**
 * addBallot one by one (the keyboard entry path), round after round of `perRound`, until `rounds` are written
 * or `capMs` has passed; baseline: one bulkAdd of the same rounds' rows; perTransaction: the same rows each
 * added in its own strictly durable transaction, nothing else (the floor of one commit per Enter). Returns how
 * many rounds were written.
 */
async function ballotWrites(
  rounds: number,
  perRound: number,
  capMs: number,
): Promise<Timed & { written: number; perTransaction: number }> {
  const through = await openRounds(rounds, perRound);
  let written = 0;
  const figure = await timed(async () => {
    const start = performance.now();
    for (const { roundId, ballots } of through.rounds) {
      for (const ballot of ballots) await addBallot(through.db, roundId, ballot);
      written += 1;
      if (performance.now() - start > capMs) break;
    }
  });
  await dropped(through.db);
  const bare = await openRounds(written, perRound);
  const records: BallotRecord[] = bare.rounds.flatMap(({ roundId, ballots }) =>
    ballots.map((b, i) => ({ ...b, roundId, paperNo: i + 1 })),
  );
  const baseline = await timed(() => bare.db.ballots.bulkAdd(records));
  await dropped(bare.db);
  // The durable write alone: the same rows, each added in its own strictly durable transaction (as addBallot's).
  const single = await openRounds(written, perRound);
  const singles: BallotRecord[] = single.rounds.flatMap(({ roundId, ballots }) =>
    ballots.map((b, i) => ({ ...b, roundId, paperNo: i + 1 })),
  );
  const perTransaction = await timed(async () => {
    for (const record of singles) {
      await single.db.transaction('rw', single.db.ballots, () => single.db.ballots.add(record));
    }
  });
  await dropped(single.db);
  return { samples: [figure], baseline: [baseline], written, perTransaction };
}

/** Read, check and write a 5,000-person .xlsx as the 名册's import does; baseline: reading the workbook. */
async function xlsxImport(runs: number): Promise<Timed> {
  const s = seeded(5000);
  const rows = Array.from({ length: 5000 }, (_, i) => [
    `代表${String(i + 1).padStart(4, '0')}${s.pick(['国', '华', '明', '芳'])}`,
    `某镇某村党支部书记${i + 1}`,
    '人大代表',
    '人大代表',
    `139${String(s.below(1e8)).padStart(8, '0')}`,
  ]);
  const data = await writeXlsx([{ name: '人员', headers: ['姓名', '职务', '类别', '测评组', '电话'], rows }]);
  const file = { name: '人员名册.xlsx', data };
  const samples: number[] = [];
  const baseline: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const services = testServices();
    samples.push(
      await timed(async () => {
        const pending = await readImport(previewPeopleImport)(services, file);
        const good = pending.preview.rows.flatMap<PersonInput>((r) => (r.value ? [r.value] : []));
        const added = await importPeople(services, { rows: good, fileName: file.name });
        if (added !== 5000) throw new Error(`imported ${added} people, not 5,000`);
      }),
    );
    await dropped(services.db);
    baseline.push(await timed(() => readTable(file.name, data)));
  }
  return { samples, baseline };
}

/**
 * The backup at `url` restored into a fresh database `runs` times (checked whole, then written), against
 * parsing it and one bulkAdd per table in one transaction, unchecked; then exported, against reading every table and JSON.stringify.
 */
async function restoreAndExport(
  url: string,
  runs: number,
): Promise<{ restore: Timed; exported: Timed; bytes: number }> {
  const blob = await (await fetch(url)).blob();
  const restore: Timed = { samples: [], baseline: [] };
  for (let i = 0; i < runs; i += 1) {
    const db = freshDb();
    restore.samples.push(
      await timed(() => restoreBackup(db, blob, { fileName: 'ten-counties.json', at: 0 })),
    );
    await dropped(db);
    const bare = freshDb();
    restore.baseline.push(
      await timed(async () => {
        const parsed = JSON.parse(await blob.text()) as {
          data: { data: { tableName: string; rows: unknown[] }[] };
        };
        await bare.transaction('rw', bare.tables, async () => {
          for (const { tableName, rows } of parsed.data.data) await bare.table(tableName).bulkAdd(rows);
        });
      }),
    );
    await dropped(bare);
  }
  const db = freshDb();
  await restoreBackup(db, blob, { fileName: 'ten-counties.json', at: 0 });
  const exported: Timed = { samples: [], baseline: [] };
  for (let i = 0; i < runs; i += 1) {
    exported.samples.push(await timed(() => exportBackup(db, { appVersion: 'bench', now: 0 })));
    exported.baseline.push(
      await timed(async () => {
        const tables = await Promise.all(TABLE_NAMES.map((name) => db.table(name).toArray()));
        JSON.stringify(tables, (_key, value: unknown) =>
          typeof value === 'bigint' ? value.toString() : value,
        );
      }),
    );
  }
  await dropped(db);
  return { restore, exported, bytes: blob.size };
}

/** The value `fn` gives and the milliseconds it took. */
async function timedValue<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

/**
 * One restore split into its steps, `runs` times, each into a fresh database: the file's text, JSON.parse, the
 * check, the write; then the export of the restored data (as a restore's safety backup would make it).
 */
async function restorePhases(url: string, runs: number): Promise<Record<string, number>[]> {
  const blob = await (await fetch(url)).blob();
  const result: Record<string, number>[] = [];
  for (let i = 0; i < runs; i += 1) {
    const db = freshDb();
    const [text, read] = await timedValue(() => blob.text());
    const [parsed, parse] = await timedValue(() => parseBackupText(text));
    const [checked, check] = await timedValue(() => checkBackup(parsed));
    const [, write] = await timedValue(() =>
      replaceWithBackup(db, checked, { fileName: 'ten-counties.json', at: 0 }),
    );
    const [, exported] = await timedValue(() => exportBackup(db, { appVersion: 'bench', now: 0 }));
    result.push({ read, parse, check, write, total: read + parse + check + write, exported });
    await dropped(db);
  }
  return result;
}

declare global {
  interface Window {
    xunpingBench: {
      ballotWrites: typeof ballotWrites;
      xlsxImport: typeof xlsxImport;
      restoreAndExport: typeof restoreAndExport;
      restorePhases: typeof restorePhases;
    };
  }
}

window.xunpingBench = { ballotWrites, xlsxImport, restoreAndExport, restorePhases };
