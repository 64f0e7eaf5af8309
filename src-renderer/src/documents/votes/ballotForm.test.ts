// 满意度测评表 and 评分表, checked in the XML Word reads; the demo's forms are kept for rendering.
import { describe, expect, it } from 'vitest';
import { defaultRules } from '../../domain/votes/rules';
import { mm } from '../gbt9704';
import { toBytes } from '../pack';
import { attributesOf, paragraphWith, plainText, readDocx } from '../testing/readDocx';
import { ballotFormDocument, formRowHeight } from './ballotForm';
import { ballotFormTitle, breakTitle, type VotesDocContext } from './context';
import { demoContext, keep, tableRows } from '../testing/votesContext';

async function documentXml(ctx: VotesDocContext, name: string, groupIds?: string[]): Promise<string> {
  const bytes = await toBytes(ballotFormDocument(ctx, groupIds));
  keep(name, bytes);
  return (await readDocx(bytes)).document;
}

describe('ballotFormDocument (满意度测评表)', () => {
  it('lists the subjects in entry order with one box column per tier, one form per rater group', async () => {
    const ctx = await demoContext('evaluation');
    const xml = await documentXml(ctx, 'ballot-form-evaluation.docx');
    const title = paragraphWith(xml, '优化营商环境工作评议满意度测评表');
    expect(plainText(title)).toBe('宜丰县人大常委会优化营商环境工作评议满意度测评表');
    expect(title.match(/<w:br\/>/g)).toHaveLength(1); // the organ on its own line
    const rows = tableRows(xml, '被评议单位');
    expect(rows[0]).toEqual(['序号', '被评议单位', '满意', '基本满意', '不满意']);
    expect(rows.slice(1).map((row) => row[1])).toEqual(ctx.round.subjects.map((s) => s.name));
    expect(rows.slice(1).map((row) => row[0])).toEqual(ctx.round.subjects.map((_, i) => String(i + 1)));
    expect(rows.slice(1).every((row) => row.slice(2).every((cell) => cell === ''))).toBe(true);
    // One form per group, each with its own group line; the header row repeats on every page.
    for (const group of ['常委会组成人员', '人大代表', '服务对象']) {
      expect(plainText(paragraphWith(xml, `测评人类别：${group}`))).toMatch(
        new RegExp(`^测评人类别：${group}\\t\\d{4}年`),
      );
    }
    expect(xml.match(/<w:tbl>/g)).toHaveLength(3);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(3);
    expect(xml.match(/<w:pgNumType w:start="1"\/>/g)).toHaveLength(3);
  });

  it('prints no page number on a form of one page, and numbers the pages of a longer one', async () => {
    const ctx = await demoContext('evaluation');
    const one = await documentXml(ctx, 'ballot-form-members.docx', ['members']);
    expect(one.includes('<w:titlePg/>')).toBe(true); // its first page takes the empty first-page footer
    const subjects = Array.from({ length: 40 }, (_, i) => ({
      id: `s${i}`,
      name: `单位${i + 1}`,
      refId: null,
    }));
    const long = { ...ctx, round: { ...ctx.round, subjects } };
    const xml = await documentXml(long, 'ballot-form-long.docx', ['members']);
    expect(xml.includes('<w:titlePg/>')).toBe(false);
  });

  it('prints the marking instructions: one ✓ per unit, blank is 弃权, two ✓ void that unit', async () => {
    const ctx = await demoContext('evaluation');
    const xml = await documentXml(ctx, 'ballot-form-members.docx', ['members']);
    const note = plainText(paragraphWith(xml, '填表说明'));
    expect(note).toBe(
      '填表说明：请在每个单位对应的一个档次栏内划“✓”，每个单位只能选择一个档次；未划“✓”的，视为弃权；' +
        '划两个及以上“✓”的，该单位的测评无效。本表不署名。',
    );
    expect(xml.match(/<w:tbl>/g)).toHaveLength(1);
  });

  it('adds a 不了解 column and its instruction when the round allows it', async () => {
    const ctx = await demoContext('inquiry');
    ctx.round.rules.tiers = { ...ctx.round.rules.tiers, scheme: 'four', allowUnknown: true };
    const xml = await documentXml(ctx, 'ballot-form-four-tiers.docx');
    expect(tableRows(xml, '应询单位')[0]).toEqual([
      '序号',
      '应询单位',
      '满意',
      '比较满意',
      '基本满意',
      '不满意',
      '不了解',
    ]);
    expect(plainText(paragraphWith(xml, '填表说明'))).toContain('对单位情况不了解的，请在“不了解”栏内划“✓”');
  });

  it('keeps 16 subjects on one page with tall rows, and shortens rows to 8 mm for long lists', () => {
    expect(formRowHeight(16, 2)).toBeGreaterThanOrEqual(520); // over 9 mm
    expect(16 * formRowHeight(16, 2)).toBeLessThan(12757 - 2 * 579 - 579 - 1200);
    expect(formRowHeight(40, 2)).toBe(mm(8)); // 8 mm: the table runs on, its header repeated
  });
});

describe('ballotFormDocument (评分表)', () => {
  it('is titled and named 评分表', async () => {
    const ctx = await demoContext('evaluation');
    ctx.round.rules = { ...defaultRules('scoreSheet'), groups: ctx.round.rules.groups };
    expect(ballotFormTitle(ctx.round)).toBe('优化营商环境工作评议评分表');
    expect(ballotFormTitle({ ...ctx.round, title: '优化营商环境工作评议测评评分' })).toBe(
      '优化营商环境工作评议评分表',
    );
    expect(ballotFormTitle({ ...ctx.round, title: '年度评分表' })).toBe('年度评分表');
    const xml = await documentXml(ctx, 'score-sheet-title.docx', ['members']);
    expect(plainText(paragraphWith(xml, '评分表'))).toBe('宜丰县人大常委会优化营商环境工作评议评分表');
    expect(plainText(xml)).not.toContain('满意度测评表');
  });

  it('keeps column heads whole: 被评议单位 on one line, long criteria broken between words', async () => {
    const ctx = await demoContext('evaluation');
    const criteria = [
      { id: 'c1', name: '依法履职', max: 25 },
      { id: 'c2', name: '服务效能', max: 25 },
      { id: 'c3', name: '作风建设', max: 25 },
      { id: 'c4', name: '落实审议意见情况', max: 25 },
    ];
    ctx.round.rules = { ...defaultRules('scoreSheet'), criteria, groups: ctx.round.rules.groups };
    // Short names: the name column would be four characters wide, and 被评议单位 would break as 被评议单/位.
    ctx.round.subjects = ['县财政局', '县商务局', '县税务局'].map((name, i) => ({
      id: `s${i}`,
      name,
      refId: null,
    }));
    const xml = await documentXml(ctx, 'score-sheet-short-names.docx', ['members']);
    const widths = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    // 5 characters of 小四 (12 pt = 240 twips) and the cell margins (160 twips).
    expect(widths[1]).toBeGreaterThanOrEqual(5 * 240 + 160);
    const head = tableRows(xml, '依法履职')[0] ?? [];
    expect(head[5]).toBe('落实审议意见情况25分');
    // The long criterion is broken between words (落实/审议/意见/情况), never inside one.
    const cell = [...xml.matchAll(/<w:tc>.*?<\/w:tc>/g)].map((m) => m[0]).find((c) => c.includes('落实'));
    const lines = [...(cell ?? '').matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g)].map((m) =>
      plainText(m[0]),
    );
    expect(lines.slice(0, -1).join('|')).toMatch(/^(落实审议|落实审议意见)\|/);
    expect(lines.at(-1)).toBe('25分');
  });

  it('prints subjects × criteria with their maximum, a total column and the bounds', async () => {
    const ctx = await demoContext('evaluation');
    ctx.round.rules = { ...defaultRules('scoreSheet'), groups: ctx.round.rules.groups };
    const xml = await documentXml(ctx, 'score-sheet-evaluation.docx', ['members']);
    const rows = tableRows(xml, '依法履职');
    expect(rows[0]).toEqual([
      '序号',
      '被评议单位',
      '依法履职25分',
      '服务效能25分',
      '作风建设25分',
      '落实审议意见25分',
      '合计100分',
    ]);
    expect(rows.slice(1).map((row) => row[1])).toEqual(ctx.round.subjects.map((s) => s.name));
    const note = plainText(paragraphWith(xml, '填表说明'));
    expect(note).toContain('请在各项目栏内填写 0 至该项分值之间的分数（可保留一位小数）');
    expect(note).toContain('超出分值或多于一位小数的，该单位评分无效');
    expect(attributesOf(xml, 'w:pgSz')['w:orient']).not.toBe('landscape');
  });
});

describe('breakTitle', () => {
  it('breaks long titles where the words stay whole', () => {
    expect(breakTitle('关于优化营商环境工作评议满意度测评结果的通报')).toBe(
      '关于优化营商环境工作评议\n满意度测评结果的通报',
    );
    expect(breakTitle('促进绿色矿山建设专题询问应询单位满意度测评表')).toBe(
      '促进绿色矿山建设专题询问\n应询单位满意度测评表',
    );
    expect(breakTitle('优化营商环境工作评议满意度测评表')).toBe('优化营商环境工作评议满意度测评表');
  });
});
