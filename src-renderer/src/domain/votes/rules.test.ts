import { describe, expect, it } from 'vitest';
import { describeRules } from './describeRules';
import { defaultRules, type RoundRules } from './rules';
import { validateRules } from './validateRules';

const threeGroups: RoundRules['groups'] = [
  { id: 'members', name: '常委会组成人员', weight: 0.5 },
  { id: 'deputies', name: '人大代表', weight: 0.3 },
  { id: 'clients', name: '服务对象', weight: 0.2 },
];

describe('validating rules', () => {
  it('accepts the defaults of both forms', () => {
    expect(validateRules(defaultRules())).toEqual({});
    expect(validateRules(defaultRules('scoreSheet'))).toEqual({});
  });

  it('wants group weights summing to 100%, within 0.1%', () => {
    expect(validateRules({ ...defaultRules(), groups: threeGroups })).toEqual({});
    const thirds = threeGroups.map((group, index) => ({ ...group, weight: index === 2 ? 0.334 : 0.333 }));
    expect(validateRules({ ...defaultRules(), groups: thirds })).toEqual({});
    const short = threeGroups.map((group) => ({ ...group, weight: 0.3 }));
    expect(validateRules({ ...defaultRules(), groups: short })).toEqual({
      groups: '各测评组权重之和应为 100%，现为 90%',
    });
  });

  it('refuses negative weights, duplicate names and a lone group of weight 0', () => {
    const groups = [
      { id: 'a', name: '人大代表', weight: -0.5 },
      { id: 'b', name: '人大代表', weight: 1.5 },
    ];
    expect(validateRules({ ...defaultRules(), groups })).toEqual({
      'groups.0.weight': '权重应为 0 到 100% 之间的数',
      'groups.1.name': '测评组“人大代表”重复',
      'groups.1.weight': '权重应为 0 到 100% 之间的数',
    });
    expect(validateRules({ ...defaultRules(), groups: [{ id: 'a', name: '代表', weight: 0 }] })).toEqual({
      'groups.0.weight': '只有一个测评组时，权重应大于 0',
    });
    expect(validateRules({ ...defaultRules(), groups: [] })).toEqual({ groups: '至少需要一个测评组' });
  });

  it('wants tier points that do not rise towards 不满意', () => {
    const rules = defaultRules();
    rules.tiers.weights = { satisfied: 100, fairly: 80, basic: 110, unsatisfied: -1 };
    expect(validateRules(rules)).toEqual({
      'tiers.weights.basic': '基本满意的分值不能高于满意的分值',
      'tiers.weights.unsatisfied': '不满意的分值应为 0 到 1000 之间的数，最多两位小数',
    });
    rules.tiers = {
      scheme: 'four',
      weights: { satisfied: 100, fairly: 55, basic: 60, unsatisfied: 0 },
      allowUnknown: false,
    };
    expect(validateRules(rules)).toEqual({ 'tiers.weights.basic': '基本满意的分值不能高于比较满意的分值' });
  });

  it('checks criteria, bottom N, decimals and the ranking key of a score sheet', () => {
    const rules: RoundRules = {
      ...defaultRules('scoreSheet'),
      criteria: [
        { id: 'c1', name: '依法履职', max: 0 },
        { id: 'c2', name: '', max: 25 },
      ],
      bottomN: 1.5,
      decimals: 7,
      rankBy: 'satisfactionRate',
    };
    expect(validateRules(rules)).toEqual({
      'criteria.0.max': '满分应大于 0、不超过 1000，最多一位小数',
      'criteria.1.name': '请填写评分项目名称',
      rankBy: '评分表只能按得分排名',
      bottomN: '排名靠后的个数应为 0 或正整数',
      decimals: '小数位数应为 0 到 6 之间的整数',
    });
  });
});

describe('describing rules', () => {
  it('prints every default rule of a satisfaction vote', () => {
    expect(describeRules(defaultRules())).toEqual([
      '实到人数须超过应到人数的一半，方可进行测评',
      '收回票数多于发出票数的，本轮测评无效，应重新测评',
      '测评形式：满意度测评，设满意、基本满意、不满意三个档次',
      '每张测评票对每个测评对象只能选择一个档次：未选择的为弃权；选择两个及以上档次的为无效，仅该测评对象无效，' +
        '同一张票上的其他测评对象照常计算；整张票损毁、无法辨认的为废票，不计入任何测评对象',
      '满意率 =（满意 + 基本满意）÷ 有效票数（不含弃权和无效）',
      '满意票率 = 满意 ÷ 有效票数',
      '得分 = Σ 档次分值 × 票数 ÷ 有效票数，满意 100 分、基本满意 60 分、不满意 0 分',
      '分母为 0 时，满意率和得分无法计算，记为“—”',
      '等次：满意票超过应到人数一半的为“满意”；满意与基本满意票之和超过应到人数一半的为“基本满意”；其余为“不满意”',
      '按得分由高到低排名；得分相同的名次并列（如 1、2、2、4），并列的按名称笔画顺序排列',
      '比较得分时使用精确值（分数运算），不先四舍五入',
      '没有有效票的测评对象不参加排名',
      '排名最后 3 名标记为排名靠后；界线处名次并列的一并标记（因此可能多于 3 个），但排名第 1 的不标记；' +
        '参加排名的不超过 3 个时，不标记排名靠后',
      '得分保留 2 位小数，满意率以百分数保留 2 位小数，均四舍五入',
    ]);
  });

  it('describes four tiers, 不了解, another denominator, groups and the tie-breaker', () => {
    const lines = describeRules({
      ...defaultRules(),
      tiers: {
        scheme: 'four',
        weights: { satisfied: 100, fairly: 80, basic: 60, unsatisfied: 0 },
        allowUnknown: true,
      },
      denominator: 'entitled',
      groups: threeGroups,
      tieBreaker: true,
      requireQuorum: false,
      bottomN: 0,
    });
    expect(lines).toContain('满意率 =（满意 + 比较满意 + 基本满意）÷（应到人数 − 不了解票数）');
    expect(lines).toContain('选择“不了解”的不计分，也不计入分母');
    expect(lines).toContain('测评组及权重：常委会组成人员 50%、人大代表 30%、服务对象 20%');
    expect(lines).toContain(
      '按综合得分由高到低排名；综合得分相同时，满意票多者在前，满意票相同时不满意票少者在前（票数为各测评组合计）；' +
        '仍相同的名次并列（如 1、2、2、4），并列的按名称笔画顺序排列',
    );
    expect(lines).toContain('不标记排名靠后');
    expect(lines.some((line) => line.includes('方可进行测评'))).toBe(false);
    expect(lines.find((line) => line.startsWith('等次'))).toContain(
      '满意与比较满意票之和超过（应到人数 − 不了解票数）一半的为“比较满意”',
    );
  });

  it('describes a score sheet with trimming, ranking by printed values', () => {
    const lines = describeRules({
      ...defaultRules('scoreSheet'),
      trimExtremes: true,
      rankByPrintedValue: true,
    });
    expect(lines).toContain(
      '测评形式：评分表，评分项目为依法履职 25 分、服务效能 25 分、作风建设 25 分、落实审议意见 25 分，满分 100 分',
    );
    expect(lines).toContain(
      '每份评分表的总分为各项评分之和；测评对象的得分为有效总分的平均值，去掉一个最高分和一个最低分后计算' +
        '（有效总分不足 3 份时不去掉）',
    );
    expect(lines).toContain('比较得分时按公布的数值（四舍五入保留 2 位小数）比较');
    expect(lines.some((line) => line.startsWith('等次') || line.startsWith('满意率'))).toBe(false);
  });

  it('leaves the ranking rules out when there is only one subject: nothing is ranked', () => {
    const lines = describeRules(defaultRules(), { subjects: 1 });
    expect(lines.some((line) => line.includes('排名'))).toBe(false);
    const all = describeRules(defaultRules());
    // The four ranking rules: the key and ties, exact values, no valid votes, bottom N.
    expect(lines).toEqual([...all.slice(0, -5), ...all.slice(-1)]);
  });

  it('says how weights not summing to exactly 100% are used', () => {
    const thirds = threeGroups.map((group) => ({ ...group, weight: 0.333 }));
    const lines = describeRules({ ...defaultRules(), groups: thirds });
    expect(lines).toContain('各组权重之和为 99.9%，计算时按比例折算为 100%');
  });
});
