// The fast validation and counting loops give exactly what the plain algorithms they replaced gave. The plain
// algorithms are kept here, word for word, as the reference.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTierMark, validateBallot, type Ballot, type Subject } from './ballots';
import { defaultRules, type RoundRules } from './rules';
import { ballotTiers, TIER_LABELS, TIER_ORDER, type TierId } from './tiers';
import { emptySubjectTotals, totalsFromBallots, type GroupTotals } from './totals';

function referenceValidate(ballot: Ballot, rules: RoundRules, subjects: readonly Subject[]): string[] {
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

function referenceCountTierMark(ticked: readonly TierId[] | undefined): { kind: string; tier?: TierId } {
  const distinct = [...new Set(ticked ?? [])];
  const [only] = distinct;
  if (only === undefined) return { kind: 'abstain' };
  return distinct.length === 1 ? { kind: 'tier', tier: only } : { kind: 'void' };
}

function referenceTotals(
  groupId: string,
  ballots: readonly Ballot[],
  subjects: readonly Subject[],
): GroupTotals {
  const counts = new Map(subjects.map((subject) => [subject.id, emptySubjectTotals()]));
  let wholeVoid = 0;
  for (const ballot of ballots) {
    if (ballot.groupId !== groupId || ballot.form !== 'tiers') continue;
    if (ballot.wholeVoid) {
      wholeVoid += 1;
      continue;
    }
    for (const [subjectId, totals] of counts) {
      const count = referenceCountTierMark(ballot.marks[subjectId]);
      if (count.kind === 'tier') totals.tiers[count.tier!] = (totals.tiers[count.tier!] ?? 0) + 1;
      else totals[count.kind as 'abstain' | 'void'] += 1;
    }
  }
  return { groupId, wholeVoid, subjects: Object.fromEntries(counts) };
}

const SUBJECT_IDS = ['a', 'b', 'c', 'd', 'e'];
// Known tiers, and a few strings that are not tiers at all (an entry error the validation must name).
const tickArb = fc.constantFrom<string>(...TIER_ORDER, 'great', '');
const tierBallotArb = fc.record({
  form: fc.constant('tiers' as const),
  id: fc.string(),
  groupId: fc.constantFrom('g0', 'g1', 'elsewhere'),
  wholeVoid: fc.boolean(),
  marks: fc.dictionary(
    fc.constantFrom(...SUBJECT_IDS, 'foreign'),
    fc.array(tickArb, { maxLength: 4 }) as fc.Arbitrary<TierId[]>,
  ),
});
const sheetBallotArb = fc.record({
  form: fc.constant('scoreSheet' as const),
  id: fc.string(),
  groupId: fc.constantFrom('g0', 'g1', 'elsewhere'),
  wholeVoid: fc.boolean(),
  marks: fc.dictionary(
    fc.constantFrom(...SUBJECT_IDS, 'foreign'),
    fc.dictionary(
      fc.constantFrom('c1', 'c2', 'nope'),
      fc.oneof(fc.constant(null), fc.double(), fc.integer({ min: 0, max: 30 })),
    ),
  ),
});
const ballotArb: fc.Arbitrary<Ballot> = fc.oneof(tierBallotArb, sheetBallotArb);
const roundArb = fc.record({
  form: fc.constantFrom<RoundRules['form']>('tiers', 'scoreSheet'),
  scheme: fc.constantFrom('three' as const, 'four' as const),
  allowUnknown: fc.boolean(),
  subjects: fc.subarray(SUBJECT_IDS),
});

function rulesOf(round: {
  form: RoundRules['form'];
  scheme: 'three' | 'four';
  allowUnknown: boolean;
}): RoundRules {
  const rules = defaultRules();
  return {
    ...rules,
    form: round.form,
    tiers: { ...rules.tiers, scheme: round.scheme, allowUnknown: round.allowUnknown },
    groups: [
      { id: 'g0', name: '组0', weight: 0.5 },
      { id: 'g1', name: '组1', weight: 0.5 },
    ],
    criteria: [
      { id: 'c1', name: '项目一', max: 25 },
      { id: 'c2', name: '项目二', max: 25 },
    ],
  };
}

describe('fast paths equal the plain algorithms', () => {
  it('validateBallot names the same problems in the same order', () => {
    fc.assert(
      fc.property(roundArb, ballotArb, (round, ballot) => {
        const rules = rulesOf(round);
        const subjects = round.subjects.map((id) => ({ id, name: id }));
        expect(validateBallot(ballot, rules, subjects)).toEqual(referenceValidate(ballot, rules, subjects));
      }),
      { numRuns: 2000 },
    );
  });

  it('countTierMark counts every mark the same way', () => {
    fc.assert(
      fc.property(fc.option(fc.array(tickArb, { maxLength: 5 }), { nil: undefined }), (ticked) => {
        const mark = ticked as TierId[] | undefined;
        expect(countTierMark(mark)).toEqual(referenceCountTierMark(mark));
      }),
      { numRuns: 2000 },
    );
  });

  it('totalsFromBallots counts the same totals', () => {
    fc.assert(
      fc.property(
        fc.subarray(SUBJECT_IDS),
        fc.array(ballotArb, { maxLength: 30 }),
        fc.constantFrom('g0', 'g1'),
        (ids, ballots, groupId) => {
          const subjects = ids.map((id) => ({ id, name: id }));
          expect(totalsFromBallots(groupId, ballots, subjects)).toEqual(
            referenceTotals(groupId, ballots, subjects),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });
});
