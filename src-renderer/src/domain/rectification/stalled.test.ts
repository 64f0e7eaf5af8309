import { describe, expect, it } from 'vitest';
import { itemIn, pendingItem } from '../testing/rectificationFixtures';
import { stalledAfterDays, stalledItems, type StalledContext } from './stalled';

// itemIn('voting') started its vote (round-1) on 2026-04-28; a pending item belongs to act-1.
const context = (today: string, rounds: StalledContext['rounds'] = {}): StalledContext => ({
  today,
  activityDates: { 'act-1': '2026-04-01' },
  rounds,
});

describe('stalledItems', () => {
  it('waits planDays (15 by default) before reminding', () => {
    expect(stalledAfterDays()).toBe(15);
    expect(stalledAfterDays({ planDays: 10, reportMonths: 3, dueSoonDays: 7 })).toBe(10);
  });

  it('reminds of a draft left 待交办 longer than that after its meeting', () => {
    const draft = pendingItem('p');
    expect(stalledItems([draft], context('2026-04-16'))).toEqual([]);
    expect(stalledItems([draft], context('2026-04-21'))).toEqual([
      { itemId: 'p', unitId: 'unit-a', kind: 'pending', days: 20, text: '待交办已 20 天' },
    ]);
    // without a meeting date nothing is known of its age
    expect(stalledItems([{ ...draft, activityId: null }], context('2026-12-01'))).toEqual([]);
    expect(
      stalledItems([draft], {
        ...context('2026-04-21'),
        settings: { planDays: 30, reportMonths: 3, dueSoonDays: 7 },
      }),
    ).toEqual([]);
  });

  it('reminds at once of an item 测评中 whose round is gone, and of a vote unpublished for long', () => {
    const voting = itemIn('voting', 'v');
    const [gone] = stalledItems([voting], context('2026-04-29'));
    expect(gone).toMatchObject({ kind: 'votingNoRound', days: 1 });
    expect(gone?.text).toContain('测评轮次已不存在');
    const open = { 'round-1': { stage: 'open' } };
    expect(stalledItems([voting], context('2026-05-13', open))).toEqual([]);
    expect(stalledItems([voting], context('2026-05-18', open))).toEqual([
      { itemId: 'v', unitId: 'unit-a', kind: 'votingLong', days: 20, text: '测评中已 20 天，结果尚未公布' },
    ]);
    expect(stalledItems([voting], context('2026-05-18', { 'round-1': { stage: 'published' } }))).toEqual([]);
  });

  it('lists a missing round first, then the longest waits; other statuses never', () => {
    const items = [pendingItem('p'), itemIn('voting', 'v'), itemIn('issued', 'i'), itemIn('closed', 'c')];
    expect(stalledItems(items, context('2026-06-01')).map((n) => n.itemId)).toEqual(['v', 'p']);
  });
});
