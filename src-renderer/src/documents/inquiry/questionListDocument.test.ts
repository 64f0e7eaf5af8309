// The question list by unit: grouping, the full text once, pointers for the other units, fonts.
import { describe, expect, it } from 'vitest';
import { question } from '../../domain/testing/inquiryFixtures';
import { toBytes } from '../pack';
import { attributesOf, paragraphWith, paragraphsWith, plainText, readDocx } from '../testing/readDocx';
import { questionListDocument, questionsByUnit } from './questionListDocument';
import { OFFICE_FONTS, testContext } from '../testing/inquiryContext';

/** The unit's own respondent, as the question form fills it in. */
const by = (respondentName: string) => ({ respondentName, respondentTitle: '' });

const QUESTIONS = [
  question('q1', 1, { askerId: 'zhang', unitIds: ['unit-shengtai'], text: '扬尘怎么监测？', ...by('施伟') }),
  question('q2', 2, {
    askerId: 'wang',
    unitIds: ['unit-ziran', 'unit-shengtai'],
    text: '废水谁来管？',
    ...by('丁振宇'),
  }),
  question('q3', 3, {
    askerId: 'li',
    unitIds: ['unit-ziran'],
    text: '修复资金从哪里来？',
    respondentName: '孙建华',
    respondentTitle: '副县长',
  }),
  question('q4', 4, { askerId: 'gone', unitIds: ['unit-gone'], text: '已撤销单位的问题' }),
];
const ctx = testContext();
const eastAsia = (p: string) => attributesOf(p, 'w:rFonts')['w:eastAsia'];

async function documentXml(fonts = ctx.fonts) {
  return (await readDocx(await toBytes(questionListDocument({ ...ctx, fonts }, QUESTIONS)))).document;
}

describe('questionsByUnit', () => {
  it('groups by first unit in the activity order; other units share; unknown units come last', () => {
    const groups = questionsByUnit(ctx.activity.units, QUESTIONS);
    expect(groups.map((g) => [g.unitId, g.own.map((q) => q.id), g.shared.map((q) => q.id)])).toEqual([
      ['unit-ziran', ['q2', 'q3'], []],
      ['unit-shengtai', ['q1'], ['q2']],
      ['unit-yingji', [], []],
      ['unit-gone', ['q4'], []],
    ]);
    expect(groups[3]?.activityUnit).toBeNull();
  });
});

describe('questionListDocument', () => {
  it('heads each unit in the 一、 font with its respondent, in the activity order', async () => {
    const xml = await documentXml(OFFICE_FONTS);
    const text = plainText(xml);
    expect(text).toContain('宜丰县人大常委会促进绿色矿山建设专题询问题目单');
    expect(text).toContain('共4题');
    const heading = paragraphWith(xml, '一、县自然资源局');
    expect(eastAsia(heading)).toBe('方正黑体');
    expect(heading).toContain('<w:keepNext/>');
    expect(plainText(paragraphWith(xml, '应询人：丁振宇'))).toBe('应询人：丁振宇（县自然资源局局长）');
    expect(text.indexOf('二、县生态环境局')).toBeGreaterThan(text.indexOf('一、县自然资源局'));
    expect(text).toContain('三、县应急管理局应询人：章国良暂无询问问题。');
    expect(text).toContain('四、（已删除）');
  });

  it('prints a question to several units once, under the first, and points to it from the others', async () => {
    const xml = await documentXml();
    expect(paragraphsWith(xml, '废水谁来管？')).toHaveLength(1);
    expect(plainText(paragraphWith(xml, '2.询问人'))).toBe('2.询问人：王芳；同时询问县生态环境局');
    expect(plainText(paragraphWith(xml, '2.王芳询问'))).toBe(
      '2.王芳询问，与县自然资源局共同应询，题目见第一部分。',
    );
    // within a unit by planned order, own questions and pointers alike
    const text = plainText(xml);
    expect(text.indexOf('1.询问人：张明（县人大常委会委员）')).toBeLessThan(text.indexOf('2.王芳询问'));
  });

  it('names a respondent other than the unit’s, and sets the question in the body font', async () => {
    const xml = await documentXml(OFFICE_FONTS);
    expect(plainText(paragraphWith(xml, '3.询问人'))).toBe(
      '3.询问人：李强（县人大代表）；应询人：孙建华（副县长）',
    );
    const body = paragraphWith(xml, '修复资金从哪里来？');
    expect(eastAsia(body)).toBe('仿宋');
    expect(attributesOf(body, 'w:ind')).toEqual({ 'w:firstLine': '630' });
  });
});
