import { describe, expect, it } from 'vitest';
import {
  ballotFromDraft,
  ballotLine,
  draftFromBallot,
  emptyDraft,
  entryKeys,
  markForKey,
  type BallotDraft,
} from './entryKeys';
import { emptySheetDraft, sheetFromDraft, sheetLine, sheetRowLabel } from './sheetEntry';
import { defaultRules } from './rules';
import { countTierMark } from './ballots';
import { DEFAULT_TIER_SETTINGS } from './tiers';
import { unitA, unitB } from '../testing/votesFixtures';

const three = DEFAULT_TIER_SETTINGS;
const fourWithUnknown = { ...DEFAULT_TIER_SETTINGS, scheme: 'four' as const, allowUnknown: true };
const subjects = [unitA, unitB];

describe('entry keys', () => {
  it('numbers the boxes in printed order, then 0 and 9', () => {
    expect(entryKeys(three).map((k) => `${k.key} ${k.label}`)).toEqual([
      '1 满意',
      '2 基本满意',
      '3 不满意',
      '0 弃权（未画记号）',
      '9 无效（多选）',
    ]);
    expect(entryKeys(fourWithUnknown).map((k) => k.key)).toEqual(['1', '2', '3', '4', '5', '0', '9']);
    expect(markForKey(fourWithUnknown, '5')).toEqual({ kind: 'tier', tier: 'unknown' });
    expect(markForKey(three, '4')).toBeNull();
  });
});

describe('a keyed ballot', () => {
  it('refuses a subject that was not keyed, naming it', () => {
    const draft: BallotDraft = [{ kind: 'tier', tier: 'satisfied' }, null];
    expect(ballotFromDraft(draft, subjects, three, 'b1', 'members')).toEqual({
      index: 1,
      problem: '第 2 项“单位乙”还没有录入；未画记号的请按 0（弃权），多选的请按 9（无效）',
    });
    expect(ballotFromDraft(emptyDraft(subjects), subjects, three, 'b1', 'g')).toMatchObject({ index: 0 });
  });

  it('stores 0 as nothing ticked and 9 as several ticks, which count as 弃权 and 无效', () => {
    const draft: BallotDraft = [{ kind: 'abstain' }, { kind: 'void' }];
    const outcome = ballotFromDraft(draft, subjects, three, 'b1', 'members');
    if (!('ballot' in outcome)) throw new Error(outcome.problem);
    expect(outcome.ballot.marks).toEqual({ [unitB.id]: ['satisfied', 'basic'] });
    expect(countTierMark(outcome.ballot.marks[unitA.id]).kind).toBe('abstain');
    expect(countTierMark(outcome.ballot.marks[unitB.id]).kind).toBe('void');
    expect(draftFromBallot(outcome.ballot, subjects)).toEqual(draft);
    expect(ballotLine(outcome.ballot, subjects, three)).toBe('09');
  });

  it('reads back in groups of five', () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ id: `s${i}`, name: `单位${i}` }));
    const draft: BallotDraft = many.map(() => ({ kind: 'tier', tier: 'basic' }));
    const outcome = ballotFromDraft(draft, many, three, 'b', 'g');
    if (!('ballot' in outcome)) throw new Error(outcome.problem);
    expect(ballotLine(outcome.ballot, many, three)).toBe('22222 22');
    expect(ballotLine({ ...outcome.ballot, wholeVoid: true }, many, three)).toBe('废票（整张无效）');
  });
});

describe('a keyed score sheet', () => {
  const criteria = defaultRules('scoreSheet').criteria;

  it('requires a blank subject to be marked 弃权', () => {
    const draft = emptySheetDraft(subjects, criteria);
    expect(sheetFromDraft(draft, subjects, criteria, 's', 'g')).toMatchObject({ index: 0 });
    draft[0] = { points: { c1: 20, c2: 21, c3: 22, c4: 23.5 }, abstain: false };
    draft[1] = { ...draft[1]!, abstain: true };
    const outcome = sheetFromDraft(draft, subjects, criteria, 's', 'g');
    if (!('ballot' in outcome)) throw new Error(outcome.problem);
    expect(outcome.ballot.marks).toEqual({ [unitA.id]: { c1: 20, c2: 21, c3: 22, c4: 23.5 } });
    expect(sheetLine(outcome.ballot, subjects, criteria)).toBe('86.5 / 弃');
    expect(sheetRowLabel(draft[0], criteria)).toBe('合计 86.5');
    expect(sheetRowLabel({ points: { c1: 20 }, abstain: false }, criteria)).toBe('无效：“服务效能”未评分');
  });
});
