import { describe, expect, it } from 'vitest';
import { ballotsSheet } from './ballotsSheet';
import { defaultRules } from './rules';
import { sheet, tierBallot, unitA, unitB } from '../testing/votesFixtures';

describe('the sheet of ballots', () => {
  const subjects = [unitA, unitB];

  it('lists score sheets with their points, 弃权 and 无效, and a void paper', () => {
    const rules = defaultRules('scoreSheet');
    const full = { c1: 20, c2: 21, c3: 22, c4: 23.5 };
    const rows = ballotsSheet(rules, subjects, [
      { ...sheet('b', 'members', { [unitA.id]: { c1: 20 } }), paperNo: 2 },
      { ...sheet('a', 'members', { [unitA.id]: full }), paperNo: 1 },
      { ...sheet('c', 'members', {}), wholeVoid: true, paperNo: 3 },
    ]);
    expect(rows.headers).toEqual(['测评组', '票号', '整张作废', '单位甲', '单位乙']);
    expect(rows.rows).toEqual([
      ['常委会组成人员', 1, '', '20+21+22+23.5=86.5', '弃权'],
      ['常委会组成人员', 2, '', '无效（“服务效能”未评分）', '弃权'],
      ['常委会组成人员', 3, '是', '', ''],
    ]);
  });

  it('lists on-screen ballots after the papers, in the order of their contents, and notes a group of totals', () => {
    const rules = {
      ...defaultRules(),
      groups: [
        { id: 'members', name: '常委会组成人员', weight: 0.5 },
        { id: 'deputies', name: '人大代表', weight: 0.5 },
      ],
    };
    const onScreen = (id: string, tier: 'satisfied' | 'unsatisfied') => ({
      ...tierBallot(id, 'members', { [unitA.id]: tier, [unitB.id]: null }),
      paperNo: null,
    });
    const ballots = [
      onScreen('z1', 'unsatisfied'),
      onScreen('a9', 'satisfied'),
      {
        ...tierBallot('p', 'members', { [unitA.id]: ['satisfied', 'basic'], [unitB.id]: 'basic' }),
        paperNo: 1,
      },
    ];
    const groups = [
      { groupId: 'members', entry: 'ballots' as const },
      { groupId: 'deputies', entry: 'totals' as const },
    ];
    const spec = ballotsSheet(rules, subjects, ballots, groups);
    const reversed = ballotsSheet(rules, subjects, [...ballots].reverse(), groups);
    expect(reversed.rows).toEqual(spec.rows);
    expect(spec.rows).toEqual([
      ['常委会组成人员', 1, '92', '', '无效（多选）', '基本满意'],
      ['常委会组成人员', '评分模式', '10', '', '满意', '弃权'],
      ['常委会组成人员', '评分模式', '30', '', '不满意', '弃权'],
      ['人大代表', '—', '录入汇总数，没有逐张测评票', '', '', ''],
    ]);
  });
});
