// The agenda as Word reads it: title, facts, numbered items with their minutes, units under the inquiry.
import { describe, expect, it } from 'vitest';
import { defaultAgenda } from '../../domain/inquiry/agenda';
import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import { toBytes } from '../pack';
import { attributesOf, paragraphWith, plainText, readDocx } from '../testing/readDocx';
import { agendaDocument, respondentWithUnit } from './agendaDocument';
import { namesOf } from './context';
import { OFFICE_FONTS, testContext } from '../testing/inquiryContext';

let n = 0;
const AGENDA = defaultAgenda(() => `a${++n}`, DEFAULT_TIMER_MINUTES);
const eastAsia = (p: string) => attributesOf(p, 'w:rFonts')['w:eastAsia'];

async function documentXml(ctx = testContext(), agenda = AGENDA) {
  return (await readDocx(await toBytes(agendaDocument(ctx, agenda)))).document;
}

describe('agendaDocument', () => {
  it('sets the title in 2号 of the title font, broken after the organ', async () => {
    const xml = await documentXml(testContext({ fonts: OFFICE_FONTS }));
    const title = paragraphWith(xml, '宜丰县人大常委会');
    expect(plainText(title)).toBe('宜丰县人大常委会促进绿色矿山建设专题询问会议程');
    expect(title.match(/<w:br\/>/g)).toHaveLength(1);
    expect(title).toContain('<w:sz w:val="44"/>');
    expect(eastAsia(title)).toBe('华文中宋');
    expect(eastAsia(paragraphWith(xml, '时间：'))).toBe('仿宋');
    expect(xml).not.toContain('仿宋_GB2312');
  });

  it('writes date with the planned total, venue and chair, and leaves out what is not known', async () => {
    const xml = await documentXml();
    expect(plainText(paragraphWith(xml, '时间：'))).toBe('时间：2026年12月6日（计划用时3小时10分钟）');
    expect(plainText(paragraphWith(xml, '地点：'))).toBe('地点：县人大常委会会议室');
    expect(plainText(paragraphWith(xml, '主持人：'))).toBe('主持人：钟国平（县人大常委会主任）');
    const bare = testContext({ activity: { ...testContext().activity, venue: '', chairId: null } });
    const other = await documentXml(bare);
    expect(plainText(other)).not.toContain('地点：');
    expect(plainText(other)).not.toContain('主持人：');
  });

  it('numbers the items 一、二、… with their minutes at a right tab on the text block edge', async () => {
    const xml = await documentXml();
    const item = paragraphWith(xml, '三、询问');
    expect(plainText(item)).toBe('三、询问（一问一答）\t2小时');
    expect(attributesOf(item, 'w:tab')).toMatchObject({ 'w:val': 'right', 'w:pos': '8845' });
    expect(plainText(paragraphWith(xml, '六、'))).toBe('六、主任讲话\t15分钟');
  });

  it('prints the start time in the facts and each item’s planned start before its name', async () => {
    const ctx = testContext();
    const xml = await documentXml(testContext({ activity: { ...ctx.activity, agendaStart: '08:30' } }));
    expect(plainText(paragraphWith(xml, '时间：'))).toBe('时间：2026年12月6日 08:30（计划用时3小时10分钟）');
    expect(plainText(paragraphWith(xml, '一、'))).toBe('一、08:30\u3000开场（主持人介绍应询人员）\t10分钟');
    expect(plainText(paragraphWith(xml, '三、'))).toBe('三、09:00\u3000询问（一问一答）\t2小时');
    expect(plainText(paragraphWith(xml, '四、'))).toBe('四、11:00\u3000满意度测评\t15分钟');
    // 11:00 + 15 (测评) + the 表态发言's minutes
    const closing = 11 * 60 + 15 + DEFAULT_TIMER_MINUTES.statement;
    const at = `${Math.floor(closing / 60)}:${String(closing % 60).padStart(2, '0')}`;
    expect(plainText(paragraphWith(xml, '六、'))).toBe(`六、${at}\u3000主任讲话\t15分钟`);
  });

  it('lists the units and respondents under the inquiry item, title before name', async () => {
    const xml = await documentXml();
    const text = plainText(xml);
    expect(text).toContain(
      '应询单位及应询人：1.县自然资源局局长丁振宇2.县生态环境局局长施伟3.县应急管理局\u3000章国良',
    );
    expect(text.indexOf('应询单位及应询人')).toBeGreaterThan(text.indexOf('三、询问'));
    expect(text.indexOf('应询单位及应询人')).toBeLessThan(text.indexOf('四、满意度测评'));
    expect(attributesOf(paragraphWith(xml, '1.县自然资源局'), 'w:ind')).toEqual({
      'w:left': '1575',
      'w:hanging': '315',
    });
  });

  it('prints an item’s speaker under it, and nothing for an item without one', async () => {
    const withSpeaker = AGENDA.map((a) =>
      a.kind === 'report' ? { ...a, speaker: '县人民政府副县长 李明' } : a,
    );
    const xml = await documentXml(testContext(), withSpeaker);
    const text = plainText(xml);
    expect(plainText(paragraphWith(xml, '发言人：'))).toBe('发言人：县人民政府副县长 李明');
    expect(text.indexOf('发言人：')).toBeGreaterThan(text.indexOf('二、政府汇报'));
    expect(text.indexOf('发言人：')).toBeLessThan(text.indexOf('三、询问'));
    expect(text.match(/发言人：/g)).toHaveLength(1);
    expect(plainText(await documentXml())).not.toContain('发言人');
  });

  it('uses the GB/T 9704 page and says when there is no agenda yet', async () => {
    const xml = await documentXml(testContext(), []);
    expect(attributesOf(xml, 'w:pgMar')).toMatchObject({ 'w:top': '2097', 'w:left': '1587' });
    expect(plainText(xml)).toContain('（议程尚未安排）');
    expect(plainText(xml)).not.toContain('计划用时');
  });

  it('writes a respondent without a title next to the unit', () => {
    const names = namesOf(testContext());
    expect(
      respondentWithUnit({ unitId: 'unit-yingji', respondentName: '', respondentTitle: '' }, names),
    ).toBe('县应急管理局');
    const titled = { unitId: 'unit-ziran', respondentName: '孙建华', respondentTitle: '副县长' };
    expect(respondentWithUnit(titled, names)).toBe('县自然资源局副县长孙建华');
  });
});
