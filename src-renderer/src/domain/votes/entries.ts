// What was entered for each group (ballots, hand-counted totals, or nothing yet): checks and aggregation.

import { ballotValidator, type Ballot, type ScoreBallot, type Subject } from './ballots';
import type { Fraction } from './fraction';
import { groupPrefix, type GroupCounts } from './round';
import type { RaterGroup, RoundRules } from './rules';
import { countSheetMark } from './sheets';
import { checkTotals, emptyTotals, totalsFromBallots, type GroupTotals } from './totals';

export interface TallyInput {
  rules: RoundRules;
  subjects: readonly Subject[];
  /** Group id → 应到 / 实到 / 发出 / 收回. */
  counts: Readonly<Record<string, GroupCounts>>;
  /** Ballots entered one by one or collected in scoring mode, any group; their form matches rules.form. */
  ballots: readonly Ballot[];
  /** Hand-counted totals, at most one per group (tiers only). A group uses ballots or totals, not both. */
  totals: readonly GroupTotals[];
}

export interface SheetCounts {
  totals: Fraction[];
  abstain: number;
  void: number;
}

export interface GroupEntry {
  group: RaterGroup;
  counts: GroupCounts;
  entry: 'ballots' | 'totals' | 'none';
  entered: number;
  wholeVoid: number;
  /** Form 'tiers': per subject counts. */
  tierTotals: GroupTotals;
  /** Form 'scoreSheet': subject id → valid totals, 弃权 and 无效. */
  sheetCounts: Record<string, SheetCounts>;
}

export interface EntryCheck {
  /** Wrong entries: nothing may be counted. */
  invalid: string[];
  /** Entries still missing: the result is provisional. */
  missing: string[];
}

function checkGroupEntry(input: TallyInput, group: RaterGroup, check: EntryCheck): void {
  const { rules, subjects } = input;
  const prefix = groupPrefix(group, rules);
  const where = rules.groups.length > 1 ? `“${group.name}”` : '';
  const returned = input.counts[group.id]?.returned ?? 0;
  const ballots = input.ballots.filter((ballot) => ballot.groupId === group.id);
  const totals = input.totals.filter((item) => item.groupId === group.id);
  if (totals.length > 0 && rules.form !== 'tiers') check.invalid.push('评分表只能逐张录入，不能录入汇总数');
  if (totals.length > 1) check.invalid.push(`${prefix}汇总数录入了 ${totals.length} 次`);
  if (totals.length > 0 && ballots.length > 0) {
    check.invalid.push(`${where}既录入了测评票又录入了汇总数，只能选择一种方式`);
  }
  const [only] = totals;
  if (only) check.invalid.push(...checkTotals(only, returned, rules, subjects, prefix));
  if (totals.length > 0) return;
  if (ballots.length > returned) {
    check.invalid.push(`${prefix}已录入 ${ballots.length} 张，多于收回的 ${returned} 张`);
  } else if (ballots.length < returned) {
    check.missing.push(
      `${prefix}收回 ${returned} 张，已录入 ${ballots.length} 张，还有 ${returned - ballots.length} 张未录入`,
    );
  }
}

/** Entry problems of the whole round (the round counts are checked by checkRound). */
export function checkEntries(input: TallyInput): EntryCheck {
  const check: EntryCheck = { invalid: [], missing: [] };
  const validate = ballotValidator(input.rules, input.subjects);
  const ballotProblems = new Set(input.ballots.flatMap(validate));
  check.invalid.push(...ballotProblems);
  const known = new Set(input.rules.groups.map((group) => group.id));
  if (input.totals.some((item) => !known.has(item.groupId)))
    check.invalid.push('汇总数中有不属于本轮的测评组');
  const ids = input.subjects.map((subject) => subject.id);
  if (new Set(ids).size !== ids.length) check.invalid.push('测评对象重复');
  for (const group of input.rules.groups) checkGroupEntry(input, group, check);
  return { invalid: [...new Set(check.invalid)], missing: check.missing };
}

function sheetCountsFromBallots(
  ballots: readonly ScoreBallot[],
  subjects: readonly Subject[],
  rules: RoundRules,
): Record<string, SheetCounts> {
  const counts: Record<string, SheetCounts> = {};
  for (const subject of subjects) {
    const item: SheetCounts = { totals: [], abstain: 0, void: 0 };
    for (const ballot of ballots) {
      if (ballot.wholeVoid) continue;
      const count = countSheetMark(ballot.marks[subject.id], rules.criteria);
      if (count.kind === 'scored') item.totals.push(count.total);
      else item[count.kind] += 1;
    }
    counts[subject.id] = item;
  }
  return counts;
}

/** Aggregates one group's entries; call after checkEntries found nothing invalid. */
export function aggregateGroup(input: TallyInput, group: RaterGroup, counts: GroupCounts): GroupEntry {
  const { subjects, rules } = input;
  const totals = input.totals.find((item) => item.groupId === group.id);
  const ballots = input.ballots.filter((ballot) => ballot.groupId === group.id);
  const sheetBallots = ballots.filter((ballot): ballot is ScoreBallot => ballot.form === 'scoreSheet');
  const tierTotals = totals ?? totalsFromBallots(group.id, ballots, subjects);
  const entry = totals ? 'totals' : ballots.length > 0 ? 'ballots' : 'none';
  return {
    group,
    counts,
    entry,
    entered: totals ? counts.returned : ballots.length,
    wholeVoid: totals ? totals.wholeVoid : ballots.filter((ballot) => ballot.wholeVoid).length,
    tierTotals: rules.form === 'tiers' ? tierTotals : emptyTotals(group.id, subjects),
    sheetCounts: sheetCountsFromBallots(sheetBallots, subjects, rules),
  };
}
