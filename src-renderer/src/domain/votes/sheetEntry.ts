// Keyboard entry of paper score sheets: the points written per subject and criterion. A subject left wholly
// blank must be marked 弃权 explicitly, so a skipped row is never silently an abstention.

import type { ScoreBallot, Subject } from './ballots';
import type { Criterion } from './rules';
import { countSheetMark, type SheetMark } from './sheets';

export interface SheetRowDraft {
  /** Criterion id → points typed; null: blank. */
  points: Record<string, number | null>;
  /** The rater wrote nothing for this subject (弃权). */
  abstain: boolean;
}

export type SheetDraft = SheetRowDraft[];

export function emptySheetDraft(subjects: readonly Subject[], criteria: readonly Criterion[]): SheetDraft {
  return subjects.map(() => ({
    points: Object.fromEntries(criteria.map((criterion) => [criterion.id, null])),
    abstain: false,
  }));
}

export type SheetDraftOutcome = { ballot: ScoreBallot } | { problem: string; index: number };

/** Builds the score sheet to save, or says which subject is blank without being marked 弃权. */
export function sheetFromDraft(
  draft: SheetDraft,
  subjects: readonly Subject[],
  criteria: readonly Criterion[],
  id: string,
  groupId: string,
): SheetDraftOutcome {
  const marks: Record<string, SheetMark> = {};
  for (const [index, subject] of subjects.entries()) {
    const row = draft[index];
    const written = criteria.map((criterion) => row?.points[criterion.id] ?? null);
    const blank = written.every((points) => points === null);
    if (row?.abstain) {
      if (!blank) return { index, problem: `第 ${index + 1} 项“${subject.name}”已标为弃权，不应再有评分` };
      continue;
    }
    if (blank) {
      return {
        index,
        problem: `第 ${index + 1} 项“${subject.name}”还没有录入评分；未评分的请勾选“弃权”`,
      };
    }
    marks[subject.id] = Object.fromEntries(
      criteria.map((criterion, i) => [criterion.id, written[i] ?? null]),
    );
  }
  return { ballot: { form: 'scoreSheet', id, groupId, wholeVoid: false, marks } };
}

export function draftFromSheet(
  ballot: ScoreBallot,
  subjects: readonly Subject[],
  criteria: readonly Criterion[],
): SheetDraft {
  return subjects.map((subject) => {
    const mark = ballot.marks[subject.id];
    const points = Object.fromEntries(
      criteria.map((criterion) => [criterion.id, mark?.[criterion.id] ?? null]),
    );
    const abstain = countSheetMark(mark, criteria).kind === 'abstain';
    return { points, abstain };
  });
}

/** How a row will count, for the cell beside it: 合计 95 / 弃权 / 无效（reason）. */
export function sheetRowLabel(row: SheetRowDraft, criteria: readonly Criterion[]): string {
  if (row.abstain) return '弃权';
  const count = countSheetMark(row.points, criteria);
  if (count.kind === 'abstain') return '未录入';
  if (count.kind === 'void') return `无效：${count.reason}`;
  return `合计 ${count.total.value}`;
}

/** A score sheet as a short line for the list of recent ballots: totals per subject. */
export function sheetLine(
  ballot: ScoreBallot,
  subjects: readonly Subject[],
  criteria: readonly Criterion[],
): string {
  if (ballot.wholeVoid) return '废票（整张无效）';
  return subjects
    .map((subject) => {
      const count = countSheetMark(ballot.marks[subject.id], criteria);
      if (count.kind === 'scored') return String(count.total.value);
      return count.kind === 'abstain' ? '弃' : '无';
    })
    .join(' / ');
}
