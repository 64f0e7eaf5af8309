// 票决结果公告, checked in the XML Word reads; with DOCS_CHECK_DIR set it is kept for rendering.
import { describe, expect, it } from 'vitest';
import { decideProjectVote } from '../../domain/projects/projectDecision';
import { toBytes } from '../pack';
import { announcementInput, CANDIDATES, CONTEXT, VOTES } from '../testing/projectsContext';
import { attributesOf, paragraphsWith, paragraphWith, plainText, readDocx } from '../testing/readDocx';
import { keep, tableRows } from '../testing/votesContext';
import { printed } from './context';
import {
  announcementNumber,
  projectAnnouncementDocument,
  type AnnouncementOptions,
} from './announcementDocument';

const OPTIONS: AnnouncementOptions = {
  prefix: '宜人常发',
  sequence: 3,
  date: '2027-01-09',
  colophon: { printer: '宜丰县人大常委会办公室', printDate: '2027年1月9日' },
};

async function announcementXml(name: string, votes: readonly number[] = VOTES, options = OPTIONS) {
  const bytes = await toBytes(projectAnnouncementDocument(CONTEXT, announcementInput(votes), options));
  keep(name, bytes);
  return (await readDocx(bytes)).document;
}

describe('projectAnnouncementDocument (票决结果公告)', () => {
  it('has the red 标志, the 发文字号 of the signing year with 〔〕, and the title', async () => {
    const xml = await announcementXml('project-announcement.docx');
    expect(plainText(paragraphWith(xml, '宜丰县人民代表大会常务委员会文件'))).toBe(
      '宜丰县人民代表大会常务委员会文件',
    );
    const number = paragraphWith(xml, '宜人常发');
    expect(plainText(number)).toBe('宜人常发\u30142027\u30153号');
    expect(attributesOf(number, 'w:bottom')['w:color']).toBe('FF0000');
    expect(plainText(paragraphWith(xml, '票决结果的公告'))).toBe(
      '关于宜丰县2027年民生实事项目票决结果的公告',
    );
    expect(announcementNumber({ prefix: '宜人常发', sequence: 12, date: '2026-12-31' })).toBe(
      '宜人常发\u30142026\u301512号',
    );
  });

  it('gives the counts and the chosen projects in print (no spaces by the digits)', async () => {
    const xml = await announcementXml('project-announcement.docx');
    expect(plainText(paragraphWith(xml, '应到'))).toBe(
      '2027年1月8日，宜丰县第十八届人民代表大会第二次会议对宜丰县2027年民生实事项目的12个候选项目进行了票决。' +
        '应到45人，实到41人，发出票41张，收回41张，其中有效票39张，无效票2张（多选2张）。',
    );
    const chosen = plainText(paragraphWith(xml, '根据票决办法'));
    expect(chosen).toContain('共10个项目获得过半数同意票，确定为宜丰县2027年民生实事项目。');
    for (const c of CANDIDATES.slice(0, 10)) expect(chosen).toContain(`“${c.name}”`);
    expect(chosen).not.toContain(CANDIDATES[10]!.name);
    expect(plainText(xml)).toContain('现予公告。');
  });

  it('tables every candidate with its votes and result', async () => {
    const xml = await announcementXml('project-announcement.docx');
    const rows = tableRows(xml, '同意票');
    expect(rows[0]).toEqual(['序号', '项目名称', '承办单位', '预算（万元）', '同意票', '结果']);
    expect(rows).toHaveLength(13);
    expect(rows[1]).toEqual(['1', '农村公路提质改造', '县交通运输局', '1200', '38', '当选']);
    expect(rows[11]).toEqual([
      '11',
      '公共厕所新建改建',
      '县住房和城乡建设局',
      '300',
      '20',
      '通过，未进入前10项',
    ]);
    expect(rows[12]).toEqual(['12', '全民健身设施建设', '县教育体育局', '180', '13', '未过半数']);
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    // A long unit name breaks between words, not inside one.
    expect(paragraphsWith(xml, '建设局').map(plainText)).toContain('建设局');
    expect(paragraphsWith(xml, '县住房和城乡').map(plainText)).toContain('县住房和城乡');
  });

  it('prints the rules used, numbered, and the majority of this vote', async () => {
    const xml = await announcementXml('project-announcement.docx');
    expect(plainText(paragraphWith(xml, '1.候选项目'))).toBe(
      '1.候选项目12个，限选10项，多选无效；不选任何项目的票为有效票。',
    );
    expect(plainText(paragraphWith(xml, '本次过半数为'))).toMatch(/^\d\.本次过半数为20票（39的半数以上）。$/);
  });

  it('names a tie at the cut-off and the places left when fewer pass', async () => {
    // 10th and 11th tie on 22: nine chosen, the two go to another vote for the last place.
    const tie = await announcementXml(
      'project-announcement-tie.docx',
      [38, 37, 36, 35, 34, 33, 32, 30, 28, 22, 22, 13],
    );
    expect(plainText(paragraphWith(tie, '得票相同，对其另行票决'))).toBe(
      '“城区学校学位扩容”、“公共厕所新建改建”得票相同，对其另行票决，确定剩余的1个项目。',
    );
    expect(tableRows(tie, '同意票')[10]?.[5]).toBe('得票相同，另行票决');
    const few = await announcementXml(
      'project-announcement-few.docx',
      [38, 37, 36, 35, 34, 33, 32, 19, 18, 17, 16, 13],
    );
    expect(plainText(paragraphWith(few, '尚余'))).toBe('过半数的项目不足10项，尚余3个名额未确定。');
  });

  it('signs with the organ and the 成文日期, with the 版记 when given', async () => {
    const xml = await announcementXml('project-announcement.docx');
    const signature = paragraphsWith(xml, '现予公告').map(plainText);
    expect(signature).toHaveLength(1);
    expect(signature[0]).toMatch(/^现予公告。\t*宜丰县人民代表大会常务委员会\t*2027年1月9日$/);
    expect(plainText(paragraphWith(xml, '印发'))).toMatch(/^宜丰县人大常委会办公室\t*2027年1月9日印发$/);
    const organ = { ...OPTIONS, organ: '宜丰县第十八届人民代表大会第二次会议主席团' };
    const presidium = await announcementXml('project-announcement-presidium.docx', VOTES, organ);
    expect(plainText(paragraphWith(presidium, '现予公告'))).toContain('第二次会议主席团');
  });

  it('refuses a round that could not be counted', () => {
    const input = announcementInput();
    const returnedTooMany = { ...input.round, returned: 42 };
    const decision = decideProjectVote(
      input.rules,
      CANDIDATES.map((c) => c.id),
      returnedTooMany,
      input.counts,
    );
    expect(() => projectAnnouncementDocument(CONTEXT, { ...input, decision }, OPTIONS)).toThrow('未能计票');
  });

  it('takes the spaces out between Chinese and digits only', () => {
    expect(printed('应到 41 人，“A B”项目 3 个')).toBe('应到41人，“A B”项目3个');
  });
});
