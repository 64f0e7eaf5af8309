// The minutes from the console's figures: facts, every question's phases, totals, what was not asked.
import { describe, expect, it } from 'vitest';
import { computeMinutes } from '../../domain/inquiry/minutes';
import { question, scenario } from '../../domain/testing/inquiryFixtures';
import { toBytes } from '../pack';
import { attributesOf, paragraphsWith, paragraphWith, plainText, readDocx } from '../testing/readDocx';
import { minutesDocument, type MinutesAttendance } from './minutesDocument';
import { docxToPdf, missingTools, pdfPages } from '../testing/pdfLayout';
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

async function documentXml(s = meeting(), ctx = testContext(), attendance?: MinutesAttendance) {
  const minutes = computeMinutes(s.state(), s.now());
  const doc = minutesDocument(ctx, minutes, {
    now: s.now(),
    timeZone: ZONE,
    ...(attendance ? { attendance } : {}),
  });
  return (await readDocx(await toBytes(doc))).document;
}

const text = plainText;

/** The lines of a paragraph the app broke with <w:br/>, as text. */
const brokenLines = (paragraph: string) => paragraph.split('<w:br/>').map(plainText);

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
    const all = text(await documentXml());
    expect(all).toContain('宜丰县人大常委会促进绿色矿山建设专题询问会议记录');
    expect(all).toContain('时间：2026年12月6日9:00开始（会议尚未结束，本记录截至9:34）');
    expect(all).toContain('地点：县人大常委会会议室主持人：钟国平（县人大常委会主任）');
    expect(all).toContain('应询单位及应询人：1.县自然资源局局长丁振宇2.县生态环境局局长施伟');
    expect(all).toContain('询问人：王芳、张明、李强（共3人）');
    expect(all).toContain(
      '用时：会议时长34分10秒；询问3题；各项计划用时44分钟，实际用时34分10秒，超时1分20秒。',
    );
  });

  it('says who attended, who sat in and who kept the record', async () => {
    const all = text(await documentXml());
    // by default the chair and the askers, the units' respondents, and a blank for the recorder
    expect(all).toContain('出席：钟国平、王芳、张明、李强（共4人）');
    expect(all).toContain('列席：丁振宇、施伟、章国良（共3人）');
    const recorder = paragraphWith(await documentXml(), '记录人：');
    expect(recorder).toContain('<w:u w:val="single"/>');
    const given = text(
      await documentXml(meeting(), testContext(), {
        present: ['钟国平', '张明'],
        attending: ['县人民政府副县长刘洋'],
        recorder: '胡晓',
      }),
    );
    expect(given).toContain('出席：钟国平、张明（共2人）列席：县人民政府副县长刘洋记录人：胡晓');
  });

  it('names every 应询人 of a question put to two units', async () => {
    const xml = await documentXml();
    const respondents = text(
      paragraphsWith(xml, '应询人：').filter((p) => plainText(p).startsWith('应询人'))[0] ?? '',
    );
    // 第2题 to 县生态环境局 and 县自然资源局, its own respondent answering for the unit their title names
    expect(respondents).toBe('应询人：县生态环境局局长施伟；县自然资源局局长李局长');
  });

  it('breaks a long list of names between names, a sentence of durations between durations', async () => {
    const people = ['欧阳明', '司马青', '上官云', '诸葛亮', '东方朔', '独孤求', '慕容复', '令狐冲'];
    const xml = await documentXml(meeting(), testContext(), { present: people });
    // 出席： then two characters of indent: 22 characters a line; the sixth name would reach past it
    const present = brokenLines(paragraphWith(xml, '出席：'));
    expect(present).toEqual([
      '出席：欧阳明、司马青、上官云、诸葛亮、东方朔、',
      '独孤求、慕容复、令狐冲（共8人）',
    ]);
    expect(paragraphWith(xml, '出席：')).toContain('<w:jc w:val="left"/>');
    const used = brokenLines(paragraphWith(xml, '用时：'));
    expect(used.join('')).toBe(
      '用时：会议时长34分10秒；询问3题；各项计划用时44分钟，实际用时34分10秒，超时1分20秒。',
    );
    for (const time of ['34分10秒', '44分钟', '1分20秒']) {
      expect(used.some((l) => l.includes(time))).toBe(true);
    }
  });

  it('writes the end of a meeting that ended', async () => {
    const s = meeting().finish().act({ type: 'meetingEnded' });
    expect(s.state().ignored).toEqual([]);
    expect(text(await documentXml(s))).toContain('时间：2026年12月6日9:00至9:34');
  });

  it('records each question in the order asked, with its phases planned and actual', async () => {
    const xml = await documentXml(meeting(), testContext({ fonts: OFFICE_FONTS }));
    const all = text(xml);
    const first = paragraphWith(xml, '（一）王芳询问');
    expect(plainText(first)).toBe('（一）王芳询问县生态环境局、县自然资源局（第2题）');
    expect(attributesOf(first, 'w:rFonts')['w:eastAsia']).toBe('楷体');
    expect(all.indexOf('（二）张明询问县自然资源局（第1题）')).toBeGreaterThan(all.indexOf('（一）'));
    expect(all).toContain('（三）李强询问县应急管理局（会上临时增加）');
    expect(all).toContain('追问1次，有补充回答。');
    expect(all).toContain('记录时仍在询问。');
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
    expect(text(xml)).toContain('同时询问几个单位的问题，计入每个单位的合计');
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
    expect(text(xml)).toContain('各项合计计划用时44分钟，实际用时34分10秒，超时1分20秒；会议时长34分10秒。');
    expect(tableRows(xml, '情况').slice(1)).toEqual([['3', '张明', '县应急管理局', '已跳过']]);
  });

  it('lists every timed item in the order it ran, with totals that are the sums of the columns', async () => {
    const xml = await documentXml();
    expect(tableRows(xml, '事项')).toEqual([
      ['序号', '题号', '事项', '计划用时', '实际用时', '超时'],
      ['1', '—', '开场（主持人介绍应询人员）', '10分钟', '10分钟', '—'],
      ['2', '2', '王芳询问县生态环境局、县自然资源局', '8分钟', '3分钟', '—'],
      ['3', '1', '张明询问县自然资源局', '18分钟', '16分10秒', '1分钟'],
      ['4', '临时', '李强询问县应急管理局', '8分钟', '5分钟', '20秒'],
      ['合计', '', '询问3题', '44分钟', '34分10秒', '1分20秒'],
    ]);
  });

  it('lists a question deferred and never taken again with the questions not asked, dated by the meeting', async () => {
    const s = scenario()
      .wait(3 * 86_400)
      .act({ type: 'agendaItemStarted', agendaItemId: 'a3' });
    s.take('q1').phase('ask').wait(200).act({ type: 'questionDeferred', questionId: 'q1' });
    s.take('q2').phase('ask').wait(60).finish();
    const xml = await documentXml(s);
    expect(text(xml)).toContain('时间：2026年12月9日9:00开始');
    expect(text(xml)).toContain('询问1题');
    expect(tableRows(xml, '情况').slice(1)).toEqual([
      ['1', '张明', '县自然资源局', '暂缓后未再询问（已计时3分20秒，不计入合计）'],
      ['3', '张明', '县应急管理局', '未询问'],
    ]);
  });

  it('fills the text block with its tables and repeats their header rows', async () => {
    const xml = await documentXml();
    for (const table of xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)) {
      expect(attributesOf(table[0], 'w:tblW')['w:w']).toBe('8845');
      expect(table[0]).toContain('<w:tblHeader/>');
    }
  });

  it.skipIf(missingTools.length > 0)(
    'wraps a long list of names between names in LibreOffice',
    { timeout: 120_000 },
    async () => {
      // 询问人： then names of three characters and 、: the sixth name reaches past the end of the first line
      const people = ['欧阳明', '司马青', '上官云', '诸葛亮', '东方朔', '独孤求', '慕容复', '令狐冲'].map(
        (name, i) => ({
          id: `p${i}`,
          name,
          title: '',
        }),
      );
      const base = testContext();
      const ctx = testContext({
        people: [...base.people, ...people],
        activity: { ...base.activity, participantIds: people.map((p) => p.id) },
      });
      const s = scenario();
      const doc = minutesDocument(ctx, computeMinutes(s.state(), s.now()), { now: s.now(), timeZone: ZONE });
      const lines = pdfPages(docxToPdf(await toBytes(doc), 'minutes')).flatMap((page) =>
        page.lines.map((line) => line.text.replace(/\s+/g, '')),
      );
      const start = lines.findIndex((line) => line.startsWith('询问人：'));
      const list = lines.slice(start, start + 2).join('|');
      expect(list).toContain('|'); // the list takes two lines
      for (const { name } of people) expect(list).toContain(name);
    },
  );
});
