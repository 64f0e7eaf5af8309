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
  const distinct = [...new Set(ticked ?? [])];
  const [only] = distinct;
  if (only === undefined) return { kind: 'abstain' };
  return distinct.length === 1 ? { kind: 'tier', tier: only } : { kind: 'void' };
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
  const problems: string[] = [];
  if (ballot.form !== rules.form) return ['测评票的形式与本轮测评形式不一致'];
  if (!rules.groups.some((group) => group.id === ballot.groupId)) problems.push('测评票所属的测评组不存在');
  const subjectIds = new Set(subjects.map((subject) => subject.id));
  if (Object.keys(ballot.marks).some((id) => !subjectIds.has(id))) {
    problems.push('测评票中有不属于本轮的测评对象');
  }
  if (ballot.form === 'tiers') {
    const allowed = ballotTiers(rules.tiers);
    const ticked = new Set(Object.values(ballot.marks).flat());
    for (const tier of TIER_ORDER) {
      if (ticked.has(tier) && !allowed.includes(tier)) {
        problems.push(`“${TIER_LABELS[tier]}”不是本轮测评票上的档次`);
      }
    }
    if ([...ticked].some((tier) => !TIER_ORDER.includes(tier))) problems.push('测评票中有未知的档次');
  } else {
    const criterionIds = new Set(rules.criteria.map((criterion) => criterion.id));
    const marks = Object.values(ballot.marks);
    if (marks.some((mark) => Object.keys(mark).some((id) => !criterionIds.has(id)))) {
      problems.push('评分表中有不存在的评分项目');
    }
    const values = marks.flatMap((mark) => Object.values(mark));
    if (values.some((points) => points !== null && !Number.isFinite(points))) {
      problems.push('评分必须是数字');
    }
  }
  return problems;
}
