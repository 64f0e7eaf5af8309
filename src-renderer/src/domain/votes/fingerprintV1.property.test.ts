// The fast construction of the fingerprint's canonical text gives the very bytes of the generic one (published
// rounds store fingerprints of those bytes: they must keep verifying).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ballot, TierBallot } from './ballots';
import {
  ballotEncoder,
  canonicalBallotBytes,
  canonicalBallotSetV1 as canonicalBallotSet,
  slowCanonicalBallot,
} from './fingerprintV1';
import { defaultRules } from './rules';
import { TIER_ORDER, type TierId } from './tiers';

const SUBJECT_IDS = ['a', 'b', '10', '2', 'unit-满意', 'Z'];
const tickArb = fc.constantFrom<string>(...TIER_ORDER, 'great') as fc.Arbitrary<TierId>;
const tierBallotArb: fc.Arbitrary<TierBallot> = fc.record({
  form: fc.constant('tiers' as const),
  id: fc.string(),
  groupId: fc.constantFrom('g0', 'g1', '组"2'),
  wholeVoid: fc.boolean(),
  marks: fc.dictionary(fc.constantFrom(...SUBJECT_IDS), fc.array(tickArb, { maxLength: 4 })),
});
const sheetBallotArb: fc.Arbitrary<Ballot> = fc.record({
  form: fc.constant('scoreSheet' as const),
  id: fc.string(),
  groupId: fc.constantFrom('g0', 'g1'),
  wholeVoid: fc.boolean(),
  marks: fc.dictionary(
    fc.constantFrom(...SUBJECT_IDS),
    fc.dictionary(fc.constantFrom('c1', 'c2'), fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 30 }))),
  ),
});
// Runs of ballots with the same keys in the same order (what a round holds), mixed with others.
const ballotsArb = fc
  .array(fc.tuple(fc.oneof(tierBallotArb, sheetBallotArb), fc.integer({ min: 1, max: 3 })), { maxLength: 12 })
  .map((runs) => runs.flatMap(([ballot, times]) => Array.from({ length: times }, () => ballot)));

describe('fingerprint v1 fast construction', () => {
  it('encodes every ballot exactly as the generic construction does', () => {
    fc.assert(
      fc.property(ballotsArb, (ballots) => {
        const encode = ballotEncoder();
        expect(ballots.map((ballot) => encode(ballot))).toEqual(ballots.map(slowCanonicalBallot));
      }),
      { numRuns: 500 },
    );
  });

  it('hashes the UTF-8 bytes of the canonical text', () => {
    fc.assert(
      fc.property(ballotsArb, (ballots) => {
        const input = {
          rules: defaultRules(),
          subjects: SUBJECT_IDS.map((id) => ({ id, name: id })),
          counts: { g0: { entitled: 9, present: 9, issued: 9, returned: 9 } },
          ballots,
          totals: [],
        };
        expect(canonicalBallotBytes(input)).toEqual(new TextEncoder().encode(canonicalBallotSet(input)));
      }),
      { numRuns: 150 },
    );
  });
});
