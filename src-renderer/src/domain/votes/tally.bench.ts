// The "ten counties" stress set of demo-facts.md: 160 units, 20,000 ballots in three rater groups.
// Figures only: `npm run bench` prints them; no test asserts a time.
import { bench, describe } from 'vitest';
import type { TierBallot } from './ballots';
import { fingerprint } from './fingerprint';
import { defaultRules } from './rules';
import { tally } from './tally';
import type { TierId } from './tiers';

const TIERS: TierId[] = ['satisfied', 'satisfied', 'satisfied', 'basic', 'unsatisfied'];
const subjects = Array.from({ length: 160 }, (_, i) => ({ id: `unit-${i}`, name: `单位${i}` }));
const groups = [
  { id: 'members', name: '常委会组成人员', weight: 0.5 },
  { id: 'deputies', name: '人大代表', weight: 0.3 },
  { id: 'clients', name: '服务对象', weight: 0.2 },
];
const rules = { ...defaultRules(), groups };

// A fixed linear congruential sequence keeps the set the same on every run.
let seed = 42;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;

const ballots: TierBallot[] = Array.from({ length: 20_000 }, (_, i) => {
  const groupId = groups[i % 3]!.id;
  const marks: Record<string, TierId[]> = {};
  for (const s of subjects) {
    const r = next();
    marks[s.id] =
      r < 0.02 ? [] : r < 0.03 ? ['satisfied', 'basic'] : [TIERS[Math.floor(next() * TIERS.length)]!];
  }
  return { form: 'tiers', id: `b${i}`, groupId, wholeVoid: false, marks };
});
const perGroup = Math.ceil(20_000 / 3);
const counts = Object.fromEntries(
  groups.map((g) => [
    g.id,
    { entitled: perGroup + 10, present: perGroup, issued: perGroup, returned: perGroup },
  ]),
);
const input = { rules, subjects, counts, ballots, totals: [] };

describe('ten counties: 160 units × 20,000 ballots', () => {
  bench(
    'tally',
    () => {
      tally(input);
    },
    { iterations: 3, warmupIterations: 1 },
  );

  bench(
    'fingerprint',
    async () => {
      await fingerprint(input);
    },
    { iterations: 3, warmupIterations: 1 },
  );
});
