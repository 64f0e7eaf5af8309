// A county's database must back up and restore whole: one published round of 20,000 paper ballots over 30
// units (a 34 MB file). The file is read with Blob.text() and JSON.parse (no size cap of its own; the file
// dialogs cap at MAX_OPEN_BYTES = MAX_SAVE_BYTES, 200 MB), then checked completely, fingerprint included.
import { describe, expect, it } from 'vitest';
import { fingerprint, FINGERPRINT_VERSION } from '../domain/votes/fingerprint';
import { tallyInputOf } from '../domain/votes/lifecycle';
import type { VoteRound } from '../domain/votes/roundRecord';
import { tally } from '../domain/votes/tally';
import type { TierId } from '../domain/votes/tiers';
import { exportBackup, inspectBackup, restoreBackup } from './backup';
import type { BallotRecord, XunpingDb } from './database';
import { createRound, openRound } from './repositories/votes';
import { freshDb } from './testing/freshDb';
import { dbWithActivity, paper, t0, twoUnits } from './testing/votesSetup';

const BALLOTS = 20_000;
const UNITS = 30;
const MARKS: TierId[] = ['satisfied', 'basic', 'unsatisfied', 'satisfied'];

/**
 * A published round of BALLOTS ballots. Published here rather than through publishRound, which reads the
 * ballots twice and takes long in the in-memory IndexedDB; the result and fingerprint are the same functions'.
 */
async function largeRound(): Promise<{ db: XunpingDb; round: VoteRound; ballots: BallotRecord[] }> {
  const { db, activityId } = await dbWithActivity();
  const now = t0.getTime();
  const subjects = Array.from({ length: UNITS }, (_, i) => ({ name: `县第${i + 1}局`, refId: null }));
  const draft = await createRound(db, activityId, twoUnits({ subjects }), now);
  const opened = await openRound(
    db,
    draft.id,
    { members: { entitled: BALLOTS, present: BALLOTS, issued: BALLOTS } },
    now,
  );
  const ids = opened.subjects.map((s) => s.id);
  const ballots: BallotRecord[] = Array.from({ length: BALLOTS }, (_, i) => ({
    ...paper(
      ids,
      ids.map((_, k) => MARKS[(i + k) % MARKS.length] ?? null),
    ),
    roundId: opened.id,
    paperNo: i + 1,
  }));
  await db.ballots.bulkAdd(ballots);
  const members = opened.counts.members;
  if (!members) throw new Error('the round was opened without its group');
  const closed: VoteRound = {
    ...opened,
    counts: { members: { ...members, returned: BALLOTS } },
    stage: 'closed',
  };
  const input = tallyInputOf(
    closed,
    ballots.map(({ roundId: _r, paperNo: _p, ...ballot }) => ballot),
    [],
  );
  const result = tally(input);
  if (result.status !== 'counted') throw new Error(`not counted: ${JSON.stringify(result)}`);
  const print = await fingerprint(input);
  const published = { result, fingerprint: print, fingerprintVersion: FINGERPRINT_VERSION, publishedAt: now };
  const round: VoteRound = { ...closed, stage: 'published', published };
  await db.voteRounds.put(round);
  return { db, round, ballots };
}

describe('a large backup', () => {
  it(`restores a published round of ${BALLOTS} ballots, counts and fingerprint intact`, async () => {
    const { db, round, ballots } = await largeRound();
    const file = await exportBackup(db, { appVersion: 'test', now: t0.getTime() });
    expect(file.size).toBeGreaterThan(30 * 1024 * 1024);

    const target = freshDb();
    const summary = await inspectBackup(target, file);
    expect(summary.tables.find((t) => t.table === 'ballots')).toMatchObject({ now: 0, after: BALLOTS });
    await restoreBackup(target, file, { fileName: 'large.json', at: t0.getTime() });
    expect(await target.ballots.count()).toBe(BALLOTS);
    expect(await target.voteRounds.get(round.id)).toEqual(round);
    const last = ballots[BALLOTS - 1];
    expect(await target.ballots.get(last?.id ?? '')).toEqual(last);
    db.close();
    target.close();
  }, 180_000);
});
