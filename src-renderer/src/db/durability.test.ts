import { afterAll, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import type { XunpingDb } from './database';
import { STRICT_DURABILITY_TABLES } from './durability';
import { peopleRepository } from './repositories/people';
import { addBallot, correctBallot, createRound, deleteBallot, openRound } from './repositories/votes';
import { enterScoringMode, submitScoringBallot } from './repositories/votesScoring';
import { dbWithActivity, paper, t0, twoUnits } from './testing/votesSetup';

// What reaches IndexedDB itself: the options of each IDBDatabase.transaction() call (fake-indexeddb). The spy is
// installed before any database opens, since Dexie binds the method when it opens one.
let spy: MockInstance<IDBDatabase['transaction']>;
let db: XunpingDb;
let roundId: string;
let subjectIds: string[];

beforeAll(() => {
  spy = vi.spyOn(IDBDatabase.prototype, 'transaction');
});
afterAll(() => spy.mockRestore());

beforeEach(async () => {
  let activityId: string;
  ({ db, activityId } = await dbWithActivity());
  const round = await createRound(db, activityId, twoUnits(), t0.getTime());
  await openRound(db, round.id, { members: { entitled: 5, present: 4, issued: 3 } }, t0.getTime());
  roundId = round.id;
  subjectIds = round.subjects.map((s) => s.id);
  spy.mockClear();
});

/** The durability asked for by each transaction opened while `act` ran, with its mode and stores. */
async function transactionsOf(act: () => Promise<unknown>): Promise<string[]> {
  spy.mockClear();
  await act();
  return spy.mock.calls.map(([stores, mode, options]) => {
    const names = (typeof stores === 'string' ? [stores] : [...stores]).sort().join(',');
    return `${mode ?? 'readonly'} ${options?.durability ?? 'default'} ${names}`;
  });
}

describe('strict durability for ballot writes', () => {
  it('is asked for when a paper ballot is saved, corrected and deleted', async () => {
    const tables = 'ballots,checkins,groupTotals,roundLog,secondEntries,voteRounds';
    // A correction and a deletion also write the app's audit log, naming the activity.
    const audited = `activities,auditLog,${tables}`;
    let id = '';
    const saved = await transactionsOf(async () => {
      id = (await addBallot(db, roundId, paper(subjectIds, ['satisfied', 'basic']))).id;
    });
    // A new ballot's transaction holds only the two tables it reads and writes.
    expect(saved).toEqual(['readwrite strict ballots,voteRounds']);
    const corrected = await transactionsOf(() =>
      correctBallot(db, id, paper(subjectIds, ['basic', 'basic']), t0.getTime()),
    );
    expect(corrected).toEqual([`readwrite strict ${audited}`]);
    expect(await transactionsOf(() => deleteBallot(db, id, t0.getTime()))).toEqual([
      `readwrite strict ${audited}`,
    ]);
  });

  it('is asked for when a member votes in scoring mode', async () => {
    const input = { name: '委员甲', title: '', category: '常委会组成人员' as const, groups: [], phone: '' };
    const personIds: string[] = [];
    for (const name of ['委员甲', '委员乙', '委员丙'])
      personIds.push((await peopleRepository.add(db, { ...input, name })).id);
    const [personId = ''] = personIds;
    await db.activities.toCollection().modify({ participantIds: personIds });
    await enterScoringMode(
      db,
      roundId,
      { groupId: 'members', presentIds: personIds, pinHash: 'a'.repeat(64) },
      t0.getTime(),
    );
    const [a] = subjectIds;
    const ballot = {
      form: 'tiers' as const,
      groupId: 'members',
      marks: { [a ?? '']: ['satisfied' as const] },
    };
    expect(await transactionsOf(() => submitScoringBallot(db, roundId, personId, ballot))).toEqual([
      'readwrite strict activities,ballots,checkins,groupTotals,people,roundLog,secondEntries,voteRounds',
    ]);
  });

  it('is asked for by a write to any of the ballot tables, also outside an explicit transaction', async () => {
    expect([...STRICT_DURABILITY_TABLES].sort()).toEqual([
      'ballots',
      'checkins',
      'groupTotals',
      'secondEntries',
    ]);
    expect(await transactionsOf(() => db.checkins.put({ roundId, personId: 'p1' }))).toEqual([
      'readwrite strict checkins',
    ]);
  });

  it('is not asked for by reads or by writes that hold no ballot', async () => {
    expect(await transactionsOf(() => db.ballots.where('roundId').equals(roundId).toArray())).toEqual([
      'readonly default ballots',
    ]);
    const name = await transactionsOf(() => db.activities.toCollection().modify({ venue: '第一会议室' }));
    expect(name).toEqual(['readwrite default activities']);
  });
});
