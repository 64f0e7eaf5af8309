import { describe, expect, it } from 'vitest';
import type { TierBallot } from '../votes/ballots';
import { defaultRules } from '../votes/rules';
import { tally } from '../votes/tally';
import type { TierId } from '../votes/tiers';
import { draftsFromEvaluation, draftsFromInquiry, reportVoteOutcome } from './fromResults';
import { validateDraft } from './item';

const UNITS = ['ua', 'ub', 'uc', 'ud', 'ue'];
const SUBJECTS = UNITS.map((unitId, index) => ({ id: `s${index}`, name: `单位${index}`, refId: unitId }));

/** Ballot i (0..12) → the tier per subject: A all 满意; B 10/3/0; C 7/0/6; D 5/4/4; E 3/4/6. */
function mark(subject: number, i: number): TierId {
  const [satisfied, basic] = (
    [
      [13, 0],
      [10, 3],
      [7, 0],
      [5, 4],
      [3, 4],
    ] as const
  )[subject] ?? [0, 0];
  return i < satisfied ? 'satisfied' : i < satisfied + basic ? 'basic' : 'unsatisfied';
}

function evaluationResult(returned = 13) {
  const ballots: TierBallot[] = Array.from({ length: 13 }, (_, i) => ({
    form: 'tiers',
    id: `b${i}`,
    groupId: 'members',
    wholeVoid: false,
    marks: Object.fromEntries(SUBJECTS.map((subject, s) => [subject.id, [mark(s, i)]])),
  }));
  return tally({
    rules: { ...defaultRules(), bottomN: 1 },
    subjects: SUBJECTS,
    counts: { members: { entitled: 15, present: 13, issued: 13, returned } },
    ballots: ballots.slice(0, returned === 13 ? 13 : 12),
    totals: [],
  });
}

const OPTIONS = {
  activityId: 'act-1',
  roundId: 'round-1',
  roundTitle: '优化营商环境工作评议满意度测评',
  subjects: SUBJECTS,
  units: [{ id: 'ue', supervisorName: '王强', supervisorTitle: '副县长' }],
};

describe('drafts from an evaluation result', () => {
  const result = evaluationResult();

  it('takes the bottom-ranked units and every unit rated 不满意, in rank order', () => {
    expect(result.status).toBe('counted');
    const built = draftsFromEvaluation(result, OPTIONS);
    if ('error' in built) throw new Error(built.error);
    expect(built.drafts.map((draft) => draft.unitId)).toEqual(['uc', 'ue']);
  });

  it('prefills the problem, the requirements, the figures and the supervisor', () => {
    const built = draftsFromEvaluation(result, OPTIONS);
    if ('error' in built) throw new Error(built.error);
    const [c, e] = built.drafts;
    expect(c?.problems).toEqual([
      '在“优化营商环境工作评议满意度测评”中测评等次为不满意：排名第4名（共5个单位），满意率53.85%，得分53.85。',
    ]);
    expect(e?.problems).toEqual([
      '在“优化营商环境工作评议满意度测评”中排名靠后且测评等次为不满意：排名第5名（共5个单位），满意率53.85%，得分41.54。',
    ]);
    expect(e?.source).toEqual({
      kind: 'evaluation',
      roundId: 'round-1',
      rank: 5,
      figures: '排名第5名（共5个单位），满意率53.85%，得分41.54，等次为不满意',
    });
    expect(e).toMatchObject({ activityId: 'act-1', supervisorName: '王强', supervisorTitle: '副县长' });
    expect(c).toMatchObject({ supervisorName: '', supervisorTitle: '' });
    expect(e?.requirements).toBe(
      '针对评议中指出的问题，深入查找原因，制定整改方案，明确整改措施、责任人和完成时限，自交办之日起15日内报送整改方案，3个月内报送整改情况报告。',
    );
    expect(built.drafts.map(validateDraft)).toEqual([{}, {}]);
  });

  it('follows the decimals and the deadline settings', () => {
    const built = draftsFromEvaluation(result, {
      ...OPTIONS,
      decimals: 1,
      settings: { planDays: 10, reportMonths: 2, dueSoonDays: 7 },
    });
    if ('error' in built) throw new Error(built.error);
    expect(built.drafts[1]?.source.figures).toBe(
      '排名第5名（共5个单位），满意率53.8%，得分41.5，等次为不满意',
    );
    expect(built.drafts[1]?.requirements).toContain(
      '自交办之日起10日内报送整改方案，2个月内报送整改情况报告。',
    );
  });

  it('says 并列 for a shared rank', () => {
    // s0 is satisfied on every ballot, s1 and s2 basically satisfied: they share rank 2 and the bottom-1 cut-off.
    const marks = { s0: ['satisfied' as const], s1: ['basic' as const], s2: ['basic' as const] };
    const tied = tally({
      rules: { ...defaultRules(), bottomN: 1 },
      subjects: SUBJECTS.slice(0, 3),
      counts: { members: { entitled: 3, present: 3, issued: 3, returned: 3 } },
      ballots: [0, 1, 2].map((i) => ({
        form: 'tiers' as const,
        id: `t${i}`,
        groupId: 'members',
        wholeVoid: false,
        marks,
      })),
      totals: [],
    });
    const built = draftsFromEvaluation(tied, { ...OPTIONS, roundTitle: '' });
    if ('error' in built) throw new Error(built.error);
    expect(built.drafts.map((draft) => draft.problems[0])).toEqual([
      '在本次工作评议中排名靠后：排名并列第2名（共3个单位），满意率100.00%，得分60.00。',
      '在本次工作评议中排名靠后：排名并列第2名（共3个单位），满意率100.00%，得分60.00。',
    ]);
  });

  it('refuses a result that is not final', () => {
    const incomplete = evaluationResult(14);
    expect(incomplete.status).not.toBe('counted');
    expect(draftsFromEvaluation(incomplete, OPTIONS)).toEqual({
      error: '测评结果尚未计票完成，不能据此生成整改事项',
    });
  });
});

describe('drafts from an inquiry', () => {
  const questions = [
    { id: 'q3', order: 3, unitIds: ['u-water'], text: '  ' },
    { id: 'q2', order: 2, unitIds: ['u-eco', 'u-land'], text: '矿区生态修复\n资金如何保障？' },
    { id: 'q1', order: 1, unitIds: ['u-land'], text: '绿色矿山创建进度为何滞后？' },
    { id: 'q4', order: 4, unitIds: ['u-land'], text: '绿色矿山创建进度为何滞后？' },
  ];

  it('makes one item per unit with the texts of its questions, in question order', () => {
    const drafts = draftsFromInquiry(questions, {
      activityId: 'act-2',
      units: [{ id: 'u-land', supervisorName: '赵敏', supervisorTitle: '副县长' }],
    });
    expect(drafts.map((draft) => [draft.unitId, draft.problems, draft.source])).toEqual([
      [
        'u-land',
        ['绿色矿山创建进度为何滞后。', '矿区生态修复\n资金如何保障。'],
        { kind: 'inquiry', questionIds: ['q1', 'q2', 'q4'] },
      ],
      ['u-eco', ['矿区生态修复\n资金如何保障。'], { kind: 'inquiry', questionIds: ['q2'] }],
    ]);
    expect(drafts[0]).toMatchObject({ activityId: 'act-2', supervisorName: '赵敏' });
    expect(drafts[0]?.requirements).toBe(
      '针对专题询问中提出的问题，认真研究，逐项整改，自交办之日起15日内报送整改方案，3个月内报送整改情况报告。',
    );
  });

  it('states each question as a problem: no 请问, no addressee, no question mark (issue 11)', () => {
    const spoken = [
      { id: 'q1', order: 1, unitIds: ['u-land'], text: '请问县自然资源局王局长：绿色矿山创建进度为何滞后？' },
      { id: 'q2', order: 2, unitIds: ['u-eco'], text: '请问县生态环境局，矿区生态修复资金如何保障？' },
    ];
    const drafts = draftsFromInquiry(spoken, { activityId: 'act-2' });
    expect(drafts.map((draft) => [draft.unitId, draft.problems])).toEqual([
      ['u-land', ['绿色矿山创建进度为何滞后。']],
      ['u-eco', ['矿区生态修复资金如何保障。']],
    ]);
  });

  it('follows the activity unit order and leaves out units without questions', () => {
    const drafts = draftsFromInquiry(questions, {
      activityId: 'act-2',
      unitOrder: ['u-water', 'u-eco', 'u-land'],
    });
    expect(drafts.map((draft) => draft.unitId)).toEqual(['u-eco', 'u-land']);
  });
});

describe('the outcome of a vote on rectification reports', () => {
  const subjects = [{ id: 'r1', name: '县住建局整改报告', refId: 'item-1' }];
  // domain.md §3 worked example: 15 entitled, 13 returned, 8 满意, 3 基本满意, 1 不满意, 1 blank → 满意
  const ballots: TierBallot[] = Array.from({ length: 13 }, (_, i) => ({
    form: 'tiers',
    id: `b${i}`,
    groupId: 'members',
    wholeVoid: false,
    marks: { r1: i < 8 ? ['satisfied'] : i < 11 ? ['basic'] : i < 12 ? ['unsatisfied'] : [] },
  }));
  const result = tally({
    rules: defaultRules(),
    subjects,
    counts: { members: { entitled: 15, present: 13, issued: 13, returned: 13 } },
    ballots,
    totals: [],
  });

  it('finds the item by refId and gives the outcome with its figures', () => {
    expect(reportVoteOutcome(result, subjects, 'item-1')).toEqual({
      outcome: 'satisfied',
      figures: '满意8票，基本满意3票，不满意1票，满意率91.67%',
    });
  });

  it('refuses an item not in the round, and a round without an outcome rule', () => {
    expect(reportVoteOutcome(result, subjects, 'item-2')).toEqual({
      error: '本轮测评中没有该事项的整改报告',
    });
    const noOutcome = tally({
      rules: { ...defaultRules(), outcomeDenominator: null },
      subjects,
      counts: { members: { entitled: 15, present: 13, issued: 13, returned: 13 } },
      ballots,
      totals: [],
    });
    expect(reportVoteOutcome(noOutcome, subjects, 'item-1')).toMatchObject({
      error: expect.stringContaining('无法判定'),
    });
  });
});
