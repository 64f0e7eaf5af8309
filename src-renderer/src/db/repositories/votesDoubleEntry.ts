// 双人复核 in the store: the second reading of a paper ballot (by its number), the comparison with the first,
// and resolving a difference by keeping one reading (logged in the round's log and the audit log with both).

import type { Instant } from '../../domain/time';
import { validateBallot, type Ballot } from '../../domain/votes/ballots';
import {
  compareReadings,
  differenceText,
  doubleEntryReport,
  KEPT_READING_LABELS,
  type DoubleEntryReport,
  type KeptReading,
  type ReadingDifference,
} from '../../domain/votes/doubleEntry';
import { ballotLine } from '../../domain/votes/entryKeys';
import { entryModeOf, type VoteRound } from '../../domain/votes/roundRecord';
import { sheetLine } from '../../domain/votes/sheetEntry';
import {
  isBallotSecondEntry,
  type BallotRecord,
  type BallotSecondEntryRecord,
  type XunpingDb,
} from '../database';
import { activityTitle, appendAudit, auditedRoundTables } from './auditLog';
import { appendLog, roundFor, roundTables, RoundActionError } from './votesLog';

function lineOf(round: VoteRound, ballot: Ballot): string {
  return ballot.form === 'tiers'
    ? ballotLine(ballot, round.subjects, round.rules.tiers)
    : sheetLine(ballot, round.subjects, round.rules.criteria);
}

function paperName(round: VoteRound, groupId: string, paperNo: number): string {
  const group = round.rules.groups.find((g) => g.id === groupId);
  return `${round.rules.groups.length > 1 ? (group?.name ?? '') : ''}第 ${paperNo} 张`;
}

async function firstReading(
  db: XunpingDb,
  roundId: string,
  groupId: string,
  paperNo: number,
): Promise<BallotRecord | undefined> {
  const rows = await db.ballots.where('roundId').equals(roundId).toArray();
  return rows.find((row) => row.groupId === groupId && row.paperNo === paperNo);
}

/** The round's double entry as it stands, read inside the caller's transaction. */
export async function doubleEntryOf(db: XunpingDb, round: VoteRound): Promise<DoubleEntryReport> {
  const firsts = await db.ballots.where('roundId').equals(round.id).toArray();
  const seconds = (await db.secondEntries.where('roundId').equals(round.id).toArray()).filter(
    isBallotSecondEntry,
  );
  return doubleEntryReport(round, firsts, seconds);
}

export interface SecondEntryOutcome {
  record: BallotSecondEntryRecord;
  /** Where it differs from the first reading; empty: 一致. */
  differences: ReadingDifference[];
}

/**
 * 复核录入: the second reading of paper `paperNo` of a group. Refused when the round has no double entry, the
 * paper has not been entered, or it was cast on screen. Typing a paper again replaces its second reading (and
 * clears a resolution). Not logged, like a new ballot.
 */
export async function addSecondEntry(
  db: XunpingDb,
  roundId: string,
  paperNo: number,
  ballot: Ballot,
): Promise<SecondEntryOutcome> {
  return db.transaction('rw', roundTables(db), async () => {
    const round = await roundFor(db, roundId, 'enter');
    if (!round.doubleEntry) throw RoundActionError.refused(['本轮没有设置双人复核']);
    if (entryModeOf(round, ballot.groupId) !== 'ballots') {
      throw RoundActionError.refused(['这一组录入的是汇总数，不需要复核录入']);
    }
    const name = paperName(round, ballot.groupId, paperNo);
    const first = Number.isSafeInteger(paperNo)
      ? await firstReading(db, roundId, ballot.groupId, paperNo)
      : undefined;
    if (!first) throw RoundActionError.refused([`还没有录入${name}，请核对测评票上的编号`]);
    const problems = validateBallot(ballot, round.rules, round.subjects);
    if (problems.length > 0) throw RoundActionError.refused(problems);
    const record = { ...ballot, roundId, paperNo, kept: null } as BallotSecondEntryRecord;
    await db.secondEntries.put(record);
    return { record, differences: compareReadings(first, record, round.subjects, round.rules.criteria) };
  });
}

/**
 * Resolves a difference: the reading kept becomes both the ballot and the second reading, so the paper counts as
 * 已复核. Keeping the second reading changes the ballot. Logged in the round's log and the audit log with both
 * readings and which was kept.
 */
export async function resolveDoubleEntry(
  db: XunpingDb,
  roundId: string,
  groupId: string,
  paperNo: number,
  kept: KeptReading,
  now: Instant,
): Promise<void> {
  await db.transaction('rw', [...roundTables(db), ...auditedRoundTables(db)], async () => {
    const round = await roundFor(db, roundId, 'enter');
    const name = paperName(round, groupId, paperNo);
    const first = await firstReading(db, roundId, groupId, paperNo);
    const second = await db.secondEntries.get([roundId, groupId, paperNo]);
    if (!first || !second || !isBallotSecondEntry(second))
      throw RoundActionError.refused([`${name}还没有两次录入，无需裁定`]);
    const differences = compareReadings(first, second, round.subjects, round.rules.criteria);
    if (differences.length === 0) throw RoundActionError.refused([`${name}两次录入一致，无需裁定`]);
    const { id: _f, roundId: _r, paperNo: _p, groupId: _g, ...firstMarks } = first;
    const { id: _s, roundId: _r2, paperNo: _p2, groupId: _g2, kept: _k, ...secondMarks } = second;
    const marks = kept === 'first' ? firstMarks : secondMarks;
    await db.ballots.put({ ...first, ...marks });
    await db.secondEntries.put({ ...second, ...marks, kept });
    const [firstLine, secondLine] = [lineOf(round, first), lineOf(round, second)];
    const where = differences.map(differenceText).join('；');
    const summary = `${name}两次录入不一致（${where}），保留${KEPT_READING_LABELS[kept]}：第一次 ${firstLine}，复核 ${secondLine}`;
    const details = {
      groupId,
      paperNo,
      kept,
      first: { wholeVoid: first.wholeVoid, marks: first.marks },
      second: { wholeVoid: second.wholeVoid, marks: second.marks },
    };
    await appendLog(db, roundId, { action: 'doubleEntryResolved', summary, details }, now);
    const activity = await activityTitle(db, round.activityId);
    const audited = {
      activity,
      round: round.title,
      ballot: name,
      first: firstLine,
      second: secondLine,
      kept,
    };
    await appendAudit(db, { kind: 'doubleEntryResolved', ...audited }, now);
  });
}
