import { describe, expect, it } from 'vitest';
import type { VoteRound } from '../votes/roundRecord';
import { initiallyTicked, isSourceRound, proposalsOf } from './proposals';
import { draft, pendingItem } from '../testing/rectificationFixtures';

const evaluation = (roundId: string) => ({ kind: 'evaluation' as const, roundId });

describe('proposals from results', () => {
  it('marks a unit that already has an item from the same round or the same inquiry, and leaves it unticked', () => {
    const items = [
      pendingItem('i1', { unitId: 'ua', source: evaluation('r1') }),
      pendingItem('i2', { unitId: 'ub', source: { kind: 'inquiry' as const } }),
    ];
    const proposals = proposalsOf(
      [
        draft({ unitId: 'ua', source: evaluation('r1') }),
        draft({ unitId: 'ua', source: evaluation('r2') }),
        draft({ unitId: 'ub', source: { kind: 'inquiry' as const } }),
        draft({ unitId: 'uc', source: evaluation('r1') }),
      ],
      items,
    );
    expect(proposals.map((p) => p.existing)).toEqual([true, false, true, false]);
    expect([...initiallyTicked(proposals)]).toEqual([1, 3]);
  });

  it('takes only published rounds on units', () => {
    const round = { subjectKind: 'unit', stage: 'published', published: {} } as unknown as VoteRound;
    expect(isSourceRound(round)).toBe(true);
    expect(isSourceRound({ ...round, subjectKind: 'report' })).toBe(false);
    expect(isSourceRound({ ...round, stage: 'closed', published: null })).toBe(false);
  });
});
