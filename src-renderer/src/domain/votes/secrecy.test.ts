import { describe, expect, it } from 'vitest';
import {
  HIDDEN_UNTIL_CLOSED,
  HIDDEN_WHILE_SCORING,
  roundDisclosure,
  scoringCounts,
  scoringOn,
  scoringProgress,
} from './secrecy';

const session = { groupId: 'members', pinHash: 'a'.repeat(64) };

describe('roundDisclosure', () => {
  it('hides every count and the entry while scoring mode is on, whatever was cast', () => {
    for (const cast of [0, 1, 7]) {
      expect(roundDisclosure({ stage: 'open', scoring: session }, cast)).toEqual({
        counts: false,
        entry: false,
        hiddenBecause: HIDDEN_WHILE_SCORING,
      });
    }
  });

  it('keeps the counts hidden after leaving while on-screen ballots are in an open round', () => {
    expect(roundDisclosure({ stage: 'open', scoring: null }, 1)).toEqual({
      counts: false,
      entry: true,
      hiddenBecause: HIDDEN_UNTIL_CLOSED,
    });
  });

  it('shows the provisional counts of a round entered on paper only', () => {
    expect(roundDisclosure({ stage: 'open' }, 0)).toEqual({ counts: true, entry: true, hiddenBecause: null });
    expect(roundDisclosure({ stage: 'open', scoring: null }, 0).counts).toBe(true);
  });

  it('shows the counts once the round is closed or published, and nothing in draft', () => {
    expect(roundDisclosure({ stage: 'closed', scoring: null }, 3).counts).toBe(true);
    expect(roundDisclosure({ stage: 'published' }, 3).counts).toBe(true);
    expect(roundDisclosure({ stage: 'draft' }, 0)).toEqual({
      counts: false,
      entry: false,
      hiddenBecause: null,
    });
  });

  it('counts scoring as on only while the round is open', () => {
    expect(scoringOn({ stage: 'open', scoring: session })).toBe(true);
    expect(scoringOn({ stage: 'closed', scoring: session })).toBe(false);
    expect(scoringOn({ stage: 'open' })).toBe(false);
  });
});

describe('scoringProgress', () => {
  it('says how many voted of those present, nothing more', () => {
    expect(scoringProgress(3, 25)).toBe('已投 3 人 / 实到 25 人');
  });
});

describe('scoringCounts', () => {
  it('counts those signed in, and those of them who voted', () => {
    expect(scoringCounts({ members: ['a', 'b', 'c'], deputies: ['d'] }, ['c', 'a'])).toEqual({
      voted: 2,
      present: 4,
    });
    expect(scoringCounts(undefined, [])).toEqual({ voted: 0, present: 0 });
  });
});
