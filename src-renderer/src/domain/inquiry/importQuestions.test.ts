import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMER_MINUTES } from '../settings/settings';
import {
  matchAsker,
  parseMinutes,
  previewQuestionsImport,
  type QuestionImportContext,
} from './importQuestions';

const person = (id: string, name: string, title = '', archived = false) => ({ id, name, title, archived });
const unit = (
  id: string,
  fullName: string,
  shortName: string,
  supervisorName = '',
  supervisorTitle = '',
) => ({
  id,
  fullName,
  shortName,
  supervisorName,
  supervisorTitle,
});

const CTX: QuestionImportContext = {
  people: [
    person('p-zhang', '张明', '县人大常委会委员'),
    person('p-wang1', '王芳', '县人大代表'),
    person('p-wang2', '王芳', '县人大常委会委员'),
    person('p-old', '赵刚', '县人大代表', true),
    person('p-li', '李强', '县人大代表'),
  ],
  units: [
    unit('u-ziran', '宜丰县自然资源局', '县自然资源局', '孙建华', '副县长'),
    unit('u-shengtai', '宜丰县生态环境局', '县生态环境局'),
    unit('u-linye', '宜丰县林业局', '县林业局'),
    unit('u-caizheng', '宜丰县财政局', '县财政局'),
  ],
  activity: {
    units: [
      { unitId: 'u-ziran', respondentName: '丁振宇', respondentTitle: '局长' },
      { unitId: 'u-shengtai', respondentName: '施伟', respondentTitle: '局长' },
      { unitId: 'u-linye', respondentName: '郑宏斌', respondentTitle: '局长' },
    ],
    timerMinutes: { ...DEFAULT_TIMER_MINUTES, answer: 6 },
  },
  existing: [{ askerId: 'p-li', text: '已有的问题', order: 1 }],
};

const HEADER = [
  '序号',
  '询问人',
  '应询单位',
  '应询人',
  '询问内容',
  '提问',
  '回答（分钟）',
  '追问',
  '补充回答',
];

function preview(rows: string[][], header = HEADER) {
  return previewQuestionsImport({ rows: [['专题询问题目'], header, ...rows] }, CTX);
}

/** The errors of the only data row. */
function errorsOf(row: string[]) {
  const result = preview([row]);
  expect(result.fileErrors).toEqual([]);
  return result.rows[0]?.errors ?? [];
}

describe('previewQuestionsImport', () => {
  it('imports a good row with the asker, the units, the activity respondent and planned minutes', () => {
    const result = preview([
      ['1', '张明', '县自然资源局、县林业局', '', '  矿山复绿  怎么验收？ ', '', '', '', ''],
      ['2', '李强', '生态环境局', '施伟', '扬尘如何监测？', '4', '8', '3分钟', '5.0'],
    ]);
    expect(result.fileErrors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.goodCount).toBe(2);
    expect(result.rows[0]).toMatchObject({ rowNumber: 3, errors: [] });
    expect(result.rows[0]?.value).toEqual({
      askerId: 'p-zhang',
      unitIds: ['u-ziran', 'u-linye'],
      respondentName: '丁振宇',
      respondentTitle: '局长',
      text: '矿山复绿 怎么验收？',
      plannedSeconds: { ask: 180, answer: 360, followUp: 120, supplement: 180 },
      unplanned: false,
    });
    expect(result.rows[1]?.value).toMatchObject({
      unitIds: ['u-shengtai'],
      respondentName: '施伟',
      plannedSeconds: { ask: 240, answer: 480, followUp: 180, supplement: 300 },
    });
  });

  it('reports an asker who is not in the directory', () => {
    expect(errorsOf(['1', '陈某', '县自然资源局', '', '问题', '', '', '', ''])).toEqual([
      '名册中没有“陈某”，请先在名册中添加此人，或检查姓名是否写错',
    ]);
  });

  it('reports a name two people share, and takes a title to tell them apart', () => {
    expect(errorsOf(['1', '王芳', '县自然资源局', '', '问题', '', '', '', ''])).toEqual([
      '名册中有 2 位“王芳”（县人大代表；县人大常委会委员），无法确定是哪一位，请写成“王芳（职务）”',
    ]);
    expect(
      preview([['1', '王芳（县人大常委会委员）', '县自然资源局', '', '问题', '', '', '', '']]).rows[0]?.value,
    ).toMatchObject({ askerId: 'p-wang2' });
    expect(matchAsker('王芳（副县长）', CTX.people)).toEqual({
      error: '名册中的“王芳”职务是：县人大代表；县人大常委会委员，与“副县长”不符',
    });
  });

  it('reports an archived asker and an empty asker', () => {
    expect(errorsOf(['1', '赵刚', '县自然资源局', '', '问题', '', '', '', ''])).toEqual([
      '询问人“赵刚”在名册中已归档，请先在名册中恢复',
    ]);
    expect(errorsOf(['1', '', '县自然资源局', '', '问题', '', '', '', ''])).toEqual(['请填写询问人']);
  });

  it('reports units that are not the activity’s, listing the activity’s units', () => {
    expect(errorsOf(['1', '张明', '县财政局；县自然资源局，县水利局', '', '问题', '', '', '', ''])).toEqual([
      '应询单位“县财政局”、“县水利局”不是本次询问的应询单位（本次应询单位：县自然资源局、县生态环境局、县林业局）',
    ]);
    expect(errorsOf(['1', '张明', '', '', '问题', '', '', '', ''])).toEqual(['请填写应询单位']);
  });

  it('reports an empty question and lengths that are not 0..120 minutes', () => {
    expect(errorsOf(['1', '张明', '县林业局', '', '', '', '', '', ''])).toEqual(['请填写询问内容']);
    expect(errorsOf(['1', '张明', '县林业局', '', '问题', '0', '121', '两分钟', ''])).toEqual([
      '回答时长“121”不能超过 120 分钟（不填则按活动设置）',
      '追问时长“两分钟”无法识别：请填分钟数（如 3）或 分:秒（如 1:30），0 表示不限时（不填则按活动设置）',
    ]);
  });

  it('flags the same asker and text twice in the file, and a question already in the list', () => {
    const result = preview([
      ['1', '张明', '县林业局', '', '同一个问题', '', '', '', ''],
      ['2', '张明', '县自然资源局', '', '同一个  问题', '', '', '', ''],
      ['3', '李强', '县林业局', '', '同一个问题', '', '', '', ''],
      ['4', '李强', '县林业局', '', '已有的问题', '', '', '', ''],
    ]);
    expect(result.rows.map((r) => r.errors)).toEqual([
      [],
      ['与第 3 行重复（询问人和询问内容相同）'],
      [],
      ['询问提纲中已有此问题（第 1 题，询问人和询问内容相同）'],
    ]);
    expect([result.goodCount, result.badCount]).toEqual([2, 2]);
  });

  it('takes a respondent with a title, or the supervising leader of the unit', () => {
    const rows = preview([
      ['1', '张明', '县自然资源局', '孙建华', '问题一', '', '', '', ''],
      ['2', '张明', '县林业局', '刘洋（副局长）', '问题二', '', '', '', ''],
    ]).rows;
    expect(rows[0]?.value).toMatchObject({ respondentName: '孙建华', respondentTitle: '副县长' });
    expect(rows[1]?.value).toMatchObject({ respondentName: '刘洋', respondentTitle: '副局长' });
  });

  it('needs the required columns and ignores others with a warning', () => {
    const missing = preview([['张明', '问题']], ['询问人', '询问内容']);
    expect(missing.fileErrors[0]).toContain('表头缺少必填列“应询单位”');
    const extra = preview([['张明', '县林业局', '问题', 'x']], ['询问人', '应询单位', '问题', '备注']);
    expect(extra.warnings).toEqual(['以下列不会导入，已忽略：“备注”']);
    expect(extra.goodCount).toBe(1);
  });

  it('reads whole minutes written in the ways a spreadsheet gives them', () => {
    expect(['3', '3.0', '3分钟', '3 分', '120'].map(parseMinutes)).toEqual([3, 3, 3, 3, 120]);
    expect(['0', '1:30', '2.5', '1分30秒'].map(parseMinutes)).toEqual([0, 1.5, 2.5, 1.5]);
    expect(['121', '1:60', '-1', 'abc', '2.501'].map(parseMinutes)).toEqual([null, null, null, null, null]);
  });
});
