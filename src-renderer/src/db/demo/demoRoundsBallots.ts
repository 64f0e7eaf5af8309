// Paper ballots for the demo evaluation, generated from a fixed seed: most units mostly 满意, three weaker units
// with more 基本满意 and 不满意 so the bottom three are clear, and a few blanks and one double mark.

import type { TierBallot } from '../../domain/votes/ballots';
import type { GroupCounts } from '../../domain/votes/round';
import type { TierId } from '../../domain/votes/tiers';

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). The same seed gives the same demo on every machine. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const DEMO_SEED = 20221130;

/** Chance of 满意 and of 基本满意 per unit (the rest is 不满意); units not listed are strong. */
const STRONG = { satisfied: 0.86, basic: 0.12 };
export const DEMO_UNIT_PROFILES: Readonly<Record<string, { satisfied: number; basic: number }>> = {
  'administrative-approval': { satisfied: 0.92, basic: 0.08 },
  taxation: { satisfied: 0.9, basic: 0.09 },
  'market-regulation': { satisfied: 0.8, basic: 0.17 },
  transport: { satisfied: 0.76, basic: 0.2 },
  'industrial-park': { satisfied: 0.78, basic: 0.18 },
  // The three weaker units: slow approvals, land and utility connections are the usual complaints.
  housing: { satisfied: 0.5, basic: 0.34 },
  'natural-resources': { satisfied: 0.46, basic: 0.36 },
  'power-supply': { satisfied: 0.4, basic: 0.38 },
};

export const DEMO_WEAK_UNITS = ['housing', 'natural-resources', 'power-supply'];

/** Per rater group: 应到 = the group's people in the demo directory; 实到 ≤ 应到; 发出 = 实到; 收回 ≤ 发出. */
export const DEMO_GROUP_COUNTS: Readonly<Record<string, GroupCounts>> = {
  members: { entitled: 28, present: 25, issued: 25, returned: 25 },
  deputies: { entitled: 20, present: 18, issued: 18, returned: 17 },
  clients: { entitled: 8, present: 7, issued: 7, returned: 7 },
};

function draw(random: () => number, profile: { satisfied: number; basic: number }): TierId {
  const r = random();
  if (r < profile.satisfied) return 'satisfied';
  return r < profile.satisfied + profile.basic ? 'basic' : 'unsatisfied';
}

/**
 * The returned ballots of every group. `subjects` pairs each subject id with its unit key, in printed order.
 * Ballots get ids from `newId`; which boxes are ticked depends only on the seed.
 */
export function demoBallots(
  subjects: readonly { id: string; unitKey: string }[],
  newId: () => string,
): TierBallot[] {
  const random = mulberry32(DEMO_SEED);
  const ballots: TierBallot[] = [];
  for (const [groupId, counts] of Object.entries(DEMO_GROUP_COUNTS)) {
    for (let n = 0; n < counts.returned; n += 1) {
      const marks: Record<string, TierId[]> = {};
      for (const subject of subjects) {
        marks[subject.id] = [draw(random, DEMO_UNIT_PROFILES[subject.unitKey] ?? STRONG)];
      }
      ballots.push({ form: 'tiers', id: newId(), groupId, wholeVoid: false, marks });
    }
  }
  // What real paper looks like: three subjects left blank (弃权) and one ticked twice (无效).
  const blank = (ballot: number, subject: number) => {
    const id = subjects[subject]?.id;
    const target = ballots[ballot];
    if (id && target) target.marks = { ...target.marks, [id]: [] };
  };
  blank(3, 6);
  blank(30, 11);
  blank(44, 2);
  const double = ballots[12];
  const doubled = subjects[9]?.id;
  if (double && doubled) double.marks = { ...double.marks, [doubled]: ['satisfied', 'basic'] };
  return ballots;
}
