// The tally of one ballot round: checks, per-group measures, composite over groups, ranking.

import { combine, describeWeights, type GroupValue } from './composite';
import { describeRules } from './describeRules';
import { aggregateGroup, checkEntries, type GroupEntry, type TallyInput } from './entries';
import { frac, fromDecimal, type Fraction } from './fraction';
import { outcomeFromShares, tierMeasures } from './measures';
import { rankSubjects } from './ranking';
import type { GroupSubjectResult, GroupSummary, RoundResult, SubjectResult, TallyStatus } from './result';
import { checkRound, groupPrefix } from './round';
import type { RoundRules } from './rules';
import { MIN_TOTALS_TO_TRIM, sheetScore } from './sheets';
import { positiveTiers, TIER_ORDER, type ScoredTierId, type TierId } from './tiers';
import { emptySubjectTotals } from './totals';
import { validateRules } from './validateRules';

export type { TallyInput } from './entries';

const NO_TIERS = Object.fromEntries(TIER_ORDER.map((tier) => [tier, 0])) as Record<TierId, number>;

/** Ballots that count for the subjects: entered (or returned, for totals) minus wholly void. */
function countable(entry: GroupEntry): number {
  return entry.entered - entry.wholeVoid;
}

function groupResult(entry: GroupEntry, subjectId: string, rules: RoundRules, notes: string[]) {
  if (rules.form === 'tiers') {
    const totals = entry.tierTotals.subjects[subjectId] ?? emptySubjectTotals();
    const { outcomeShares, ...measures } = tierMeasures(totals, entry.counts, rules);
    const result: GroupSubjectResult = { groupId: entry.group.id, ...measures, sheet: null, included: false };
    return { result, shares: outcomeShares };
  }
  const counts = entry.sheetCounts[subjectId] ?? { totals: [], abstain: 0, void: 0 };
  const sheet = sheetScore(counts.totals, rules.trimExtremes);
  if (rules.trimExtremes && sheet.totals.length > 0 && sheet.totals.length < MIN_TOTALS_TO_TRIM) {
    notes.push(
      `${groupPrefix(entry.group, rules)}有效评分仅 ${sheet.totals.length} 份，不足 ${MIN_TOTALS_TO_TRIM} 份，` +
        '未去掉最高分和最低分',
    );
  }
  const result: GroupSubjectResult = {
    groupId: entry.group.id,
    tierCounts: { ...NO_TIERS },
    abstain: counts.abstain,
    void: counts.void,
    valid: sheet.totals.length,
    unknown: 0,
    denominator: sheet.used,
    satisfactionRate: null,
    satisfiedRate: null,
    score: sheet.score,
    outcomeDenominator: null,
    outcome: null,
    sheet,
    included: false,
  };
  return { result, shares: null };
}

function groupValues(
  entries: readonly GroupEntry[],
  pick: (index: number) => Fraction | null | undefined,
): GroupValue[] {
  return entries.map((entry, index) => ({
    groupId: entry.group.id,
    name: entry.group.name,
    weight: fromDecimal(entry.group.weight),
    value: countable(entry) > 0 ? (pick(index) ?? null) : null,
  }));
}

function compositeOutcome(
  entries: readonly GroupEntry[],
  shares: readonly (Partial<Record<ScoredTierId, Fraction>> | null)[],
  rules: RoundRules,
): ScoredTierId | null {
  if (rules.form !== 'tiers' || rules.outcomeDenominator === null) return null;
  const combined: Partial<Record<ScoredTierId, Fraction>> = {};
  for (const tier of positiveTiers(rules.tiers)) {
    const value = combine(groupValues(entries, (index) => shares[index]?.[tier])).value;
    if (value === null) return null;
    combined[tier] = value;
  }
  return outcomeFromShares(combined, rules);
}

function subjectResult(
  subject: { id: string; name: string },
  entries: readonly GroupEntry[],
  rules: RoundRules,
): SubjectResult {
  const notes: string[] = [];
  const parts = entries.map((entry) => groupResult(entry, subject.id, rules, notes));
  const groups = parts.map((part) => part.result);
  const scores = groupValues(entries, (index) => groups[index]?.score);
  const score = combine(scores);
  for (const group of groups) group.included = group.groupId in score.weights;
  const withBallots = entries.filter((entry) => countable(entry) > 0).map((entry) => entry.group.id);
  const dropped = score.leftOut.filter((id) => withBallots.includes(id));
  if (rules.groups.length > 1 && dropped.length > 0 && score.value !== null) {
    const names = entries
      .filter((entry) => dropped.includes(entry.group.id))
      .map((entry) => entry.group.name);
    notes.push(
      `${names.join('、')}对该测评对象无有效票，未计入综合结果；其余各组权重按比例调整为` +
        describeWeights(scores, score.weights),
    );
  }
  if (score.value === null) {
    const weightless = Object.keys(score.weights).length === 0 && scores.some((item) => item.value !== null);
    notes.push(
      weightless
        ? '计入的测评组权重均为 0，无法计算综合结果，不参加排名'
        : rules.form === 'tiers'
          ? '没有有效票（或分母为 0），满意率和得分无法计算，不参加排名'
          : '没有有效评分，得分无法计算，不参加排名',
    );
  }
  const rate = combine(groupValues(entries, (index) => groups[index]?.satisfactionRate));
  const satisfied = combine(groupValues(entries, (index) => groups[index]?.satisfiedRate));
  return {
    subjectId: subject.id,
    name: subject.name,
    groups,
    score: score.value,
    satisfactionRate: rate.value,
    satisfiedRate: satisfied.value,
    outcome: compositeOutcome(
      entries,
      parts.map((part) => part.shares),
      rules,
    ),
    weights: score.weights,
    satisfiedVotes: groups.reduce((total, group) => total + group.tierCounts.satisfied, 0),
    unsatisfiedVotes: groups.reduce((total, group) => total + group.tierCounts.unsatisfied, 0),
    rank: null,
    bottom: false,
    notes,
  };
}

function roundNotes(entries: readonly GroupEntry[], rules: RoundRules): string[] {
  if (rules.groups.length < 2) return [];
  const present = groupValues(entries, () => frac(1));
  const empty = present.filter((item) => item.value === null).map((item) => item.name);
  if (empty.length === 0) return [];
  if (empty.length === entries.length) return ['各测评组均未收回有效测评票'];
  const { weights } = combine(present);
  return [
    `${empty.join('、')}未收回有效测评票，综合结果未计入；其余各组权重按比例调整为` +
      describeWeights(present, weights),
  ];
}

function summary(entry: GroupEntry): GroupSummary {
  return {
    groupId: entry.group.id,
    name: entry.group.name,
    weight: entry.group.weight,
    counts: entry.counts,
    entry: entry.entry,
    entered: entry.entered,
    wholeVoid: entry.wholeVoid,
    ballots: countable(entry),
  };
}

function notCounted(status: TallyStatus, problems: string[], input: TallyInput): RoundResult {
  const rules = describeRules(input.rules, { subjects: input.subjects.length });
  return { status, problems, notes: [], groups: [], subjects: [], rules };
}

/** Counts a round. Pure: the same input (in any order, with any ballot ids) gives the same result. */
export function tally(input: TallyInput): RoundResult {
  const { rules } = input;
  const ruleErrors = Object.values(validateRules(rules)).filter((message) => message !== undefined);
  if (ruleErrors.length > 0) return notCounted('invalid', ruleErrors, input);
  const round = checkRound(rules, input.counts);
  if (round.status !== 'ok') return notCounted(round.status, round.problems, input);
  const entryCheck = checkEntries(input);
  if (entryCheck.invalid.length > 0) return notCounted('invalid', entryCheck.invalid, input);
  const entries = rules.groups.map((group) => {
    const counts = input.counts[group.id];
    if (!counts) throw new Error(`checked above: counts of ${group.id}`);
    return aggregateGroup(input, group, counts);
  });
  const subjects = input.subjects.map((subject) => subjectResult(subject, entries, rules));
  const rankBy = rules.form === 'tiers' ? rules.rankBy : 'score';
  const ranked = rankSubjects(
    subjects.map((subject) => ({
      subjectId: subject.subjectId,
      name: subject.name,
      key: rankBy === 'score' ? subject.score : subject.satisfactionRate,
      satisfiedVotes: subject.satisfiedVotes,
      unsatisfiedVotes: subject.unsatisfiedVotes,
    })),
    {
      tieBreaker: rules.tieBreaker && rules.form === 'tiers',
      bottomN: rules.bottomN,
      roundTo: rules.rankByPrintedValue ? rules.decimals + (rankBy === 'score' ? 0 : 2) : null,
    },
  );
  const byId = new Map(subjects.map((subject) => [subject.subjectId, subject]));
  const ordered = ranked.flatMap(({ subjectId, rank, bottom }) => {
    const subject = byId.get(subjectId);
    return subject ? [{ ...subject, rank, bottom }] : [];
  });
  const incomplete = entryCheck.missing.length > 0;
  return {
    status: incomplete ? 'incomplete' : 'counted',
    problems: entryCheck.missing,
    notes: roundNotes(entries, rules),
    groups: entries.map(summary),
    subjects: ordered,
    rules: describeRules(rules, { subjects: input.subjects.length }),
  };
}
