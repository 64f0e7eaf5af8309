import { describe, expect, it } from 'vitest';
import { defaultRules } from './rules';
import { checkNewPin, pinHash, signIn } from './scoringSession';

const rules = { ...defaultRules(), groups: [{ id: 'members', name: '常委会组成人员', weight: 1 }] };
const round = { rules, counts: { members: { entitled: 5, present: 5, issued: 5, returned: 0 } } };
const raterIds = ['a', 'b', 'c', 'd', 'e'];

describe('checkNewPin', () => {
  it('takes 4 to 6 digits typed twice alike', () => {
    expect(checkNewPin('1234', '1234')).toEqual({});
    expect(checkNewPin('123456', '123456')).toEqual({});
    expect(checkNewPin('123', '123')).toEqual({ pin: 'PIN 应为 4 至 6 位数字' });
    expect(checkNewPin('1234567', '1234567')).toEqual({ pin: 'PIN 应为 4 至 6 位数字' });
    expect(checkNewPin('12a4', '12a4')).toEqual({ pin: 'PIN 应为 4 至 6 位数字' });
    expect(checkNewPin('1234', '1243')).toEqual({ again: '两次输入的 PIN 不一致' });
  });
});

describe('pinHash', () => {
  it('is a SHA-256 in hex, different per PIN and per round', async () => {
    const hash = await pinHash('r1', '2468');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await pinHash('r1', '2468')).toBe(hash);
    expect(await pinHash('r1', '2469')).not.toBe(hash);
    expect(await pinHash('r2', '2468')).not.toBe(hash);
    expect(hash).not.toContain('2468');
  });
});

describe('signIn', () => {
  it('keeps the ticked raters in list order and sets 实到 and 发出 to their number', () => {
    const outcome = signIn(round, 'members', {
      raterIds,
      chosenIds: ['d', 'a', 'b'],
      votedIds: [],
      entered: 0,
    });
    expect(outcome).toEqual({
      presentIds: ['a', 'b', 'd'],
      counts: { members: { entitled: 5, present: 3, issued: 3, returned: 0 } },
    });
  });

  it('keeps those who have voted signed in', () => {
    const outcome = signIn(round, 'members', {
      raterIds,
      chosenIds: ['a', 'b'],
      votedIds: ['c'],
      entered: 1,
    });
    expect(outcome).toMatchObject({ presentIds: ['a', 'b', 'c'] });
  });

  it('refuses nobody, a stranger, no quorum, and more ballots than people', () => {
    const none = { raterIds, chosenIds: [], votedIds: [], entered: 0 };
    expect(signIn(round, 'members', none)).toEqual({
      problems: ['请勾选到会的测评人（签到）后再进入评分模式'],
    });
    expect(signIn(round, 'members', { ...none, chosenIds: ['a', 'x'] })).toEqual({
      problems: ['签到名单中有不属于本组测评人的人员，请刷新后重新签到'],
    });
    expect(signIn(round, 'members', { ...none, chosenIds: ['a', 'b'] })).toEqual({
      problems: ['实到 2 人，未超过应到 5 人的半数，不能进行测评'],
    });
    const noQuorumRule = { ...round, rules: { ...rules, requireQuorum: false } };
    expect(signIn(noQuorumRule, 'members', { ...none, chosenIds: ['a', 'b'] })).toMatchObject({
      presentIds: ['a', 'b'],
    });
    expect(signIn(round, 'members', { ...none, chosenIds: ['a', 'b', 'c'], entered: 4 })).toEqual({
      problems: ['已录入测评票 4 张，多于签到的 3 人'],
    });
    expect(signIn(round, 'other', { ...none, chosenIds: ['a'] })).toEqual({ problems: ['测评组不存在'] });
  });
});
