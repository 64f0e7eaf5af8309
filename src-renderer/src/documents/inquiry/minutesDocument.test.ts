// The minutes from the console's figures: facts, every question's phases, totals, what was not asked.
import { describe, expect, it } from 'vitest';
import { computeMinutes } from '../../domain/inquiry/minutes';
import { question, scenario } from '../../domain/testing/inquiryFixtures';
import { toBytes } from '../pack';
import { attributesOf, paragraphWith, plainText, readDocx } from '../testing/readDocx';
import { minutesDocument } from './minutesDocument';
import { OFFICE_FONTS, testContext } from '../testing/inquiryContext';

const ZONE = 'Asia/Shanghai';

/** q2 (two units) first, then q1 with a follow-up and a supplement, q3 skipped, an unplanned q4 running. */
function meeting() {
  const s = scenario().act({ type: 'agendaItemStarted', agendaItemId: 'a1' }).wait(600);
  s.act({ type: 'agendaItemStarted', agendaItemId: 'a3' });
  s.take('q2').phase('ask').wait(60).phase('answer').wait(120).finish();
  s.take('q1').phase('ask').wait(180).phase('answer').wait(340).phase('followUp').wait(100);
  s.phase('answer').wait(150).phase('supplement').wait(200).finish();
  s.act({ type: 'questionSkipped', questionId: 'q3' });
  const q4 = question('q4', 4, { askerId: 'li', unitIds: ['unit-yingji'], unplanned: true, text: '' });
  s.act({ type: 'questionAdded', question: q4 }).take('q4').phase('ask').wait(200).phase('answer').wait(100);
  return s;
}

async function documentXml(s = meeting(), ctx = testContext()) {
  const minutes = computeMinutes(s.state(), s.now());
  const doc = minutesDocument(ctx, minutes, { now: s.now(), timeZone: ZONE });
  return (await readDocx(await toBytes(doc))).document;
}

/** The rows of the table whose header row contains `header`, as lists of cell texts. */
function tableRows(xml: string, header: string): string[][] {
  const table = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes(header));
  if (!table) throw new Error(`no table with ${header}`);
  return [...table.matchAll(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/g)].map((cell) => plainText(cell[0])),
  );
}

describe('minutesDocument', () => {
  it('states when, where, who presided, the units with respondents and the askers', async () => {
    const text = plainText(await documentXml());
    expect(text).toContain('宜丰县人大常委会促进绿色矿山建设专题询问会议记录');
    expect(text).toContain('时间：2026年12月6日9:00开始（会议尚未结束，本记录截至9:34）');
    expect(text).toContain('地点：县人大常委会会议室主持人：钟国平（县人大常委会主任）');
    expect(text).toContain('应询单位及应询人：1.县自然资源局局长丁振宇2.县生态环境局局长施伟');
    expect(text).toContain('询问人：王芳、张明、李强（共3人）');
    expect(text).toContain(
      '用时：会议时长34分10秒；询问3题，计时环节计划用时34分钟，实际用时24分10秒，超时1分20秒。',
    );
  });

  it('writes the end of a meeting that ended', async () => {
    const s = meeting().finish().act({ type: 'meetingEnded' });
    expect(s.state().ignored).toEqual([]);
    expect(plainText(await documentXml(s))).toContain('时间：2026年12月6日9:00至9:34');
  });

  it('records each question in the order asked, with its phases planned and actual', async () => {
    const xml = await documentXml(meeting(), testContext({ fonts: OFFICE_FONTS }));
    const text = plainText(xml);
    const first = paragraphWith(xml, '（一）王芳询问');
    expect(plainText(first)).toBe('（一）王芳询问县生态环境局、县自然资源局（第2题）');
    expect(attributesOf(first, 'w:rFonts')['w:eastAsia']).toBe('楷体');
    expect(text.indexOf('（二）张明询问县自然资源局（第1题）')).toBeGreaterThan(text.indexOf('（一）'));
    expect(text).toContain('（三）李强询问县应急管理局（会上临时增加）');
    expect(text).toContain('追问1次，有补充回答。');
    expect(text).toContain('记录时仍在询问。');
    expect(tableRows(xml, '补充回答').length).toBeGreaterThan(0);
    const q1 = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0])[1] ?? '';
    expect(tableRows(q1, '环节')).toEqual([
      ['环节', '计划用时', '实际用时', '超时'],
      ['提问', '3分钟', '3分钟', '—'],
      ['回答', '5分钟', '5分40秒', '40秒'],
      ['追问', '2分钟', '1分40秒', '—'],
      ['回答', '5分钟', '2分30秒', '—'],
      ['补充回答', '3分钟', '3分20秒', '20秒'],
      ['合计', '18分钟', '16分10秒', '1分钟'],
    ]);
  });

  it('totals per unit in the activity order (every unit) and per asker', async () => {
    const xml = await documentXml();
    expect(tableRows(xml, '应询单位')).toEqual([
      ['应询单位', '问题', '追问', '补充回答', '计划用时', '实际用时', '超时'],
      ['县自然资源局', '2', '1', '1', '26分钟', '19分10秒', '1分钟'],
      ['县生态环境局', '1', '0', '0', '8分钟', '3分钟', '—'],
      ['县应急管理局', '1', '0', '0', '8分钟', '5分钟', '20秒'],
    ]);
    expect(plainText(xml)).toContain('同时询问几个单位的问题，计入每个单位的合计');
    expect(tableRows(xml, '询问人').slice(1)).toEqual([
      ['王芳', '1', '0', '8分钟', '3分钟', '—'],
      ['张明', '1', '1', '18分钟', '16分10秒', '1分钟'],
      ['李强', '1', '0', '8分钟', '5分钟', '20秒'],
    ]);
  });

  it('gives the agenda’s times, the meeting total and the questions not asked', async () => {
    const xml = await documentXml();
    const agenda = tableRows(xml, '议程');
    expect(agenda[1]).toEqual(['1', '开场（主持人介绍应询人员）', '10分钟', '10分钟']);
    expect(agenda[2]).toEqual(['2', '政府汇报（或观看专题片）', '20分钟', '—']);
    expect(plainText(xml)).toContain(
      '询问和表态发言计划用时34分钟，实际用时24分10秒，超时1分20秒；会议时长34分10秒。',
    );
    expect(tableRows(xml, '情况').slice(1)).toEqual([['3', '张明', '县应急管理局', '已跳过']]);
  });

  it('fills the text block with its tables and repeats their header rows', async () => {
    const xml = await documentXml();
    for (const table of xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)) {
      expect(attributesOf(table[0], 'w:tblW')['w:w']).toBe('8845');
      expect(table[0]).toContain('<w:tblHeader/>');
    }
  });
});
