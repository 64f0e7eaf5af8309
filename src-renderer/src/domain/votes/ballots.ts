// Ballots as entered: what the paper shows. countTierMark and countSheetMark say how each mark counts.

import type { Criterion, RoundRules } from './rules';
import { countSheetMark, type SheetMark } from './sheets';
import { ballotTiers, TIER_LABELS, TIER_ORDER, type TierId } from './tiers';

export interface Subject {
  id: string;
  name: string;
}

/** A satisfaction ballot. `marks`: subject id → the boxes ticked; a missing subject means nothing ticked. */
export interface TierBallot {
  form: 'tiers';
  /** Random, from the caller; never affects a result or the fingerprint. */
  id: string;
  groupId: string;
  /** Torn, unreadable, not the official form: counts for no subject (废票). */
  wholeVoid: boolean;
  marks: Readonly<Record<string, readonly TierId[]>>;
}

/** A score sheet. `marks`: subject id → criterion id → points written (null or missing: blank). */
export interface ScoreBallot {
  form: 'scoreSheet';
  id: string;
  groupId: string;
  wholeVoid: boolean;
  marks: Readonly<Record<string, SheetMark>>;
}

export type Ballot = TierBallot | ScoreBallot;

/** How one subject's boxes count: exactly one ticked → that tier; none → 弃权; more than one → 无效. */
export type TierMarkCount = { kind: 'tier'; tier: TierId } | { kind: 'abstain' } | { kind: 'void' };

export function countTierMark(ticked: readonly TierId[] | undefined): TierMarkCount {
  const tier = tickedTier(ticked);
  if (tier === null) return { kind: 'abstain' };
  return tier === MANY ? { kind: 'void' } : { kind: 'tier', tier };
}

/** tickedTier's answer for more than one distinct tier. */
export const MANY = 'many';

/**
 * countTierMark without allocating, for loops over every mark of a round: null when nothing is ticked, the tier
 * when one distinct tier is, MANY when more are.
 */
export function tickedTier(ticked: readonly TierId[] | undefined): TierId | null | typeof MANY {
  if (ticked === undefined || ticked.length === 0) return null;
  const first = ticked[0]!;
  for (let index = 1; index < ticked.length; index += 1) if (ticked[index] !== first) return MANY;
  return first;
}

/** The Chinese word for how a mark counts, for the entry screen: 满意 / 弃权 / 无效（多选）. */
export function tierMarkLabel(count: TierMarkCount): string {
  if (count.kind === 'tier') return TIER_LABELS[count.tier];
  return count.kind === 'abstain' ? '弃权' : '无效（多选）';
}

export function emptyBallot(form: 'tiers', id: string, groupId: string): TierBallot;
export function emptyBallot(form: 'scoreSheet', id: string, groupId: string): ScoreBallot;
export function emptyBallot(form: Ballot['form'], id: string, groupId: string): Ballot {
  return { form, id, groupId, wholeVoid: false, marks: {} };
}

/** Ticks or unticks one box (paper entry: a click per tick seen on the paper). Ticks stay in TIER_ORDER. */
export function toggleTier(ballot: TierBallot, subjectId: string, tier: TierId): TierBallot {
  const current = ballot.marks[subjectId] ?? [];
  const next = current.includes(tier) ? current.filter((t) => t !== tier) : [...current, tier];
  const sorted = TIER_ORDER.filter((t) => next.includes(t));
  return { ...ballot, marks: { ...ballot.marks, [subjectId]: sorted } };
}

/** Writes (or clears, with null) one criterion's points for one subject. */
export function setPoints(
  ballot: ScoreBallot,
  subjectId: string,
  criterionId: string,
  points: number | null,
): ScoreBallot {
  const mark = { ...ballot.marks[subjectId], [criterionId]: points };
  return { ...ballot, marks: { ...ballot.marks, [subjectId]: mark } };
}

export interface BallotSummary {
  counted: number;
  abstain: number;
  void: number;
}

/** How the ballot's subjects count, for a confirmation line ("已评 4 个，弃权 1 个"). A wholly void ballot: 0/0/0. */
export function summarizeBallot(
  ballot: Ballot,
  subjects: readonly Subject[],
  criteria: readonly Criterion[],
): BallotSummary {
  const summary: BallotSummary = { counted: 0, abstain: 0, void: 0 };
  if (ballot.wholeVoid) return summary;
  for (const subject of subjects) {
    const kind =
      ballot.form === 'tiers'
        ? countTierMark(ballot.marks[subject.id]).kind
        : countSheetMark(ballot.marks[subject.id], criteria).kind;
    if (kind === 'abstain') summary.abstain += 1;
    else if (kind === 'void') summary.void += 1;
    else summary.counted += 1;
  }
  return summary;
}

/**
 * Entry errors (not paper errors): a ballot of the wrong form, an unknown group, subject, tier or criterion, a
 * point that is not a number. A mark the paper really shows (two ticks, 30 in a 25 box) is not an error: it counts
 * as 无效 for that subject.
 */
export function validateBallot(ballot: Ballot, rules: RoundRules, subjects: readonly Subject[]): string[] {
  return ballotValidator(rules, subjects)(ballot);
}

/**
 * validateBallot for many ballots of one round: the sets of groups, subjects, tiers and criteria are built once.
 * Gives exactly validateBallot's problems, in the same order.
 */
export function ballotValidator(
  rules: RoundRules,
  subjects: readonly Subject[],
): (ballot: Ballot) => string[] {
  const groupIds = new Set(rules.groups.map((group) => group.id));
  const subjectIds = new Set(subjects.map((subject) => subject.id));
  const allowed = new Set<string>(ballotTiers(rules.tiers));
  const criterionIds = new Set(rules.criteria.map((criterion) => criterion.id));
  return (ballot) => {
    if (ballot.form !== rules.form) return ['测评票的形式与本轮测评形式不一致'];
    const problems: string[] = [];
    if (!groupIds.has(ballot.groupId)) problems.push('测评票所属的测评组不存在');
    // One pass over the keys: Object.values and for...in are slow on objects with many keys (160 units).
    const ids = Object.keys(ballot.marks);
    let foreignSubject = false;
    let odd: Set<string> | null = null;
    for (let index = 0; index < ids.length; index += 1) {
      const id = ids[index]!;
      if (!subjectIds.has(id)) foreignSubject = true;
      if (ballot.form !== 'tiers') continue;
      const ticks = ballot.marks[id]!;
      for (let tick = 0; tick < ticks.length; tick += 1) {
        if (!allowed.has(ticks[tick]!)) (odd ??= new Set()).add(ticks[tick]!);
      }
    }
    if (foreignSubject) problems.push('测评票中有不属于本轮的测评对象');
    if (ballot.form === 'tiers') {
      if (odd !== null) problems.push(...tierProblems(odd));
    } else problems.push(...sheetProblems(ballot.marks, criterionIds));
    return problems;
  };
}

/** Problems of the ticks outside the ballot's boxes (rare: only those are collected). */
function tierProblems(odd: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const tier of TIER_ORDER) {
    if (odd.has(tier)) problems.push(`“${TIER_LABELS[tier]}”不是本轮测评票上的档次`);
  }
  if ([...odd].some((tier) => !(TIER_ORDER as readonly string[]).includes(tier))) {
    problems.push('测评票中有未知的档次');
  }
  return problems;
}

function sheetProblems(marks: ScoreBallot['marks'], criterionIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const values = Object.values(marks);
  if (values.some((mark) => Object.keys(mark).some((id) => !criterionIds.has(id)))) {
    problems.push('评分表中有不存在的评分项目');
  }
  const points = values.flatMap((mark) => Object.values(mark));
  if (points.some((value) => value !== null && !Number.isFinite(value))) {
    problems.push('评分必须是数字');
  }
  return problems;
}
