import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideProjectVote } from './projectDecision';
import { defaultProjectRules } from './projectRules';
import { tallyProjectBallots, type ProjectBallot } from './projectTally';

const IDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];

const ballot = fc.record({
  marks: fc.subarray(IDS),
  void: fc.boolean().map((v) => (v ? true : undefined)),
});
const scenario = fc.record({
  places: fc.integer({ min: 1, max: IDS.length }),
  ballots: fc.array(ballot, { minLength: 0, maxLength: 40 }),
  denominator: fc.constantFrom('valid', 'returned', 'present', 'entitled' as const),
  runoff: fc.boolean(),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function decide(s: Scenario, ballots: readonly ProjectBallot[]) {
  const n = ballots.length;
  const rules = { ...defaultProjectRules(s.places), denominator: s.denominator, runoff: s.runoff };
  const round = { entitled: n + 3, present: n + 2, issued: n, returned: n };
  return decideProjectVote(
    { ...rules, requireQuorum: false },
    IDS,
    round,
    tallyProjectBallots(IDS, s.places, ballots),
  );
}

describe('project vote properties', () => {
  it('does not depend on the order of the ballots', () => {
    const withShuffle = scenario.chain((s) =>
      fc.tuple(
        fc.constant(s),
        fc.shuffledSubarray(s.ballots, { minLength: s.ballots.length, maxLength: s.ballots.length }),
      ),
    );
    fc.assert(
      fc.property(withShuffle, ([s, shuffled]) => {
        expect(decide(s, shuffled)).toEqual(decide(s, s.ballots));
      }),
    );
  });

  it('never chooses more than N, and never a candidate with fewer votes than an unchosen passing one', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const d = decide(s, s.ballots);
        expect(d.chosen.length + (d.runoff?.places ?? 0) + d.placesLeft).toBe(s.places);
        expect(d.chosen.length).toBeLessThanOrEqual(s.places);
        const chosen = d.candidates.filter((c) => c.chosen);
        const unchosen = d.candidates.filter((c) => !c.chosen);
        for (const c of chosen) {
          expect(c.passed).toBe(true);
          for (const u of unchosen) expect(c.votes).toBeGreaterThanOrEqual(u.votes);
          for (const t of d.candidates.filter((x) => x.tied)) expect(c.votes).toBeGreaterThan(t.votes);
        }
      }),
    );
  });

  it('passes exactly the candidates with more than half of the denominator', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const d = decide(s, s.ballots);
        for (const c of d.candidates) expect(c.passed).toBe(s.runoff || c.votes * 2 > d.denominator);
      }),
    );
  });
});
