// 测评结果通报 of the demo's published evaluation, checked in the XML Word reads; kept for rendering.
import { describe, expect, it } from 'vitest';
import { toBytes } from '../pack';
import { attributesOf, paragraphsWith, paragraphWith, plainText, readDocx } from '../testing/readDocx';
import { publishedDate } from './context';
import { bottomParagraph, openingParagraph } from './noticeText';
import { resultsNoticeDocument } from './resultsNotice';
import { demoContext, keep, tableRows } from '../testing/votesContext';

const OPTIONS = { prefix: '宜人常发', sequence: 7, addressee: '各被评议单位' };

async function noticeXml() {
  const ctx = await demoContext('evaluation');
  const bytes = await toBytes(resultsNoticeDocument(ctx, OPTIONS));
  keep('results-notice-evaluation.docx', bytes);
  return { ctx, xml: (await readDocx(bytes)).document };
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

  it('says what was evaluated, when, and the counts of every rater group', async () => {
    const { ctx, xml } = await noticeXml();
    const opening = openingParagraph(ctx);
    expect(opening).toMatch(
      /^\d{4}年\d{1,2}月\d{1,2}日，宜丰县人大常委会组织开展优化营商环境工作评议满意度测评，/,
    );
    expect(opening).toContain('测评对象为县发展和改革委员会等16个单位');
    expect(opening).toContain('常委会组成人员应到28人，实到25人，发出测评票25张，收回25张');
    expect(opening).toContain('人大代表应到20人，实到18人，发出测评票18张，收回17张');
    expect(opening).toContain('服务对象应到8人，实到7人，发出测评票7张，收回7张');
    expect(plainText(xml)).toContain(opening);
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

  it('names the bottom units with the talk and the rectification that follow', async () => {
    const { ctx, xml } = await noticeXml();
    const text = bottomParagraph(ctx) ?? '';
    expect(text).toMatch(/^按照得分排名，县\S+、县\S+和县\S+等3个单位排名靠后。/);
    for (const name of ['县住房和城乡建设局', '县自然资源局', '县供电公司']) expect(text).toContain(name);
    expect(text).toContain('宜丰县人大常委会将约谈上述单位主要负责人，并责令限期整改');
    expect(plainText(xml)).toContain(text);
    expect(plainText(paragraphWith(xml, '二、'))).toBe('二、排名靠后的单位及整改要求');
  });

  it('lists the counting rules under 计票规则 and prints the fingerprint, signed on the publish date', async () => {
    const { ctx, xml } = await noticeXml();
    const published = ctx.round.published;
    expect(plainText(paragraphWith(xml, '三、'))).toBe('三、计票规则');
    published?.result.rules.forEach((rule, i) => {
      expect(plainText(paragraphWith(xml, rule))).toBe(`${i + 1}.${rule}。`);
    });
    expect(plainText(paragraphWith(xml, '测评票校验码'))).toBe(
      `测评票校验码（SHA-256）：${published?.fingerprint}`,
    );
    const [y, m, d] = (publishedDate(ctx.round) ?? '').split('-').map(Number);
    const date = paragraphsWith(xml, `${y}年${m}月${d}日`).at(-1) ?? '';
    expect(plainText(date)).toBe(`${y}年${m}月${d}日`);
    expect(attributesOf(date, 'w:jc')['w:val']).toBe('right');
  });

  it('is refused for a round that is not published', async () => {
    const ctx = await demoContext('inquiry');
    expect(() => resultsNoticeDocument(ctx, OPTIONS)).toThrow('只有已公布的测评才能生成结果通报');
  });
});
