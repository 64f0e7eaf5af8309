// Builders shared by the tests of this folder (not used by the app).

import type { ScoreBallot, Subject, TierBallot } from '../votes/ballots';
import type { TallyInput } from '../votes/entries';
import type { GroupCounts } from '../votes/round';
import { defaultRules, type RoundRules } from '../votes/rules';
import type { TierId } from '../votes/tiers';

export const unitA: Subject = { id: 'unit-a', name: '单位甲' };
export const unitB: Subject = { id: 'unit-b', name: '单位乙' };

/** What one paper shows for each subject: one tier, several tiers, or nothing (null). */
export type PaperMarks = Record<string, TierId | TierId[] | null>;

export function tierBallot(id: string, groupId: string, marks: PaperMarks, wholeVoid = false): TierBallot {
  const entries = Object.entries(marks).map(([subjectId, mark]): [string, TierId[]] => [
    subjectId,
    mark === null ? [] : Array.isArray(mark) ? mark : [mark],
  ]);
  return { form: 'tiers', id, groupId, wholeVoid, marks: Object.fromEntries(entries) };
}

/** `count` identical ballots of one group, ids `${groupId}-${start}` upwards. */
export function copies(count: number, groupId: string, marks: PaperMarks, start = 0): TierBallot[] {
  return Array.from({ length: count }, (_, index) =>
    tierBallot(`${groupId}-${start + index}`, groupId, marks),
  );
}

/** Ballots from [count, marks] rows, numbered across rows. */
export function paperBallots(groupId: string, rows: [number, PaperMarks][]): TierBallot[] {
  const result: TierBallot[] = [];
  for (const [count, marks] of rows) result.push(...copies(count, groupId, marks, result.length));
  return result;
}

export function sheet(
  id: string,
  groupId: string,
  marks: Record<string, Record<string, number | null>>,
): ScoreBallot {
  return { form: 'scoreSheet', id, groupId, wholeVoid: false, marks };
}

export function counts(entitled: number, present: number, issued: number, returned: number): GroupCounts {
  return { entitled, present, issued, returned };
}

/**
 * domain.md §3: 15 entitled, 13 present, 13 issued, 13 returned; unit A: 8 满意, 3 基本满意, 1 不满意, 1 blank.
 */
export function workedExample(rules: RoundRules = defaultRules()): TallyInput {
  return {
    rules,
    subjects: [unitA],
    counts: { members: counts(15, 13, 13, 13) },
    ballots: paperBallots('members', [
      [8, { [unitA.id]: 'satisfied' }],
      [3, { [unitA.id]: 'basic' }],
      [1, { [unitA.id]: 'unsatisfied' }],
      [1, { [unitA.id]: null }],
    ]),
    totals: [],
  };
}
