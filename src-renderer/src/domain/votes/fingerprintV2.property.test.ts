// Format v2 sees exactly what v1 sees: two rounds' evidence gives equal v2 texts exactly when it gives equal v1
// texts. Whatever v1 treats as the same paper (order of ballots, subjects, groups and mark keys; ballot ids; a
// blank subject or a missing one; repeated ticks; marks on a wholly void ballot) v2 does too, and any change v1
// tells apart (one mark, one count, one rule, a group, a subject) v2 tells apart.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ballot, TierBallot } from './ballots';
import type { TallyInput } from './entries';
import { canonicalBallotSetV1 } from './fingerprintV1';
import { canonicalBallotSetV2 } from './fingerprintV2';
import { defaultRules } from './rules';
import { TIER_ORDER, type TierId } from './tiers';
import type { GroupTotals } from './totals';

const SUBJECT_IDS = ['a', 'b', '10', 'unit-满意'];
const MARK_KEYS = [...SUBJECT_IDS, 'stray'];
const GROUP_IDS = ['g0', 'g1', '组"2'];
const tickArb = fc.constantFrom<string>(...TIER_ORDER, 'great') as fc.Arbitrary<TierId>;
const ticksArb = fc.oneof(
  { weight: 4, arbitrary: tickArb.map((tick) => [tick]) },
  { weight: 1, arbitrary: fc.array(tickArb, { maxLength: 3 }) },
);
const voidArb = fc.oneof(
  { weight: 4, arbitrary: fc.constant(false) },
  { weight: 1, arbitrary: fc.constant(true) },
);
const tierBallotArb: fc.Arbitrary<Ballot> = fc.record({
  form: fc.constant('tiers' as const),
  id: fc.string({ maxLength: 3 }),
  groupId: fc.constantFrom(...GROUP_IDS),
  wholeVoid: voidArb,
  marks: fc.dictionary(fc.constantFrom(...MARK_KEYS), ticksArb, { maxKeys: 4 }),
});
const sheetBallotArb: fc.Arbitrary<Ballot> = fc.record({
  form: fc.constant('scoreSheet' as const),
  id: fc.string({ maxLength: 3 }),
  groupId: fc.constantFrom(...GROUP_IDS),
  wholeVoid: voidArb,
  marks: fc.dictionary(
    fc.constantFrom(...SUBJECT_IDS),
    fc.dictionary(fc.constantFrom('c1', 'c2'), fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 3 }))),
    { maxKeys: 2 },
  ),
});
const ballotArb = fc.oneof({ weight: 5, arbitrary: tierBallotArb }, { weight: 1, arbitrary: sheetBallotArb });
const countsArb = fc.dictionary(
  fc.constantFrom(...GROUP_IDS),
  fc.record({
    entitled: fc.integer({ min: 3, max: 4 }),
    present: fc.constant(3),
    issued: fc.constant(3),
    returned: fc.integer({ min: 2, max: 3 }),
  }),
  { maxKeys: 2 },
);
const totalsArb: fc.Arbitrary<GroupTotals> = fc.record({
  groupId: fc.constantFrom(...GROUP_IDS),
  wholeVoid: fc.nat(1),
  subjects: fc.dictionary(
    fc.constantFrom(...SUBJECT_IDS),
    fc.record({ tiers: fc.record({ basic: fc.nat(2) }), abstain: fc.nat(1), void: fc.constant(0) }),
    { maxKeys: 2 },
  ),
});

const inputArb: fc.Arbitrary<TallyInput> = fc.record({
  rules: fc.record({ bottomN: fc.nat(1), twoGroups: fc.boolean() }).map(({ bottomN, twoGroups }) => {
    const rules = defaultRules();
    const groups = [
      { id: 'g0', name: '组0', weight: twoGroups ? 0.5 : 1 },
      ...(twoGroups ? [{ id: 'g1', name: '组1', weight: 0.5 }] : []),
    ];
    return { ...rules, bottomN, groups };
  }),
  subjects: fc.subarray(SUBJECT_IDS).map((ids) => ids.map((id) => ({ id, name: `单位${id}` }))),
  counts: countsArb,
  ballots: fc.array(ballotArb, { maxLength: 6 }),
  totals: fc.oneof(
    fc.constant([]),
    totalsArb.map((item) => [item]),
  ),
});

/** The same evidence as v1 sees it: everything reordered, ids renamed, blanks added, ticks repeated. */
function sameEvidence(input: TallyInput, order: number[]): TallyInput {
  const ballots = order.map((index): Ballot => {
    const ballot = input.ballots[index]!;
    if (ballot.form !== 'tiers') return { ...ballot, id: `x${index}` };
    const entries = Object.entries(ballot.marks).map(([key, ticks]): [string, TierId[]] => [
      key,
      [...ticks].reverse().concat(ticks.slice(0, 1)),
    ]);
    const blanks = SUBJECT_IDS.filter((id) => !(id in ballot.marks)).map((id): [string, TierId[]] => [
      id,
      [],
    ]);
    const marks = ballot.wholeVoid
      ? { b: ['basic' as const] }
      : Object.fromEntries([...blanks, ...entries.reverse()]);
    const copy: TierBallot = { ...ballot, id: `x${index}`, marks };
    return copy;
  });
  const counts = Object.fromEntries(Object.entries(input.counts).reverse());
  const rules = { ...input.rules, groups: [...input.rules.groups].reverse() };
  return { ...input, rules, counts, ballots, subjects: [...input.subjects].reverse() };
}

const withOrder = inputArb.chain((input) =>
  fc.tuple(
    fc.constant(input),
    fc.shuffledSubarray(
      input.ballots.map((_, index) => index),
      { minLength: input.ballots.length, maxLength: input.ballots.length },
    ),
  ),
);

/** One small change of the evidence; some change nothing v1 sees (a 'great' tick), most do. */
const changedArb = fc
  .tuple(inputArb, fc.nat(5), fc.nat(7), ticksArb, fc.constantFrom(...GROUP_IDS))
  .map(([input, at, kind, ticks, groupId]): [TallyInput, TallyInput] => {
    const ballots = [...input.ballots];
    const index = ballots.length === 0 ? -1 : at % ballots.length;
    const ballot = ballots[index];
    const key = MARK_KEYS[at % MARK_KEYS.length]!;
    const changed = { ...input };
    if (kind === 0 && ballot?.form === 'tiers')
      ballots[index] = { ...ballot, marks: { ...ballot.marks, [key]: ticks } };
    if (kind === 1 && ballot) ballots[index] = { ...ballot, wholeVoid: !ballot.wholeVoid };
    if (kind === 2 && ballot) ballots[index] = { ...ballot, groupId };
    if (kind === 3) ballots.splice(index, 1);
    if (kind === 4 && ballot) ballots.push({ ...ballot, id: 'copy' });
    if (kind === 5)
      changed.counts = { ...input.counts, [groupId]: { entitled: 4, present: 3, issued: 3, returned: 3 } };
    if (kind === 6) changed.rules = { ...input.rules, bottomN: input.rules.bottomN + 1 };
    if (kind === 7) changed.subjects = input.subjects.slice(1);
    return [input, { ...changed, ballots }];
  });

describe('fingerprint v2 against v1', () => {
  it('gives the same text for evidence v1 treats as the same', () => {
    fc.assert(
      fc.property(withOrder, ([input, order]) => {
        const other = sameEvidence(input, order);
        expect(canonicalBallotSetV1(other)).toBe(canonicalBallotSetV1(input));
        expect(canonicalBallotSetV2(other)).toBe(canonicalBallotSetV2(input));
      }),
      { numRuns: 400 },
    );
  });

  it('tells apart exactly the evidence v1 tells apart', () => {
    let told = 0;
    fc.assert(
      fc.property(changedArb, ([input, changed]) => {
        const v1Same = canonicalBallotSetV1(changed) === canonicalBallotSetV1(input);
        const v2Same = canonicalBallotSetV2(changed) === canonicalBallotSetV2(input);
        expect(v2Same).toBe(v1Same);
        if (!v1Same) told += 1;
      }),
      { numRuns: 600 },
    );
    expect(told).toBeGreaterThan(300);
  });

  it('agrees with v1 on unrelated pairs of small rounds', () => {
    const tinyArb = inputArb.map((input) => ({ ...input, ballots: input.ballots.slice(0, 1), totals: [] }));
    fc.assert(
      fc.property(tinyArb, tinyArb, (a, b) => {
        const v1Same = canonicalBallotSetV1(a) === canonicalBallotSetV1(b);
        expect(canonicalBallotSetV2(a) === canonicalBallotSetV2(b)).toBe(v1Same);
      }),
      { numRuns: 600 },
    );
  });
});
