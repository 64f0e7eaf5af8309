// The bench's rows measured in Node (`npm run bench` loads this through scripts/bench/run.mjs): the tally and
// the fingerprint of 20,000 ballots (budget 1), each beside a baseline measured in the same run (the fingerprint
// in today's format v2, and in format v1 for reference: rounds published before v2 are still verified with it). The rows that
// write to IndexedDB run in Chromium instead (harness.ts): fake-indexeddb is far slower than a browser's.
import { seeded } from '../../db/testing/tenCounties/random';
import { roundBallots } from '../../db/testing/tenCounties/rounds';
import type { TierBallot } from '../../domain/votes/ballots';
import { fingerprint } from '../../domain/votes/fingerprint';
import { fingerprintV1 } from '../../domain/votes/fingerprintV1';
import type { TallyInput } from '../../domain/votes/tally';
import { tally } from '../../domain/votes/tally';
import { defaultRulesFor } from '../../domain/votes/roundDefaults';
import type { GroupCounts } from '../../domain/votes/round';
import type { BenchRow } from './table';

export type Log = (line: string) => void;

/** Milliseconds of each of `runs` calls after `warmup` unmeasured ones. */
export async function timeRuns(runs: number, fn: () => unknown, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return samples;
}

/** 20,000 returned ballots in three groups over `units` subjects, with a few blanks and double marks. */
function twentyThousand(units: number): TallyInput {
  const s = seeded(units);
  const subjects = Array.from({ length: units }, (_, i) => ({ id: s.id(), name: `单位${i + 1}` }));
  const counts: Record<string, GroupCounts> = {
    members: { entitled: 2100, present: 2000, issued: 2000, returned: 2000 },
    deputies: { entitled: 10100, present: 10000, issued: 10000, returned: 10000 },
    clients: { entitled: 8100, present: 8000, issued: 8000, returned: 8000 },
  };
  const ballots = roundBallots(
    s,
    subjects.map((x) => x.id),
    counts,
  );
  return { rules: defaultRulesFor('evaluation'), subjects, counts, ballots, totals: [] };
}

/** The baseline of the tally: one plain loop counting the same single marks per group, subject and tier. */
function plainSum(input: TallyInput): number {
  const tiers = ['satisfied', 'basic', 'unsatisfied'];
  const groups = new Map(input.rules.groups.map((g, i) => [g.id, i]));
  const width = input.subjects.length * tiers.length;
  const counts = new Int32Array(groups.size * width);
  for (const ballot of input.ballots as TierBallot[]) {
    const base = (groups.get(ballot.groupId) ?? 0) * width;
    input.subjects.forEach((subject, k) => {
      const marks = ballot.marks[subject.id];
      if (marks?.length !== 1) return;
      const at = base + k * tiers.length + tiers.indexOf(marks[0] ?? '');
      counts[at] = (counts[at] ?? 0) + 1;
    });
  }
  return counts.length;
}

async function sha256Json(value: unknown): Promise<void> {
  await crypto.subtle.digest('SHA-256', new TextEncoder().encode(JSON.stringify(value)));
}

/**
 * The round with its ballots as IndexedDB returns them, the ones a fingerprint is computed from (at 公布 and at
 * every check): structured clones, whose many-subject marks V8 keeps in fast mode, unlike the generator's.
 */
function asStored(input: TallyInput): TallyInput {
  return { ...input, ballots: structuredClone(input.ballots) };
}

const STORED_NOTE = 'format v2, over ballots as read back from IndexedDB (structured clones)';

async function fingerprintRows(round16: TallyInput, round160: TallyInput): Promise<BenchRow[]> {
  const stored16 = asStored(round16);
  const stored160 = asStored(round160);
  const json16 = await timeRuns(3, () => sha256Json(stored16.ballots));
  return [
    {
      figure: '1 fingerprint 20,000 ballots, 16 units',
      unit: 'ms',
      samples: await timeRuns(5, () => fingerprint(stored16)),
      baselineLabel: 'SHA-256 of the ballots as JSON',
      baseline: json16,
      budget: { kind: 'under', limit: 200 },
      note: STORED_NOTE,
    },
    {
      figure: '1 fingerprint 20,000 ballots, 16 units, format v1',
      unit: 'ms',
      samples: await timeRuns(3, () => fingerprintV1(stored16)),
      baselineLabel: 'SHA-256 of the ballots as JSON',
      baseline: json16,
      budget: { kind: 'none', text: 'reference: checks rounds published before v2' },
    },
    {
      figure: '1 fingerprint 20,000 ballots, 160 units',
      unit: 'ms',
      samples: await timeRuns(3, () => fingerprint(stored160)),
      baselineLabel: 'plain summing loop',
      baseline: await timeRuns(3, () => plainSum(stored160)),
      budget: { kind: 'ratioUnder', limit: 10 },
      note: `${STORED_NOTE}; budget as the tally's at 160 units`,
    },
  ];
}

async function tallyRows(log: Log): Promise<BenchRow[]> {
  log('tally and fingerprint: 20,000 ballots × 16 and × 160 units');
  const round16 = twentyThousand(16);
  const round160 = twentyThousand(160);
  return [
    {
      figure: '1 tally+rank 20,000 ballots, 16 units, 3 groups',
      unit: 'ms',
      samples: await timeRuns(5, () => tally(round16)),
      baselineLabel: 'plain summing loop',
      baseline: await timeRuns(5, () => plainSum(round16)),
      budget: { kind: 'under', limit: 50 },
    },
    {
      figure: '1 tally+rank 20,000 ballots, 160 units',
      unit: 'ms',
      samples: await timeRuns(3, () => tally(round160)),
      baselineLabel: 'plain summing loop',
      baseline: await timeRuns(3, () => plainSum(round160)),
      budget: { kind: 'ratioUnder', limit: 10 },
    },
    ...(await fingerprintRows(round16, round160)),
  ];
}

export async function nodeRows(log: Log = () => undefined): Promise<BenchRow[]> {
  return tallyRows(log);
}
