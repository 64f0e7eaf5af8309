// Entering votes while a round is open: paper ballots one by one (corrections and deletions logged with what
// the ballot said), hand-counted totals per group, and the entry mode of each group.

import Dexie from 'dexie';

import type { Instant } from '../../domain/time';
import { validateBallot, type Ballot } from '../../domain/votes/ballots';
import { ballotLine } from '../../domain/votes/entryKeys';
import { checkNewBallot } from '../../domain/votes/lifecycle';
import {
  ENTRY_MODE_LABELS,
  entryModeOf,
  type EntryMode,
  type VoteRound,
} from '../../domain/votes/roundRecord';
import { sheetLine } from '../../domain/votes/sheetEntry';
import type { GroupTotals } from '../../domain/votes/totals';
import type { BallotRecord, XunpingDb } from '../database';
import { NotFoundError } from '../errors';
import { activityTitle, appendAudit, auditedRoundTables } from './auditLog';
import { appendLog, roundFor, roundTables, RoundActionError } from './votesLog';

function groupName(round: VoteRound, groupId: string): string {
  return round.rules.groups.find((group) => group.id === groupId)?.name ?? '';
}

/** "人大代表第 12 张" (the group is named only when the round has several). */
function ballotName(round: VoteRound, record: BallotRecord): string {
  const group = round.rules.groups.length > 1 ? groupName(round, record.groupId) : '';
  return `${group}第 ${record.paperNo ?? '?'} 张`;
}

/** What a ballot said, as its keys (tiers) or its totals (score sheets). */
function lineOf(round: VoteRound, ballot: Ballot): string {
  return ballot.form === 'tiers'
    ? ballotLine(ballot, round.subjects, round.rules.tiers)
    : sheetLine(ballot, round.subjects, round.rules.criteria);
}

function marksOf(ballot: Ballot): Record<string, unknown> {
  return { wholeVoid: ballot.wholeVoid, marks: ballot.marks };
}

/** How many ballots a group has (any paper number), counted on the index without reading them. */
function groupCount(db: XunpingDb, roundId: string, groupId: string): Promise<number> {
  return db.ballots.where('[roundId+groupId]').equals([roundId, groupId]).count();
}

/**
 * The group's highest paper number (0 when none): the last key of the [roundId+groupId+paperNo] index, read
 * as a key only (no ballot is loaded).
 */
async function lastPaperNo(db: XunpingDb, roundId: string, groupId: string): Promise<number> {
  const [last] = await db.ballots
    .where('[roundId+groupId+paperNo]')
    .between([roundId, groupId, Dexie.minKey], [roundId, groupId, Dexie.maxKey])
    .reverse()
    .limit(1)
    .keys();
  const paperNo = Array.isArray(last) ? last[2] : undefined;
  return typeof paperNo === 'number' ? paperNo : 0;
}

/** Saves one paper ballot; it gets the next number in its group (第 N 张). Not logged: no time per ballot. */
export async function addBallot(db: XunpingDb, roundId: string, ballot: Ballot): Promise<BallotRecord> {
  // Its three reads at once, on indexes: one ballot per Enter key, each committed to disk before 已保存 (strict
  // durability), so the transaction's own latency is the cost, not the number of ballots already entered.
  // Only the two tables it reads and writes are in the transaction.
  return db.transaction('rw', [db.voteRounds, db.ballots], async () => {
    const [round, entered, lastNo] = await Promise.all([
      roundFor(db, roundId, 'enter'),
      groupCount(db, roundId, ballot.groupId),
      lastPaperNo(db, roundId, ballot.groupId),
    ]);
    const problems = checkNewBallot(round, ballot, entered);
    if (problems.length > 0) throw RoundActionError.refused(problems);
    const paperNo = lastNo + 1;
    const record: BallotRecord = { ...ballot, roundId, paperNo };
    await db.ballots.add(record);
    return record;
  });
}

async function ballotFor(
  db: XunpingDb,
  ballotId: string,
): Promise<{ round: VoteRound; record: BallotRecord }> {
  const record = await db.ballots.get(ballotId);
  if (!record) throw new NotFoundError('该测评票');
  return { round: await roundFor(db, record.roundId, 'enter'), record };
}

/** 更正: replaces what a ballot says (same group, same number); logged with before and after (round and audit log). */
export async function correctBallot(
  db: XunpingDb,
  ballotId: string,
  ballot: Ballot,
  now: Instant,
): Promise<void> {
  await db.transaction('rw', [...roundTables(db), ...auditedRoundTables(db)], async () => {
    const { round, record } = await ballotFor(db, ballotId);
    const corrected: BallotRecord = {
      ...ballot,
      id: record.id,
      groupId: record.groupId,
      roundId: record.roundId,
      paperNo: record.paperNo,
    };
    const problems = validateBallot(corrected, round.rules, round.subjects);
    if (problems.length > 0) throw RoundActionError.refused(problems);
    const before = lineOf(round, record);
    const after = lineOf(round, corrected);
    if (before === after && record.wholeVoid === corrected.wholeVoid) return;
    await db.ballots.put(corrected);
    const summary = `更正${ballotName(round, record)}：${before} → ${after}`;
    const details = {
      groupId: record.groupId,
      paperNo: record.paperNo,
      before: marksOf(record),
      after: marksOf(corrected),
    };
    await appendLog(db, round.id, { action: 'ballotCorrected', summary, details }, now);
    const [activity, paper] = [await activityTitle(db, round.activityId), ballotName(round, record)];
    const audited = { activity, round: round.title, ballot: paper, before, after };
    await appendAudit(db, { kind: 'ballotCorrected', ...audited }, now);
  });
}

/** Deletes one entered ballot (a mistaken or doubled entry); logged with what it said (round and audit log). */
export async function deleteBallot(db: XunpingDb, ballotId: string, now: Instant): Promise<void> {
  await db.transaction('rw', [...roundTables(db), ...auditedRoundTables(db)], async () => {
    const { round, record } = await ballotFor(db, ballotId);
    await db.ballots.delete(ballotId);
    // Its second reading (双人复核) goes with it: the paper no longer exists in the round.
    if (record.paperNo !== null) await db.secondEntries.delete([round.id, record.groupId, record.paperNo]);
    const before = lineOf(round, record);
    const summary = `删除${ballotName(round, record)}：${before}`;
    const details = { groupId: record.groupId, paperNo: record.paperNo, before: marksOf(record) };
    await appendLog(db, round.id, { action: 'ballotDeleted', summary, details }, now);
    const [activity, paper] = [await activityTitle(db, round.activityId), ballotName(round, record)];
    await appendAudit(
      db,
      { kind: 'ballotDeleted', activity, round: round.title, ballot: paper, before },
      now,
    );
  });
}

/** Switches a group between ballots and totals; refused while the group has entries in the other mode. */
export async function setEntryMode(
  db: XunpingDb,
  roundId: string,
  groupId: string,
  mode: EntryMode,
  now: Instant,
): Promise<void> {
  await db.transaction('rw', roundTables(db), async () => {
    const round = await roundFor(db, roundId, 'enter');
    if (entryModeOf(round, groupId) === mode) return;
    if (mode === 'totals' && round.rules.form !== 'tiers') {
      throw new RoundActionError('votes.sheetsNoTotals');
    }
    const count = await groupCount(db, roundId, groupId);
    if (count > 0) throw new RoundActionError('votes.ballotsEntered', { count });
    if (await db.groupTotals.get([roundId, groupId])) {
      throw new RoundActionError('votes.totalsEntered');
    }
    await db.voteRounds.put({ ...round, entryModes: { ...round.entryModes, [groupId]: mode } });
    const who = round.rules.groups.length > 1 ? `${groupName(round, groupId)}：` : '';
    await appendLog(
      db,
      roundId,
      {
        action: 'entryModeChanged',
        summary: `${who}改为${ENTRY_MODE_LABELS[mode]}`,
        details: { groupId, mode },
      },
      now,
    );
  });
}

function isCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

/**
 * Saves one group's hand-counted totals and its 收回 count (null totals: clear them). Whether they add up is
 * shown live and checked when the round is closed; here only whole numbers are required. Logged before/after.
 */
export async function saveTotals(
  db: XunpingDb,
  roundId: string,
  totals: GroupTotals | null,
  groupId: string,
  returned: number,
  now: Instant,
): Promise<void> {
  await db.transaction('rw', roundTables(db), async () => {
    const round = await roundFor(db, roundId, 'enter');
    if (entryModeOf(round, groupId) !== 'totals') throw new RoundActionError('votes.groupEntersBallots');
    const counts = round.counts[groupId];
    if (!counts) throw new RoundActionError('votes.noSuchGroup');
    const values = totals
      ? [
          totals.wholeVoid,
          ...Object.values(totals.subjects).flatMap((s) => [...Object.values(s.tiers), s.abstain, s.void]),
        ]
      : [];
    if (!isCount(returned) || values.some((n) => n !== undefined && !isCount(n))) {
      throw new RoundActionError('votes.notACount');
    }
    const before = (await db.groupTotals.get([roundId, groupId])) ?? null;
    if (totals) await db.groupTotals.put({ ...totals, groupId, roundId });
    else await db.groupTotals.delete([roundId, groupId]);
    await db.voteRounds.put({ ...round, counts: { ...round.counts, [groupId]: { ...counts, returned } } });
    const who = round.rules.groups.length > 1 ? `${groupName(round, groupId)}：` : '';
    const summary = totals ? `${who}保存汇总数，收回 ${returned} 张` : `${who}清空汇总数`;
    const details = {
      groupId,
      returnedBefore: counts.returned,
      returned,
      before,
      after: totals,
    };
    await appendLog(db, roundId, { action: 'totalsSaved', summary, details }, now);
  });
}
