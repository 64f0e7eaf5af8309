// Properties that must hold for any round: fast-check generates the rounds.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TierBallot } from './ballots';
import type { TallyInput } from './entries';
import { canonicalBallotSet } from './fingerprint';
import { compare, frac, type Fraction } from './fraction';
import type { RoundResult } from './result';
import type { GroupCounts } from './round';
import { defaultRules, type Denominator, type RoundRules } from './rules';
import { tally } from './tally';
import { ballotTiers, type TierId, type TierScheme } from './tiers';
import { totalsFromBallots } from './totals';

const WEIGHTS: Record<number, number[]> = { 1: [1], 2: [0.6, 0.4], 3: [0.5, 0.3, 0.2] };
const DENOMINATORS: Denominator[] = ['entitled', 'present', 'returned', 'valid'];

function makeRules(
  scheme: TierScheme,
  allowUnknown: boolean,
  denominator: Denominator,
  groups: number,
): RoundRules {
  const rules = defaultRules();
  return {
    ...rules,
    tiers: { ...rules.tiers, scheme, allowUnknown },
    denominator,
    groups: (WEIGHTS[groups] ?? [1]).map((weight, index) => ({
      id: `g${index}`,
      name: `组${index}`,
      weight,
    })),
  };
}

const settingsArb = fc.record({
  scheme: fc.constantFrom<TierScheme>('three', 'four'),
  allowUnknown: fc.boolean(),
  denominator: fc.constantFrom(...DENOMINATORS),
  groups: fc.integer({ min: 1, max: 3 }),
  subjects: fc.integer({ min: 1, max: 4 }),
});

/** What one subject's boxes show: mostly one tick, sometimes none or several. */
function marksArb(allowed: readonly TierId[]) {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...allowed).map((tier) => [tier]) },
    { weight: 1, arbitrary: fc.subarray([...allowed]) },
  );
}

/** Counts around the returned ballots, with a quorum: returned ≤ issued ≤ present ≤ entitled < 2 × present. */
const slackArb = fc.tuple(fc.nat(2), fc.nat(2), fc.nat(10));

function countsFor(returned: number, [extraIssued, extraPresent, extraEntitled]: [number, number, number]) {
  const issued = returned + extraIssued;
  const present = issued + extraPresent + 1;
  return { entitled: present + (extraEntitled % present), present, issued, returned };
}

const inputArb: fc.Arbitrary<TallyInput> = settingsArb.chain((settings) => {
  const rules = makeRules(settings.scheme, settings.allowUnknown, settings.denominator, settings.groups);
  const subjects = Array.from({ length: settings.subjects }, (_, index) => ({
    id: `s${index}`,
    name: `单位${index}`,
  }));
  const allowed = ballotTiers(rules.tiers);
  const ballotArb = fc.record({
    group: fc.integer({ min: 0, max: settings.groups - 1 }),
    wholeVoid: fc.nat(9).map((n) => n === 0),
    marks: fc.tuple(...subjects.map(() => marksArb(allowed))),
  });
  return fc
    .tuple(fc.array(ballotArb, { maxLength: 25 }), fc.array(slackArb, { minLength: 3, maxLength: 3 }))
    .map(([raw, slack]): TallyInput => {
      const ballots: TierBallot[] = raw.map((item, index) => ({
        form: 'tiers',
        id: `b${index}`,
        groupId: `g${item.group}`,
        wholeVoid: item.wholeVoid,
        marks: Object.fromEntries(subjects.map((subject, s) => [subject.id, item.marks[s] ?? []])),
      }));
      const counts: Record<string, GroupCounts> = {};
      rules.groups.forEach((group, index) => {
        const returned = ballots.filter((ballot) => ballot.groupId === group.id).length;
        counts[group.id] = countsFor(returned, slack[index] ?? [0, 0, 0]);
      });
      return { rules, subjects, counts, ballots, totals: [] };
    });
});

function within(value: Fraction | null, low: Fraction, high: Fraction): boolean {
  return value === null || (compare(value, low) >= 0 && compare(value, high) <= 0);
}

function subjectsOf(result: RoundResult) {
  return result.subjects;
}

describe('properties of a tally', () => {
  it('is counted for every generated round', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(tally(input).status).toBe('counted');
      }),
    );
  });

  it('does not depend on the order of ballots or subjects, nor on ballot ids (result and fingerprint)', () => {
    const withOrder = inputArb.chain((input) =>
      fc.tuple(
        fc.constant(input),
        fc.shuffledSubarray([...input.ballots], {
          minLength: input.ballots.length,
          maxLength: input.ballots.length,
        }),
        fc.shuffledSubarray([...input.subjects], {
          minLength: input.subjects.length,
          maxLength: input.subjects.length,
        }),
      ),
    );
    fc.assert(
      fc.property(withOrder, ([input, ballots, subjects]) => {
        const renamed = ballots.map((ballot, index) => ({ ...ballot, id: `x${index * 7}` }));
        const other = { ...input, ballots: renamed, subjects };
        expect(tally(other)).toEqual(tally(input));
        expect(canonicalBallotSet(other)).toBe(canonicalBallotSet(input));
        expect(canonicalBallotSet(other, 1)).toBe(canonicalBallotSet(input, 1));
      }),
    );
  });

  it('counts every ballot that counts once per subject: tiers + 弃权 + 无效 = returned − wholly void', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = tally(input);
        for (const subject of subjectsOf(result)) {
          subject.groups.forEach((group, index) => {
            const summary = result.groups[index];
            const tiers = Object.values(group.tierCounts).reduce((a, b) => a + b, 0);
            expect(tiers + group.abstain + group.void).toBe(summary?.ballots);
            expect(group.valid + group.unknown + group.abstain + group.void).toBe(summary?.ballots);
            expect(summary?.ballots).toBe((summary?.counts.returned ?? 0) - (summary?.wholeVoid ?? 0));
          });
        }
      }),
    );
  });

  it('keeps rates in [0, 1] and scores in [0, 100], or null', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const subject of subjectsOf(tally(input))) {
          for (const item of [subject, ...subject.groups]) {
            expect(within(item.satisfactionRate, frac(0), frac(1))).toBe(true);
            expect(within(item.satisfiedRate, frac(0), frac(1))).toBe(true);
            expect(within(item.score, frac(0), frac(100))).toBe(true);
          }
        }
      }),
    );
  });

  it('gives the same result from hand-counted totals as from the ballots', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const totals = input.rules.groups.map((group) =>
          totalsFromBallots(group.id, input.ballots, input.subjects),
        );
        expect(tally({ ...input, ballots: [], totals }).subjects).toEqual(tally(input).subjects);
      }),
    );
  });

  // Holds for all four denominators: with 有效 and 收回 one more vote enters numerator and denominator
  // ((p + 1) ÷ (v + 1) ≥ p ÷ v because p ≤ v); with 实到 and 应到 the denominator grows only when the extra ballot
  // needs one more person present (same argument), and the 满意 points are the highest (validateRules).
  // The composite only rises when the group already had a value for the subject, so that is what is checked.
  it('never lowers a rate or a score when one more 满意 ballot is added', () => {
    const withExtra = inputArb.chain((input) =>
      fc.tuple(
        fc.constant(input),
        fc.integer({ min: 0, max: input.rules.groups.length - 1 }),
        fc.integer({ min: 0, max: input.subjects.length - 1 }),
      ),
    );
    fc.assert(
      fc.property(withExtra, ([input, groupIndex, subjectIndex]) => {
        const group = input.rules.groups[groupIndex];
        const subject = input.subjects[subjectIndex];
        const counts = group && input.counts[group.id];
        if (!group || !subject || !counts) throw new Error('generated indexes are in range');
        const returned = counts.returned + 1;
        const issued = Math.max(counts.issued, returned);
        const present = Math.max(counts.present, issued);
        const entitled = Math.max(counts.entitled, present);
        const extra: TierBallot = {
          form: 'tiers',
          id: 'extra',
          groupId: group.id,
          wholeVoid: false,
          marks: { [subject.id]: ['satisfied'] },
        };
        const after = tally({
          ...input,
          counts: { ...input.counts, [group.id]: { entitled, present, issued, returned } },
          ballots: [...input.ballots, extra],
        });
        const before = tally(input);
        const pick = (result: RoundResult) => result.subjects.find((item) => item.subjectId === subject.id);
        const [old, now] = [pick(before), pick(after)];
        const [oldGroup, newGroup] = [old?.groups[groupIndex], now?.groups[groupIndex]];
        expect(after.status).toBe('counted');
        const notLower = (a: Fraction | null | undefined, b: Fraction | null | undefined) =>
          a === null || a === undefined || (b !== null && b !== undefined && compare(b, a) >= 0);
        expect(notLower(oldGroup?.satisfactionRate, newGroup?.satisfactionRate)).toBe(true);
        expect(notLower(oldGroup?.satisfiedRate, newGroup?.satisfiedRate)).toBe(true);
        expect(notLower(oldGroup?.score, newGroup?.score)).toBe(true);
        if (oldGroup?.included) {
          expect(notLower(old?.score, now?.score)).toBe(true);
          expect(notLower(old?.satisfactionRate, now?.satisfactionRate)).toBe(true);
        }
      }),
    );
  });
});
