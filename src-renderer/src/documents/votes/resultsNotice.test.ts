// 测评结果通报 of the demo's published evaluation, checked in the XML Word reads; kept for rendering.
import { describe, expect, it } from 'vitest';
import { formatChineseDate } from '../../domain/time';
import { toBytes } from '../pack';
import { attributesOf, paragraphsWith, paragraphWith, plainText, readDocx } from '../testing/readDocx';
import { publishedDate, type VotesDocContext } from './context';
import { bottomParagraph, countsParagraph, openingParagraph } from './noticeText';
import { fingerprintLines, resultsNoticeDocument } from './resultsNotice';
import { demoContext, demoReportContext, keep, tableRows } from '../testing/votesContext';

const OPTIONS = { prefix: '宜人常发', sequence: 7, addressee: '各被评议单位' };

async function noticeXml(name = 'results-notice-evaluation.docx', ctx?: VotesDocContext) {
  const context = ctx ?? (await demoContext('evaluation'));
  const bytes = await toBytes(resultsNoticeDocument(context, OPTIONS));
  keep(name, bytes);
  return { ctx: context, xml: (await readDocx(bytes)).document };
}

/** The XML after the page break that starts the 附件. */
function attachmentPart(xml: string): string {
  const at = xml.indexOf('<w:pageBreakBefore/>');
  if (at < 0) throw new Error('no attachment page');
  return xml.slice(xml.lastIndexOf('<w:p>', at));
}

describe('resultsNoticeDocument (测评结果通报)', () => {
  it('writes the 发文字号 with 〔〕 and the year of publication, the title and the addressee', async () => {
    const { ctx, xml } = await noticeXml();
    const year = publishedDate(ctx.round)?.slice(0, 4) ?? '';
    const number = paragraphWith(xml, '宜人常发');
    expect(plainText(number)).toBe(`宜人常发\u3014${year}\u30157号`);
    expect(attributesOf(number, 'w:bottom')['w:color']).toBe('FF0000');
    expect(plainText(paragraphWith(xml, '宜丰县人民代表大会常务委员会文件'))).toBe(
      '宜丰县人民代表大会常务委员会文件',
    );
    expect(plainText(paragraphWith(xml, '关于优化营商环境'))).toBe(
      '关于优化营商环境工作评议满意度测评结果的通报',
    );
    expect(plainText(paragraphWith(xml, '各被评议单位：'))).toBe('各被评议单位：');
  });

  it('dates the evaluation by the meeting, and the notice by the day it is published', async () => {
    const demo = await demoContext('evaluation');
    // The meeting two days before the result was published.
    const ctx = { ...demo, activity: { ...demo.activity, date: '2026-10-28' } };
    const opening = openingParagraph(ctx);
    expect(opening).toBe(
      '2026年10月28日，宜丰县人大常委会组织开展优化营商环境工作评议满意度测评，' +
        '测评对象为县发展和改革委员会等16个单位。经计票，现将测评结果通报如下。',
    );
    const { xml } = await noticeXml('results-notice-dates.docx', ctx);
    expect(plainText(xml)).toContain(opening);
    const signed = formatChineseDate(publishedDate(ctx.round) ?? '');
    expect(signed).not.toBe('2026年10月28日');
    const date = paragraphsWith(xml, signed).at(-1) ?? '';
    expect(plainText(date)).toBe(signed);
    expect(attributesOf(date, 'w:jc')['w:val']).toBe('right');
  });

  it('gives the counts of every rater group under the results table', async () => {
    const { ctx, xml } = await noticeXml();
    const counts = countsParagraph(ctx);
    expect(counts).toContain('常委会组成人员应到28人，实到25人，发出测评票25张，收回25张');
    expect(counts).toContain('人大代表应到20人，实到18人，发出测评票18张，收回17张');
    expect(counts).toContain('服务对象应到8人，实到7人，发出测评票7张，收回7张');
    const text = plainText(xml);
    expect(text.indexOf(counts)).toBeGreaterThan(text.indexOf('县供电公司'));
  });

  it('tabulates rank, unit, rate, score and outcome in rank order, the bottom three marked', async () => {
    const { ctx, xml } = await noticeXml();
    const rows = tableRows(xml, '名次');
    expect(rows[0]).toEqual(['名次', '单位', '综合满意率', '综合得分', '等次', '备注']);
    const result = ctx.round.published?.result;
    expect(rows.slice(1).map((row) => row[1])).toEqual(result?.subjects.map((s) => s.name));
    const marked = rows.filter((row) => row[5] === '排名靠后').map((row) => row[1]);
    expect(marked).toEqual(rows.slice(-3).map((row) => row[1])); // the last three rows
    expect([...marked].sort()).toEqual(['县住房和城乡建设局', '县自然资源局', '县供电公司'].sort());
    expect(rows.at(-1)?.[0]).toBe('16');
    expect(rows[1]?.[2]).toMatch(/^\d{2,3}\.\d{2}%$/);
  });

  it('puts a table of every rater group’s rates and scores beside the composite', async () => {
    const { ctx, xml } = await noticeXml();
    expect(plainText(paragraphWith(xml, '（一）'))).toBe('（一）综合结果');
    expect(plainText(paragraphWith(xml, '（二）'))).toBe('（二）各测评组结果');
    const rows = tableRows(xml, '常委会组成人员');
    expect(rows[0]).toEqual(['单位', '常委会组成人员', '人大代表', '服务对象']);
    expect(rows[1]).toEqual(['', '满意率（%）', '得分', '满意率（%）', '得分', '满意率（%）', '得分']);
    const result = ctx.round.published?.result;
    expect(rows.slice(2).map((row) => row[0])).toEqual(result?.subjects.map((s) => s.name));
    const first = result?.subjects[0];
    const members = first?.groups.find((g) => g.groupId === 'members');
    expect(rows[2]?.[2]).toBe(members?.score?.value.toFixed(2));
    expect(rows[2]?.[1]).toBe(((members?.satisfactionRate?.value ?? 0) * 100).toFixed(2));
    expect(rows.slice(2).every((row) => row.length === 7)).toBe(true);
    // The second header row repeats with the first on every page; the unit's header fills both rows.
    expect(xml.match(/<w:tblHeader\/>/g)?.length).toBe(3);
    expect(xml).toContain('<w:vMerge w:val="restart"/>');
  });

  it('names the bottom units with the talk and the rectification that follow', async () => {
    const { ctx, xml } = await noticeXml();
    const text = bottomParagraph(ctx) ?? '';
    expect(text).toMatch(/^按照得分排名，县\S+、县\S+和县\S+等3个单位排名靠后。/);
    for (const name of ['县住房和城乡建设局', '县自然资源局', '县供电公司']) expect(text).toContain(name);
    expect(text).toContain('宜丰县人大常委会将约谈上述单位主要负责人，并责令限期整改');
    expect(plainText(xml)).toContain(text);
    expect(plainText(paragraphWith(xml, '二、'))).toBe('二、排名靠后的单位及整改要求');
  });

  it('moves the counting rules and the fingerprint to an 附件 after the signature', async () => {
    const { ctx, xml } = await noticeXml();
    const published = ctx.round.published;
    expect(plainText(xml)).not.toContain('三、计票规则');
    expect(plainText(paragraphWith(xml, '附件：'))).toBe('附件：计票规则及测评票校验码');
    // The short closing line keeps with the 附件说明 and the signature; the paragraphs before it may flow.
    expect(paragraphWith(xml, '特此通报。')).toContain('<w:keepNext/>');
    expect(paragraphWith(xml, bottomParagraph(ctx) ?? '?')).not.toContain('<w:keepNext/>');
    const signed = formatChineseDate(publishedDate(ctx.round) ?? '');
    const attachment = attachmentPart(xml);
    expect(xml.indexOf(signed)).toBeLessThan(xml.indexOf('<w:pageBreakBefore/>'));
    expect(plainText(paragraphWith(attachment, '附件'))).toBe('附件');
    expect(plainText(attachment)).toMatch(/^附件计票规则及测评票校验码1\./);
    published?.result.rules.forEach((rule, i) => {
      expect(plainText(paragraphWith(attachment, rule))).toBe(`${i + 1}.${rule}。`);
    });
  });

  it('prints the fingerprint unbroken: monospace, in groups of 8, four groups a line', async () => {
    const { ctx, xml } = await noticeXml();
    const fingerprint = ctx.round.published?.fingerprint ?? '';
    const lines = fingerprintLines(fingerprint);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ').split(' ')).toHaveLength(8);
    expect(lines.join('').replace(/ /g, '')).toBe(fingerprint);
    const printed = paragraphWith(attachmentPart(xml), lines[0] ?? '?');
    expect(plainText(printed)).toBe(lines.join(''));
    expect(printed.match(/<w:br\/>/g)).toHaveLength(1);
    expect(attributesOf(printed, 'w:rFonts')['w:ascii']).toBe('Courier New');
    expect(printed).toContain('<w:keepLines/>');
  });

  it('is refused for a round that is not published', async () => {
    const ctx = await demoContext('inquiry');
    expect(() => resultsNoticeDocument(ctx, OPTIONS)).toThrow('只有已公布的测评才能生成结果通报');
  });
});

describe('the notice of a vote on one rectification report (整改复测)', () => {
  it('reads as a short result: 满意，办结, without ranking rules or a 名次 column', async () => {
    const ctx = await demoReportContext();
    const { xml } = await noticeXml('results-notice-report.docx', ctx);
    const text = plainText(xml);
    const name = ctx.round.subjects[0]?.name ?? '?';
    expect(text).toContain(`测评结果为“满意”，${name.replace(/整改情况报告$/, '')}的整改事项办结。`);
    expect(text).toContain('满意17票，基本满意6票，不满意1票，弃权0票，无效0票');
    expect(text).not.toContain('名次');
    expect(text).not.toContain('排名');
    expect(xml).not.toContain('<w:tbl>');
    expect(plainText(paragraphWith(xml, '附件：'))).toBe('附件：计票规则及测评票校验码');
  });

  it('says the report goes back for rectification when the outcome is 不满意', async () => {
    const demo = await demoReportContext();
    const published = demo.round.published;
    if (!published) throw new Error('not published');
    const subjects = published.result.subjects.map((s) => ({ ...s, outcome: 'unsatisfied' as const }));
    const round = { ...demo.round, published: { ...published, result: { ...published.result, subjects } } };
    const { xml } = await noticeXml('results-notice-report-unsatisfied.docx', { ...demo, round });
    const unit = (demo.round.subjects[0]?.name ?? '').replace(/整改情况报告$/, '');
    expect(plainText(xml)).toContain(
      `测评结果为“不满意”。请${unit}继续整改，于3个月内再次书面报送整改情况报告，宜丰县人大常委会将再次进行满意度测评。`,
    );
  });
});
