// Ballot rounds: create, edit the setup (only in draft), delete (only in draft), list. The life cycle is in
// votesLifecycle.ts and entry in votesEntry.ts; this file re-exports both so callers have one door.

import type { Instant } from '../../domain/time';
import { setupErrors } from '../../domain/votes/lifecycle';
import type { RoundInput, RoundSubject, VoteRound } from '../../domain/votes/roundRecord';
import { normalizeRules } from '../../domain/votes/validateRules';
import { cleanText, hasErrors } from '../../domain/validation';
import { newId, type XunpingDb } from '../database';
import { NotFoundError, ValidationError } from '../errors';
import { appendLog, roundFor, roundTables, RoundActionError } from './votesLog';
import { doubleEntrySwitchRefusal } from '../../domain/votes/doubleEntry';

export { RoundActionError, listRoundLog } from './votesLog';
export * from './votesLifecycle';
export * from './votesEntry';
export * from './votesDoubleEntry';

function subjectsOf(input: RoundInput): RoundSubject[] {
  return input.subjects.map((subject) => ({
    id: subject.id ?? newId(),
    name: cleanText(subject.name),
    refId: subject.refId,
  }));
}

/** The setup as it will be stored, or a ValidationError with field errors (keys: title, subjects, rules.*). */
function checkedSetup(
  input: RoundInput,
): Pick<VoteRound, 'title' | 'subjectKind' | 'subjects' | 'rules' | 'doubleEntry'> {
  const setup = {
    doubleEntry: input.doubleEntry === true,
    title: cleanText(input.title),
    subjectKind: input.subjectKind,
    subjects: subjectsOf(input),
    rules: normalizeRules(input.rules),
  };
  const errors = setupErrors(setup);
  if (hasErrors(errors)) throw new ValidationError(errors);
  return setup;
}

/**
 * Creates a round in draft ("设置中"). Used by the 测评 tab and by the inquiry console (a vote on the current
 * answer: see answerRoundInput; a vote on each unit: see unitRoundInput, both in domain/votes/roundDefaults).
 */
export async function createRound(
  db: XunpingDb,
  activityId: string,
  input: RoundInput,
  now: Instant,
): Promise<VoteRound> {
  const setup = checkedSetup(input);
  return db.transaction('rw', [db.activities, ...roundTables(db)], async () => {
    if (!(await db.activities.get(activityId))) throw new NotFoundError('该活动');
    const round: VoteRound = {
      ...setup,
      id: newId(),
      activityId,
      counts: {},
      entryModes: {},
      stage: 'draft',
      published: null,
      showOnProjector: false,
      createdAt: now,
    };
    await db.voteRounds.add(round);
    const summary = `新建测评“${round.title}”${round.doubleEntry ? '（双人复核）' : ''}`;
    await appendLog(db, round.id, { action: 'created', summary }, now);
    return round;
  });
}

/** Changes the title, subjects and rules; only while the round is in draft. */
export async function updateRoundSetup(
  db: XunpingDb,
  roundId: string,
  input: RoundInput,
  now: Instant,
): Promise<VoteRound> {
  const setup = checkedSetup(input);
  return db.transaction('rw', roundTables(db), async () => {
    const existing = await roundFor(db, roundId, 'editSetup');
    const seconds = await db.secondEntries.where('roundId').equals(roundId).count();
    const refused = doubleEntrySwitchRefusal(setup.doubleEntry === true, seconds);
    if (refused) throw RoundActionError.refused([refused]);
    const round: VoteRound = { ...existing, ...setup };
    const groups = new Set(round.rules.groups.map((group) => group.id));
    round.entryModes = Object.fromEntries(
      Object.entries(existing.entryModes).filter(([id]) => groups.has(id)),
    );
    await db.voteRounds.put(round);
    await appendLog(
      db,
      roundId,
      {
        action: 'setupEdited',
        summary:
          Boolean(existing.doubleEntry) === Boolean(round.doubleEntry)
            ? '修改了测评名称、测评对象或计票规则'
            : `修改了设置，${round.doubleEntry ? '开启' : '关闭'}双人复核`,
      },
      now,
    );
    return round;
  });
}

/** Deletes a round in draft with its log. A round that was opened must first be reset (with a reason). */
export async function deleteRound(db: XunpingDb, roundId: string): Promise<void> {
  await db.transaction('rw', roundTables(db), async () => {
    await roundFor(db, roundId, 'delete');
    for (const table of [db.ballots, db.groupTotals, db.checkins, db.roundLog, db.secondEntries]) {
      await table.where('roundId').equals(roundId).delete();
    }
    await db.voteRounds.delete(roundId);
  });
}

/** The rounds of an activity, oldest first. */
export async function listRounds(db: XunpingDb, activityId: string): Promise<VoteRound[]> {
  const rows = await db.voteRounds.where('activityId').equals(activityId).toArray();
  return rows.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** Deletes every round of an activity and what hangs off them; call inside the caller's transaction. */
export async function deleteRoundsOf(db: XunpingDb, activityId: string): Promise<void> {
  const ids: string[] = await db.voteRounds.where('activityId').equals(activityId).primaryKeys();
  for (const table of [db.ballots, db.groupTotals, db.checkins, db.roundLog, db.secondEntries]) {
    await table.where('roundId').anyOf(ids).delete();
  }
  await db.voteRounds.where('activityId').equals(activityId).delete();
}
