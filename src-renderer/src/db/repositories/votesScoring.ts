// Scoring mode (评分模式): members vote one after another on the machine. Each vote writes two records that
// share nothing but the round: a check-in (who has voted, so each person votes once) and a ballot (what was
// voted). Neither carries a time; the ballot has a random id, no person and no paper number, and IndexedDB
// returns both tables in key order (random ids, person ids), so no ballot can be traced to a person, not even
// by the order or the time of voting. Individual votes are not logged; only entering and leaving the mode are.
// Who may vote is the sign-in (签到) made when the mode is entered, kept on the round (presence), and leaving
// needs the PIN chosen then (its SHA-256 is kept on the round while the mode is on).

import type { Instant } from '../../domain/time';
import type { TierBallot } from '../../domain/votes/ballots';
import { checkNewBallot } from '../../domain/votes/lifecycle';
import { entryModeOf, type VoteRound } from '../../domain/votes/roundRecord';
import { scoringRaters } from '../../domain/votes/scoring';
import { signIn } from '../../domain/votes/scoringSession';
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

/** The group's raters as the sign-in lists them: the activity's participants of that group, in their order. */
async function ratersOf(db: XunpingDb, round: VoteRound, groupName: string): Promise<string[]> {
  const activity = await db.activities.get(round.activityId);
  const ids = activity?.participantIds ?? [];
  const people = await db.people.bulkGet(ids);
  const participants = people.filter((p): p is NonNullable<typeof p> => p !== undefined);
  return scoringRaters(participants, groupName).map((p) => p.id);
}

export interface ScoringEntry {
  groupId: string;
  /** Ticked as present at the sign-in (签到). */
  presentIds: readonly string[];
  /** SHA-256 of the PIN that will end the mode (domain/votes/scoringSession pinHash). */
  pinHash: string;
}

/**
 * 进入评分模式: checks the round (open, tiers, the group entering ballots, not already in scoring mode), stores
 * the sign-in (those who have voted stay signed in) with the group's 实到 and 发出 set to its number, and the
 * PIN's hash; logs it with the number signed in, without names.
 */
export async function enterScoringMode(
  db: XunpingDb,
  roundId: string,
  entry: ScoringEntry,
  now: Instant,
): Promise<VoteRound> {
  return db.transaction('rw', [db.activities, db.people, ...roundTables(db)], async () => {
    const round = await roundFor(db, roundId, 'enter');
    const { groupId } = entry;
    checkScoringGroup(round, groupId);
    if (round.scoring) throw new RoundActionError('votes.scoringOn');
    if (!/^[0-9a-f]{64}$/.test(entry.pinHash)) throw new RoundActionError('votes.badPin');
    const group = groupOf(round, groupId);
    const raterIds = await ratersOf(db, round, group.name);
    const voted = new Set(await listCheckins(db, roundId));
    const ballots = await db.ballots.where('roundId').equals(roundId).toArray();
    const signed = signIn(round, groupId, {
      raterIds,
      chosenIds: entry.presentIds,
      votedIds: raterIds.filter((id) => voted.has(id)),
      entered: ballots.filter((b) => b.groupId === groupId).length,
    });
    if ('problems' in signed) throw RoundActionError.refused(signed.problems);
    const next: VoteRound = {
      ...round,
      counts: signed.counts,
      presence: { ...round.presence, [groupId]: signed.presentIds },
      scoring: { groupId, pinHash: entry.pinHash },
    };
    await db.voteRounds.put(next);
    const who = round.rules.groups.length > 1 ? `（${group.name}）` : '';
    const n = signed.presentIds.length;
    await appendLog(
      db,
      roundId,
      {
        action: 'entryModeChanged',
        summary: `进入评分模式${who}：签到 ${n} 人，实到和发出按签到人数计为 ${n}`,
        details: { scoring: 'entered', groupId, present: n },
      },
      now,
    );
    return next;
  });
}

/**
 * 退出评分模式: only with the PIN chosen when it was entered (its hash is compared); logged without any count
 * or name. When scoring mode is already off (the round was reset or closed meanwhile) it does nothing.
 */
export async function leaveScoringMode(
  db: XunpingDb,
  roundId: string,
  pinHash: string,
  now: Instant,
): Promise<void> {
  await db.transaction('rw', roundTables(db), async () => {
    const round = await db.voteRounds.get(roundId);
    if (!round) throw new NotFoundError('该测评');
    if (!round.scoring) return;
    if (round.scoring.pinHash !== pinHash) throw new RoundActionError('votes.wrongPin');
    await db.voteRounds.put({ ...round, scoring: null });
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
 * Records one member's vote in ONE transaction: refused when scoring mode is not on for the group, the person
 * is not a participant of the activity or not signed in, has already voted in this round (a check-in exists),
 * or when the group's issued ballots are used up;
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
    if (round.scoring?.groupId !== ballot.groupId) throw new RoundActionError('votes.scoringOff');
    if (!round.presence?.[ballot.groupId]?.includes(personId)) {
      throw new RoundActionError('votes.notSignedIn', { name: person.name });
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
