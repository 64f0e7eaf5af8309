// 双人复核 of project ballots in the store: the round setting, the second reading of a paper ballot by its number
// (kept in the ballot rounds' secondEntries table, group PROJECT_PAPER_GROUP), the comparison with the first, and
// resolving a difference by keeping one reading (audit-logged with both readings).
import { DomainError } from '../../domain/errors';
import {
  compareProjectReadings,
  projectDoubleEntryReport,
  projectReadingLine,
  PROJECT_PAPER_GROUP,
  type ProjectSecondEntry,
} from '../../domain/projects/projectDoubleEntry';
import type { ProjectBallotEntry, ProjectRound } from '../../domain/projects/projectRound';
import {
  differenceText,
  doubleEntrySwitchRefusal,
  KEPT_READING_LABELS,
  type DoubleEntryReport,
  type KeptReading,
  type ReadingDifference,
} from '../../domain/votes/doubleEntry';
import type { Instant } from '../../domain/time';
import { newId, type XunpingDb } from '../database';
import { listProjectBallots, logProjectRound, projectRoundFor, projectTables } from './projectStore';

const refused = (problems: readonly string[]) =>
  new DomainError('projects.refused', { message: problems.join('；') });

/** The round's candidates as the ballot lists them: id and name. */
async function ballotCandidates(db: XunpingDb, round: ProjectRound): Promise<{ id: string; name: string }[]> {
  const rows = await db.projectCandidates.bulkGet(round.candidateIds);
  return round.candidateIds.map((id, i) => ({ id, name: rows[i]?.name ?? '（已删除的项目）' }));
}

async function secondReadings(db: XunpingDb, roundId: string): Promise<ProjectSecondEntry[]> {
  const rows = await db.secondEntries.where('roundId').equals(roundId).toArray();
  return rows.filter((row): row is ProjectSecondEntry => row.form === 'project');
}

async function firstReading(
  db: XunpingDb,
  roundId: string,
  paperNo: number,
): Promise<ProjectBallotEntry | undefined> {
  return (await listProjectBallots(db, roundId)).find((ballot) => ballot.paperNo === paperNo);
}

/** The round's double entry as it stands (read inside the caller's transaction, or on its own). */
export async function projectDoubleEntryOf(db: XunpingDb, round: ProjectRound): Promise<DoubleEntryReport> {
  const [candidates, firsts, seconds] = await Promise.all([
    ballotCandidates(db, round),
    listProjectBallots(db, round.id),
    secondReadings(db, round.id),
  ]);
  return projectDoubleEntryReport(candidates, firsts, seconds);
}

/** Switches 双人复核 on or off while the round is being set up or voted; never off once a paper was typed twice. */
export async function setProjectDoubleEntry(
  db: XunpingDb,
  roundId: string,
  on: boolean,
  now: Instant,
): Promise<void> {
  await db.transaction('rw', projectTables(db), async () => {
    const round = await db.projectRounds.get(roundId);
    if (!round) throw refused(['找不到该票决']);
    if (round.stage !== 'draft' && round.stage !== 'open') {
      throw refused(['票决已经结束，不能再更改双人复核']);
    }
    const refusal = doubleEntrySwitchRefusal(on, (await secondReadings(db, roundId)).length);
    if (refusal) throw refused([refusal]);
    if ((round.doubleEntry === true) === on) return;
    await db.projectRounds.put({ ...round, doubleEntry: on });
    const summary = on ? '开启双人复核' : '关闭双人复核';
    await logProjectRound(db, round, { action: 'setupEdited', summary, details: { doubleEntry: on } }, now);
  });
}

export interface ProjectSecondEntryOutcome {
  record: ProjectSecondEntry;
  /** Where it differs from the first reading; empty: 一致. */
  differences: ReadingDifference[];
}

/**
 * 复核录入: the second reading of 第 paperNo 张. Refused when the round has no double entry, is counted by
 * totals, or the paper has not been entered. Typing a paper again replaces its second reading (and clears a
 * resolution). Not logged, like a new ballot.
 */
export async function addProjectSecondEntry(
  db: XunpingDb,
  roundId: string,
  paperNo: number,
  ballot: { marks: readonly string[]; void: boolean },
): Promise<ProjectSecondEntryOutcome> {
  return db.transaction('rw', projectTables(db), async () => {
    const round = await projectRoundFor(db, roundId, 'enter');
    if (!round.doubleEntry) throw refused(['本轮没有设置双人复核']);
    if (round.entryMode !== 'ballots') throw refused(['本轮录入的是汇总数，不需要复核录入']);
    const first = Number.isSafeInteger(paperNo) ? await firstReading(db, roundId, paperNo) : undefined;
    if (!first) throw refused([`还没有录入第 ${paperNo} 张，请核对选票上的编号`]);
    const known = new Set(round.candidateIds);
    if (ballot.marks.some((id) => !known.has(id))) throw refused(['选票上有不属于本轮的项目']);
    const record: ProjectSecondEntry = {
      form: 'project',
      id: newId(),
      roundId,
      groupId: PROJECT_PAPER_GROUP,
      paperNo,
      marks: ballot.void ? [] : [...new Set(ballot.marks)],
      void: ballot.void,
      kept: null,
    };
    await db.secondEntries.put(record);
    const differences = compareProjectReadings(first, record, await ballotCandidates(db, round));
    return { record, differences };
  });
}

/**
 * Resolves a difference: the reading kept becomes both the ballot and the second reading, so the paper counts as
 * 已复核. Keeping the second reading changes the ballot. Audit-logged with both readings and which was kept.
 */
export async function resolveProjectDoubleEntry(
  db: XunpingDb,
  roundId: string,
  paperNo: number,
  kept: KeptReading,
  now: Instant,
): Promise<void> {
  await db.transaction('rw', projectTables(db), async () => {
    const round = await projectRoundFor(db, roundId, 'enter');
    const name = `第 ${paperNo} 张`;
    const first = await firstReading(db, roundId, paperNo);
    const second = await db.secondEntries.get([roundId, PROJECT_PAPER_GROUP, paperNo]);
    if (!first || second?.form !== 'project') throw refused([`${name}还没有两次录入，无需裁定`]);
    const differences = compareProjectReadings(first, second, await ballotCandidates(db, round));
    if (differences.length === 0) throw refused([`${name}两次录入一致，无需裁定`]);
    const reading = kept === 'first' ? first : second;
    const marks = { marks: [...reading.marks], void: reading.void };
    await db.projectBallots.put({ ...first, ...marks });
    await db.secondEntries.put({ ...second, ...marks, kept });
    const [firstLine, secondLine] = [
      projectReadingLine(first, round.candidateIds),
      projectReadingLine(second, round.candidateIds),
    ];
    const where = differences.map(differenceText).join('；');
    const summary = `${name}两次录入不一致（${where}），保留${KEPT_READING_LABELS[kept]}：第一次 ${firstLine}，复核 ${secondLine}`;
    const details = { paperNo, kept, first: { ...first }, second: { ...second } };
    await logProjectRound(
      db,
      round,
      { action: 'doubleEntryResolved', summary, details },
      now,
      (activity) => ({
        kind: 'doubleEntryResolved',
        activity,
        round: round.title,
        noun: '票决',
        ballot: `${name}（${where}）`,
        first: firstLine,
        second: secondLine,
        kept,
      }),
    );
  });
}
