import { describe, expect, it } from 'vitest';
import type { GroupCounts } from '../votes/round';
import { decideProjectVote } from './projectDecision';
import { defaultProjectRules } from './projectRules';
import { tallyProjectBallots, type ProjectBallot } from './projectTally';
import { finalChoice, runoffSetup } from './runoff';

const IDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'];

/**
 * `n` valid ballots carrying exactly `votes` 同意 per candidate, spread so that no ballot has more than
 * ceil(total / n) marks: candidate after candidate, each mark on the next ballot round the pile.
 */
function spreadBallots(n: number, votes: Record<string, number>): ProjectBallot[] {
  const marks: string[][] = Array.from({ length: n }, () => []);
  let next = 0;
  for (const id of IDS) {
    for (let k = 0; k < (votes[id] ?? 0); k += 1) {
      marks[next % n]?.push(id);
      next += 1;
    }
  }
  return marks.map((m) => ({ marks: m }));
}

const ELEVEN = IDS.slice(0, 11);
const round41: GroupCounts = { entitled: 45, present: 41, issued: 41, returned: 41 };

describe('12 candidates, 10 places, 41 deputies: two ballots with 11 marks, one empty', () => {
  // 38 marked valid ballots + 1 empty = 39 valid; 2 void; more than half of 39 is 20 votes.
  const votes = { A: 38, B: 37, C: 36, D: 35, E: 34, F: 33, G: 32, H: 30, I: 28, J: 25, K: 20, L: 13 };
  const ballots = [
    ...spreadBallots(38, votes),
    { marks: [] },
    { marks: ELEVEN },
    { marks: [...ELEVEN.slice(1), 'L'] },
  ];
  const counts = tallyProjectBallots(IDS, 10, ballots);

  it('counts the ballots by hand', () => {
    expect(Math.max(...ballots.slice(0, 38).map((b) => b.marks.length))).toBeLessThanOrEqual(10);
    expect(counts).toMatchObject({ returned: 41, valid: 39, overMarked: 2, voidOther: 0, empty: 1 });
    expect(counts.votes).toEqual(votes); // the void ballots' marks are not counted
  });

  it('passes 20 of 39 and not 19; chooses the top 10 of the 11 passing', () => {
    const d = decideProjectVote(defaultProjectRules(10), IDS, round41, counts);
    expect(d.status).toBe('ok');
    expect(d.denominator).toBe(39);
    expect(d.passVotes).toBe(20);
    expect(d.candidates.filter((c) => c.passed).map((c) => c.id)).toEqual(IDS.slice(0, 11));
    expect(d.chosen).toEqual(IDS.slice(0, 10));
    expect(d.candidates.find((c) => c.id === 'K')).toMatchObject({ passed: true, chosen: false, rank: 11 });
    expect(d.candidates.find((c) => c.id === 'L')).toMatchObject({ passed: false, chosen: false, rank: 12 });
    expect(d.runoff).toBeNull();
    expect(d.placesLeft).toBe(0);
  });

  it('with 应到 (45) as the denominator, 23 votes are needed', () => {
    const d = decideProjectVote(
      { ...defaultProjectRules(10), denominator: 'entitled' },
      IDS,
      round41,
      counts,
    );
    expect(d.passVotes).toBe(23);
    expect(d.chosen).toEqual(IDS.slice(0, 10));
    expect(d.candidates.find((c) => c.id === 'K')?.passed).toBe(false);
  });
});

describe('a tie at the cut-off', () => {
  const votes = { A: 38, B: 37, C: 36, D: 35, E: 34, F: 33, G: 32, H: 30, I: 28, J: 22, K: 22, L: 13 };
  const counts = tallyProjectBallots(IDS, 10, [
    ...spreadBallots(39, votes),
    { marks: ELEVEN },
    { marks: [] },
  ]);
  const round: GroupCounts = { entitled: 45, present: 41, issued: 41, returned: 41 };
  const rules = defaultProjectRules(10);
  const first = decideProjectVote(rules, IDS, round, counts);

  it('chooses the nine above it and sends J and K to another vote for one place', () => {
    expect(counts.valid).toBe(40);
    expect(first.passVotes).toBe(21);
    expect(first.chosen).toEqual(IDS.slice(0, 9));
    expect(first.runoff).toEqual({ candidateIds: ['J', 'K'], places: 1 });
    expect(first.candidates.filter((c) => c.tied).map((c) => c.id)).toEqual(['J', 'K']);
    expect(first.candidates.find((c) => c.id === 'J')).toMatchObject({ rank: 10, chosen: false });
    expect(first.placesLeft).toBe(0);
    expect(finalChoice([first])).toMatchObject({ complete: false, pending: { candidateIds: ['J', 'K'] } });
  });

  it('sets the second round up with only them and the place left, and the most votes take it', () => {
    const setup = runoffSetup(first, rules);
    expect(setup).toEqual({ candidateIds: ['J', 'K'], rules: { ...rules, places: 1, runoff: true } });
    if (!setup) return;
    const ballots = [
      ...Array.from({ length: 21 }, () => ({ marks: ['J'] })),
      ...Array.from({ length: 17 }, () => ({ marks: ['K'] })),
      { marks: ['J', 'K'] }, // more than one place: void
      { marks: [] },
    ];
    const second = decideProjectVote(
      setup.rules,
      setup.candidateIds,
      { entitled: 45, present: 40, issued: 40, returned: 40 },
      tallyProjectBallots(setup.candidateIds, 1, ballots),
    );
    expect(second.passVotes).toBeNull();
    expect(second.chosen).toEqual(['J']);
    expect(finalChoice([first, second])).toEqual({
      chosen: [...IDS.slice(0, 9), 'J'],
      pending: null,
      placesLeft: 0,
      complete: true,
    });
  });

  it('a tie that exactly fills the places needs no second vote', () => {
    const d = decideProjectVote(defaultProjectRules(11), IDS, round, counts);
    expect(d.chosen).toEqual([...IDS.slice(0, 9), 'J', 'K']);
    expect(d.runoff).toBeNull();
  });
});

describe('fewer passing than places', () => {
  it('chooses those that pass and says how many places remain', () => {
    const votes = { A: 30, B: 28, C: 25, D: 22, E: 21, F: 21, G: 21, H: 21, I: 19, J: 15, K: 10, L: 5 };
    const counts = tallyProjectBallots(IDS, 10, spreadBallots(40, votes));
    const d = decideProjectVote(defaultProjectRules(10), IDS, round41, {
      ...counts,
      returned: 41,
      voidOther: 1,
    });
    expect(d.passVotes).toBe(21);
    expect(d.chosen).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(d.placesLeft).toBe(2);
    expect(finalChoice([d])).toEqual({ chosen: d.chosen, pending: null, placesLeft: 2, complete: true });
  });
});

describe('a round that cannot be counted', () => {
  const counts = tallyProjectBallots(IDS, 10, [{ marks: ['A'] }]);
  it('is void when more ballots come back than were issued', () => {
    const d = decideProjectVote(
      defaultProjectRules(10),
      IDS,
      { entitled: 45, present: 41, issued: 0, returned: 1 },
      counts,
    );
    expect(d.status).toBe('void');
    expect(d.chosen).toEqual([]);
    expect(finalChoice([d]).complete).toBe(false);
  });
  it('holds no vote without a quorum, unless the rule is off', () => {
    const round = { entitled: 45, present: 22, issued: 1, returned: 1 };
    expect(decideProjectVote(defaultProjectRules(10), IDS, round, counts).status).toBe('noQuorum');
    const off = { ...defaultProjectRules(10), requireQuorum: false };
    expect(decideProjectVote(off, IDS, round, counts).chosen).toEqual(['A']);
  });
  it('refuses hand totals with more 同意 than the valid ballots can carry', () => {
    const round = { entitled: 45, present: 41, issued: 41, returned: 1 };
    const tooMany = { ...counts, votes: { ...counts.votes, B: 1 } }; // 1 ballot, 1 place, 2 votes
    expect(decideProjectVote(defaultProjectRules(1), IDS, round, tooMany).problems).toContain(
      '同意票合计 2 张，多于 1 张选了项目的有效票每张限选 1 项最多能投的 1 张',
    );
  });
  it('refuses counts that do not add up, or more places than candidates', () => {
    const round = { entitled: 45, present: 41, issued: 41, returned: 2 };
    expect(decideProjectVote(defaultProjectRules(10), IDS, round, counts).problems).toContain(
      '录入的票 1 张，与收回票数 2 张不符',
    );
    const bad = { ...counts, returned: 2, valid: 3 };
    expect(decideProjectVote(defaultProjectRules(10), IDS, round, bad).status).toBe('invalid');
    expect(
      decideProjectVote(defaultProjectRules(13), IDS, { ...round, returned: 1 }, counts).problems,
    ).toContain('限选 13 项，多于候选项目的 12 个');
  });
});

describe('tallying', () => {
  it('voids a ballot flagged void, counts a repeated mark once, and refuses a mark off the ballot', () => {
    const counts = tallyProjectBallots(['A', 'B'], 1, [{ marks: ['A', 'A'] }, { marks: ['B'], void: true }]);
    expect(counts).toMatchObject({ returned: 2, valid: 1, voidOther: 1, votes: { A: 1, B: 0 } });
    expect(() => tallyProjectBallots(['A'], 1, [{ marks: ['Z'] }])).toThrow(/Z/);
  });
});
