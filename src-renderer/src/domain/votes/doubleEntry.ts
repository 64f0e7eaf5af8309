// 双人复核 (double entry): a second person types the same paper ballots again, by paper number. The two readings
// are compared subject by subject; a round with double entry on cannot be closed until every paper ballot has a
// second reading that matches, or each difference has been resolved by choosing which reading is kept (the kept
// reading becomes the ballot; the choice is logged with both readings). With it, one typo cannot reach a result.
// Ballots cast in scoring mode (no paper number) and groups entered by totals are not double-entered.

import { countTierMark, tierMarkLabel, type Ballot, type Subject } from './ballots';
import type { Criterion, RoundRules } from './rules';
import type { SheetMark } from './sheets';

/** Which reading a resolved difference kept. */
export type KeptReading = 'first' | 'second';

export const KEPT_READING_LABELS: Record<KeptReading, string> = {
  first: '第一次录入',
  second: '复核录入',
};

/** The second reading of one paper ballot (第 N 张 of its group); `kept` once a difference was resolved. */
export type SecondEntry = Ballot & { paperNo: number; kept: KeptReading | null };

/** A first reading: a stored ballot with its paper number (null: cast on screen, not double-entered). */
export type FirstEntry = Ballot & { paperNo: number | null };

/** One position where the readings differ: the subject (1-based number and name) and what each reading says. */
export interface ReadingDifference {
  /** 1-based position on the ballot; null: the whole ballot (废票 in one reading only). */
  number: number | null;
  name: string;
  /** Score sheets: the criterion (评分项目) that differs. */
  criterion?: string;
  first: string;
  second: string;
}

/** Which paper a reading is: 第 paperNo 张 of its group. */
export interface PaperKey {
  groupId: string;
  paperNo: number;
}

export type PaperState = 'matched' | 'differs' | 'once';

export interface PaperComparison {
  groupId: string;
  paperNo: number;
  state: PaperState;
  /** Empty unless the state is 'differs'. */
  differences: ReadingDifference[];
  /** Set when the readings agree because a difference was resolved. */
  kept: KeptReading | null;
}

export interface DoubleEntryReport {
  /** Paper ballots entered (first readings with a paper number). */
  total: number;
  /** Of those, the ones whose second reading matches (已复核). */
  checked: number;
  /** Every paper ballot, in the order of the groups and then by paper number. */
  papers: PaperComparison[];
}

export const WHOLE_VOID_TEXT = '废票（整张作废）';

const pointsText = (points: number | null | undefined) => (points == null ? '空' : String(points));

/** Where two score sheets differ for one subject: each criterion whose points differ ('空' for a blank). */
function sheetDifferences(
  first: SheetMark | undefined,
  second: SheetMark | undefined,
  criteria: readonly Criterion[],
): { criterion: string; first: string; second: string }[] {
  return criteria.flatMap((criterion) => {
    const [a, b] = [pointsText(first?.[criterion.id]), pointsText(second?.[criterion.id])];
    return a === b ? [] : [{ criterion: criterion.name, first: a, second: b }];
  });
}

/** Where two readings of the same paper differ, in printed order; empty when they agree. */
export function compareReadings(
  first: Ballot,
  second: Ballot,
  subjects: readonly Subject[],
  criteria: readonly Criterion[],
): ReadingDifference[] {
  if (first.wholeVoid || second.wholeVoid) {
    if (first.wholeVoid && second.wholeVoid) return [];
    const valid = '有效票';
    return [
      {
        number: null,
        name: '整张',
        first: first.wholeVoid ? WHOLE_VOID_TEXT : valid,
        second: second.wholeVoid ? WHOLE_VOID_TEXT : valid,
      },
    ];
  }
  const differences: ReadingDifference[] = [];
  for (const [index, subject] of subjects.entries()) {
    const where = { number: index + 1, name: subject.name };
    if (first.form === 'scoreSheet' && second.form === 'scoreSheet') {
      const sheet = sheetDifferences(first.marks[subject.id], second.marks[subject.id], criteria);
      differences.push(...sheet.map((difference) => ({ ...where, ...difference })));
      continue;
    }
    const a = first.form === 'tiers' ? tierMarkLabel(countTierMark(first.marks[subject.id])) : '?';
    const b = second.form === 'tiers' ? tierMarkLabel(countTierMark(second.marks[subject.id])) : '?';
    if (a !== b) differences.push({ ...where, first: a, second: b });
  }
  return differences;
}

/**
 * Pairs every first reading that has a paper number with its second reading (same group and number) and compares
 * them with `compare`: the papers in group order then by number, and the progress 已复核 n / N. Shared by the
 * ballot rounds and the project vote rounds, which differ only in what a reading is.
 */
export function pairReadings<F extends { groupId: string; paperNo: number | null }, S extends PaperKey>(
  groupIds: readonly string[],
  firsts: readonly F[],
  seconds: readonly (S & { kept: KeptReading | null })[],
  compare: (first: F, second: S) => ReadingDifference[],
): DoubleEntryReport {
  const groupOrder = new Map(groupIds.map((id, index) => [id, index]));
  const key = (groupId: string, paperNo: number) => `${groupId}#${paperNo}`;
  const secondOf = new Map(seconds.map((entry) => [key(entry.groupId, entry.paperNo), entry]));
  const papers: PaperComparison[] = [];
  for (const first of firsts) {
    if (first.paperNo === null) continue;
    const second = secondOf.get(key(first.groupId, first.paperNo));
    const base = { groupId: first.groupId, paperNo: first.paperNo };
    if (!second) {
      papers.push({ ...base, state: 'once', differences: [], kept: null });
      continue;
    }
    const differences = compare(first, second);
    const state = differences.length === 0 ? 'matched' : 'differs';
    papers.push({ ...base, state, differences, kept: state === 'matched' ? second.kept : null });
  }
  papers.sort(
    (a, b) => (groupOrder.get(a.groupId) ?? 0) - (groupOrder.get(b.groupId) ?? 0) || a.paperNo - b.paperNo,
  );
  return {
    total: papers.length,
    checked: papers.filter((paper) => paper.state === 'matched').length,
    papers,
  };
}

/** Every paper ballot of the round with the state of its double entry, and the progress 已复核 n / N. */
export function doubleEntryReport(
  round: { rules: Pick<RoundRules, 'groups' | 'criteria'>; subjects: readonly Subject[] },
  firsts: readonly FirstEntry[],
  seconds: readonly SecondEntry[],
): DoubleEntryReport {
  return pairReadings(
    round.rules.groups.map((group) => group.id),
    firsts,
    seconds,
    (first, second) => compareReadings(first, second, round.subjects, round.rules.criteria),
  );
}

/** "第 3 项“财政局”：满意 / 不满意" or "第 2 项“教育局”“群众评价”：30.5 / 35" (first reading / second). */
export function differenceText(difference: ReadingDifference): string {
  const criterion = difference.criterion ? `“${difference.criterion}”` : '';
  const where =
    difference.number === null ? '整张' : `第 ${difference.number} 项“${difference.name}”${criterion}`;
  return `${where}：${difference.first} / ${difference.second}`;
}

/** "第 4、5、7 张". */
function papersText(paperNos: readonly number[]): string {
  return `第 ${paperNos.join('、')} 张`;
}

/**
 * Why a round with double entry may not be closed yet (empty: it may): the progress, each paper whose readings
 * differ with the positions, and the papers entered only once, per group.
 */
export function doubleEntryProblems(
  report: DoubleEntryReport,
  rules: { groups: readonly { id: string; name: string }[] },
): string[] {
  if (report.checked === report.total) return [];
  const problems = [`双人复核未完成：已复核 ${report.checked} / ${report.total} 张，全部一致后才能结束`];
  for (const group of rules.groups) {
    const prefix = rules.groups.length > 1 ? `${group.name}：` : '';
    const mine = report.papers.filter((paper) => paper.groupId === group.id);
    for (const paper of mine.filter((p) => p.state === 'differs')) {
      const where = paper.differences.map(differenceText).join('；');
      problems.push(`${prefix}第 ${paper.paperNo} 张两次录入不一致（${where}），请核对原票后选择保留哪一次`);
    }
    const once = mine.filter((paper) => paper.state === 'once').map((paper) => paper.paperNo);
    if (once.length > 0) problems.push(`${prefix}${papersText(once)}还没有复核录入`);
  }
  return problems;
}

/** The paper to double-enter next in a group: the lowest-numbered paper without a matching second reading. */
export function nextPaperToCheck(report: DoubleEntryReport, groupId: string): number | null {
  const mine = report.papers.filter((paper) => paper.groupId === groupId);
  return (
    (mine.find((paper) => paper.state === 'once') ?? mine.find((p) => p.state === 'differs'))?.paperNo ?? null
  );
}

/** Whether double entry may be switched to `on`: never off once a second reading exists. Null: it may. */
export function doubleEntrySwitchRefusal(on: boolean, secondReadings: number): string | null {
  if (on || secondReadings === 0) return null;
  return `已有 ${secondReadings} 张复核录入，不能关闭双人复核`;
}
