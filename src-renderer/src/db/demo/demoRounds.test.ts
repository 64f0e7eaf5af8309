import { describe, expect, it } from 'vitest';
import { fingerprint, FINGERPRINT_VERSION } from '../../domain/votes/fingerprint';
import { tallyInputOf } from '../../domain/votes/lifecycle';
import { tally } from '../../domain/votes/tally';
import { freshDb } from '../testing/freshDb';
import { DEMO_PEOPLE } from './demoData';
import { DEMO_GROUP_COUNTS, DEMO_WEAK_UNITS, mulberry32 } from './demoRoundsBallots';
import { DEMO_UNITS } from './demoUnits';
import { loadDemo } from './loadDemo';

const now = new Date(2026, 10, 29, 9, 0);

describe('mulberry32', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('the demo rounds', () => {
  it('gives the evaluation a published round whose stored result and fingerprint recount exactly', async () => {
    const db = freshDb();
    await loadDemo(db, now.getTime());
    const evaluation = (await db.activities.toArray()).find((a) => a.kind === 'evaluation')!;
    // (The evaluation also holds the demo's votes on rectification reports, subject kind 'report'.)
    const rounds = await db.voteRounds.where('activityId').equals(evaluation.id).toArray();
    const round = rounds.find((r) => r.subjectKind === 'unit');
    if (!round?.published) throw new Error('no published round');
    expect(round.stage).toBe('published');
    expect(round.rules.groups.map((g) => [g.name, g.weight])).toEqual([
      ['常委会组成人员', 0.5],
      ['人大代表', 0.3],
      ['服务对象', 0.2],
    ]);
    expect(round.subjects.map((s) => s.refId)).toEqual(evaluation.unitIds);

    const ballots = await db.ballots.where('roundId').equals(round.id).toArray();
    const input = tallyInputOf(
      round,
      ballots.map(({ roundId: _r, paperNo: _p, ...b }) => b),
      [],
    );
    expect(tally(input)).toEqual(round.published.result);
    expect(round.published.fingerprintVersion).toBe(FINGERPRINT_VERSION);
    expect(await fingerprint(input, FINGERPRINT_VERSION)).toBe(round.published.fingerprint);

    const bottom = round.published.result.subjects.filter((s) => s.bottom).map((s) => s.subjectId);
    const weakNames = DEMO_WEAK_UNITS.map((key) => DEMO_UNITS.find((u) => u.key === key)?.shortName);
    const names = round.subjects.filter((s) => bottom.includes(s.id)).map((s) => s.name);
    expect(names.sort()).toEqual([...weakNames].sort());
    // Ranks 14, 15, 16: no tie at the cut-off.
    expect(round.published.result.subjects.slice(-3).map((s) => s.rank)).toEqual([14, 15, 16]);
    const counts = round.published.result.subjects.flatMap((s) => s.groups);
    expect(counts.reduce((n, g) => n + g.abstain, 0)).toBe(3);
    expect(counts.reduce((n, g) => n + g.void, 0)).toBe(1);
  });

  it('counts each group as the directory has it: 应到 = its people, 实到 ≤ 应到, 发出 = 实到, 收回 ≤ 发出', () => {
    const people = { members: '常委会组成人员', deputies: '人大代表', clients: '服务对象' } as const;
    for (const [groupId, c] of Object.entries(DEMO_GROUP_COUNTS)) {
      const category = people[groupId as keyof typeof people];
      expect(c.entitled).toBe(DEMO_PEOPLE.filter((p) => p.category === category).length);
      expect(c.present).toBeLessThanOrEqual(c.entitled);
      expect(c.issued).toBe(c.present);
      expect(c.returned).toBeLessThanOrEqual(c.issued);
    }
  });

  it('gives the inquiry a per-unit round in draft, ready to open', async () => {
    const db = freshDb();
    await loadDemo(db, now.getTime());
    const inquiry = (await db.activities.toArray()).find((a) => a.kind === 'inquiry')!;
    const [round] = await db.voteRounds.where('activityId').equals(inquiry.id).toArray();
    expect(round?.stage).toBe('draft');
    expect(round?.subjects.map((s) => s.refId)).toEqual(inquiry.unitIds);
    expect(round?.rules.groups.map((g) => g.name)).toEqual(['常委会组成人员']);
  });
});
