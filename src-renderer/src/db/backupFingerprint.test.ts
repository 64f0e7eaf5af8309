// The restore's fingerprint check passes the ballots as stored (with roundId and paperNo) to the fingerprint:
// both formats must give the same text for them as for the ballots without those fields.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ballot } from '../domain/votes/ballots';
import { canonicalBallotSet } from '../domain/votes/fingerprint';
import { defaultRules } from '../domain/votes/rules';
import { TIER_ORDER, type TierId } from '../domain/votes/tiers';
import type { BallotRecord } from './database';

const SUBJECTS = ['a', 'b', 'unit-满意'];
const tierArb: fc.Arbitrary<Ballot> = fc.record({
  form: fc.constant('tiers' as const),
  id: fc.string({ maxLength: 3 }),
  groupId: fc.constantFrom('g0', 'g1'),
  wholeVoid: fc.boolean(),
  marks: fc.dictionary(
    fc.constantFrom(...SUBJECTS),
    fc.array(fc.constantFrom<TierId>(...TIER_ORDER), { maxLength: 2 }),
    { maxKeys: 3 },
  ),
});
const sheetArb: fc.Arbitrary<Ballot> = fc.record({
  form: fc.constant('scoreSheet' as const),
  id: fc.string({ maxLength: 3 }),
  groupId: fc.constantFrom('g0', 'g1'),
  wholeVoid: fc.boolean(),
  marks: fc.dictionary(
    fc.constantFrom(...SUBJECTS),
    fc.dictionary(fc.constantFrom('c1', 'c2'), fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 9 }))),
    { maxKeys: 2 },
  ),
});

describe('fingerprints of ballots as stored', () => {
  it('ignore the roundId and paperNo a stored ballot carries, in both formats', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(tierArb, sheetArb), { maxLength: 6 }),
        fc.string({ minLength: 1, maxLength: 4 }),
        fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 500 })),
        (ballots, roundId, paperNo) => {
          const stored: BallotRecord[] = ballots.map((ballot) => ({ ...ballot, roundId, paperNo }));
          const input = (list: readonly Ballot[]) => ({
            rules: defaultRules(),
            subjects: SUBJECTS.map((id) => ({ id, name: id })),
            counts: { g0: { entitled: 9, present: 9, issued: 9, returned: 9 } },
            ballots: list,
            totals: [],
          });
          for (const version of [1, 2] as const) {
            expect(canonicalBallotSet(input(stored), version)).toBe(
              canonicalBallotSet(input(ballots), version),
            );
          }
        },
      ),
    );
  });
});
