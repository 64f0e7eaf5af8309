// Scoring mode (评分模式): members vote one after another on the machine. Each vote writes two records that
// share nothing but the round: a check-in (who has voted, so each person votes once) and a ballot (what was
// voted). Neither carries a time; the ballot has a random id, no person and no paper number, and IndexedDB
// returns both tables in key order (random ids, person ids), so no ballot can be traced to a person, not even
// by the order or the time of voting. Individual votes are not logged; only entering and leaving the mode are.

import type { Instant } from '../../domain/time';
import type { TierBallot } from '../../domain/votes/ballots';
import { checkNewBallot } from '../../domain/votes/lifecycle';
import { entryModeOf, type VoteRound } from '../../domain/votes/roundRecord';
import { TIER_ORDER } from '../../domain/votes/tiers';
import type { BallotRecord, CheckinRecord, XunpingDb } from '../database';
import { NotFoundError } from '../errors';
import { appendLog, roundFor, roundTables, RoundActionError } from './votesLog';

/** What the screen hands in: the group and the marks; the repository gives the id and nothing else. */
export type ScoringBallot = Pick<TierBallot, 'form' | 'groupId' | 'marks'>;

function groupOf(round: VoteRound, groupId: string) {
  const group = round.rules.groups.find((g) => g.id === groupId);
  if (!group) throw new RoundActionError('votes.noSuchGroup');
  return group;
}

/** Scoring mode fills a group's ballots one by one; a group entering hand-counted totals cannot use it. */
function checkScoringGroup(round: VoteRound, groupId: string): void {
  const group = groupOf(round, groupId);
  if (round.rules.form !== 'tiers') throw new RoundActionError('votes.scoringTiersOnly');
  if (entryModeOf(round, groupId) !== 'ballots') {
    const where = round.rules.groups.length > 1 ? `“${group.name}”` : '';
    throw new RoundActionError('votes.scoringGroupTotals', { where });
  }
}

/** 进入评分模式: checks the round (open, tiers, the group entering ballots) and logs it, without names. */
export async function enterScoringMode(
  db: XunpingDb,
  roundId: string,
  groupId: string,
  now: Instant,
): Promise<void> {
  await db.transaction('rw', roundTables(db), async () => {
    const round = await roundFor(db, roundId, 'enter');
    checkScoringGroup(round, groupId);
    const who = round.rules.groups.length > 1 ? `（${groupOf(round, groupId).name}）` : '';
    await appendLog(
      db,
      roundId,
      { action: 'entryModeChanged', summary: `进入评分模式${who}`, details: { scoring: 'entered', groupId } },
      now,
    );
  });
}

/** 退出评分模式: logged without any count or name; allowed in any stage (the round may have changed). */
export async function leaveScoringMode(db: XunpingDb, roundId: string, now: Instant): Promise<void> {
  await db.transaction('rw', roundTables(db), async () => {
    if (!(await db.voteRounds.get(roundId))) throw new NotFoundError('该测评');
    await appendLog(
      db,
      roundId,
      { action: 'entryModeChanged', summary: '退出评分模式', details: { scoring: 'left' } },
      now,
    );
  });
}

/** The ballot as stored: a fresh random id, the marks, and nothing that points to the voter. */
function anonymousRecord(roundId: string, ballot: ScoringBallot, id: string): BallotRecord {
  const marks = Object.fromEntries(
    Object.entries(ballot.marks).map(([subjectId, ticked]) => [subjectId, [...ticked]]),
  );
  return {
    form: 'tiers',
    id,
    groupId: ballot.groupId,
    wholeVoid: false,
    marks,
    roundId,
    paperNo: null,
  };
}

/**
 * Records one member's vote in ONE transaction: refused when the person has already voted in this round (a
 * check-in exists), is not a participant of the activity, or when the group's issued ballots are used up;
 * otherwise writes the check-in and the anonymous ballot. Returns nothing a caller could link the two by.
 * `ballotId` must be random (the app's ids are random UUIDs): key order must say nothing about who voted when.
 */
export async function submitScoringBallot(
  db: XunpingDb,
  roundId: string,
  personId: string,
  ballot: ScoringBallot,
  ballotId: string = crypto.randomUUID(),
): Promise<void> {
  await db.transaction('rw', [db.activities, db.people, ...roundTables(db)], async () => {
    const round = await roundFor(db, roundId, 'enter');
    checkScoringGroup(round, ballot.groupId);
    const person = await db.people.get(personId);
    const activity = await db.activities.get(round.activityId);
    if (!person || !activity?.participantIds.includes(personId)) {
      throw new RoundActionError('votes.notARater');
    }
    if (await db.checkins.get([roundId, personId])) {
      throw new RoundActionError('votes.alreadyVoted', { name: person.name });
    }
    const several = Object.values(ballot.marks).some((ticked) => new Set(ticked).size > 1);
    const unknownTier = Object.values(ballot.marks).some((ticked) =>
      ticked.some((t) => !TIER_ORDER.includes(t)),
    );
    if (several || unknownTier) throw new RoundActionError('votes.oneTierEach');
    const record = anonymousRecord(roundId, ballot, ballotId);
    const entered = await db.ballots.where('roundId').equals(roundId).toArray();
    const inGroup = entered.filter((b) => b.groupId === ballot.groupId).length;
    const issued = round.counts[ballot.groupId]?.issued ?? 0;
    if (inGroup >= issued) {
      throw new RoundActionError('votes.ballotsUsedUp', { issued });
    }
    const problems = checkNewBallot(round, record, inGroup);
    if (problems.length > 0) throw RoundActionError.refused(problems);
    const checkin: CheckinRecord = { roundId, personId };
    await db.checkins.add(checkin);
    await db.ballots.add(record);
  });
}

/** The ids of the people who have voted in scoring mode (in id order, which says nothing about when). */
export async function listCheckins(db: XunpingDb, roundId: string): Promise<string[]> {
  const rows = await db.checkins.where('roundId').equals(roundId).toArray();
  return rows.map((row) => row.personId).sort();
}
