// 民生实事项目票决票, checked in the XML Word reads; with DOCS_CHECK_DIR set the ballots are kept for rendering.
import { describe, expect, it } from 'vitest';
import { mm } from '../gbt9704';
import { toBytes } from '../pack';
import { attributesOf, paragraphWith, plainText, readDocx } from '../testing/readDocx';
import { ballotInput, CANDIDATES } from '../testing/projectsContext';
import { keep, tableRows } from '../testing/votesContext';
import { ballotInstructions, projectBallotDocument } from './ballotDocument';
import type { ProjectBallotInput } from './context';

async function documentXml(input: ProjectBallotInput, name: string): Promise<string> {
  const bytes = await toBytes(projectBallotDocument(input));
  keep(name, bytes);
  return (await readDocx(bytes)).document;
}

describe('projectBallotDocument (票决票)', () => {
  it('titles the ballot and names the meeting and its date', async () => {
    const xml = await documentXml(ballotInput(), 'project-ballot.docx');
    expect(plainText(paragraphWith(xml, '票决票'))).toBe('宜丰县2027年民生实事项目票决票');
    expect(plainText(paragraphWith(xml, '第二次会议'))).toBe(
      '宜丰县第十八届人民代表大会第二次会议\t2027年1月8日',
    );
  });

  it('says 限选N项，多选无效, how to mark, that an empty ballot is valid, and that it is unsigned', async () => {
    const xml = await documentXml(ballotInput(), 'project-ballot.docx');
    const note = plainText(paragraphWith(xml, '填写说明'));
    expect(note).toBe(
      '填写说明：本次候选项目12个，限选10项，多选无效。请在同意的项目后“同意”栏内划“✓”；' +
        '划“✓”超过10项的，本票无效；一项也未划的，本票有效，视为均不同意。本票不署名。',
    );
    expect(ballotInstructions({ places: 3, candidates: CANDIDATES.slice(0, 4) })).toContain(
      '限选3项，多选无效',
    );
  });

  it('lists every candidate in ballot order with its facts and an empty box', async () => {
    const xml = await documentXml(ballotInput(), 'project-ballot.docx');
    const rows = tableRows(xml, '项目名称及简介');
    expect(rows[0]).toEqual(['序号', '项目名称及简介', '承办单位', '预算（万元）', '计划完成时间', '同意']);
    expect(rows).toHaveLength(13);
    expect(rows[1]).toEqual([
      '1',
      '农村公路提质改造改造提升县乡道及通村公路 48 公里，完善安保设施',
      '县交通运输局',
      '1200',
      '2027年10月31日',
      '',
    ]);
    expect(rows[3]?.[3]).toBe('85.50');
    expect(rows.slice(1).map((row) => row[0])).toEqual(CANDIDATES.map((_, i) => String(i + 1)));
    expect(rows.slice(1).every((row) => row[5] === '')).toBe(true);
    // The description is a second, smaller paragraph under the name: 小五 (9 pt) keeps twelve on one page.
    const description = paragraphWith(xml, '改造提升县乡道');
    expect(plainText(description)).toBe('改造提升县乡道及通村公路 48 公里，完善安保设施');
    expect(description.includes('<w:sz w:val="18"/>')).toBe(true);
    expect(paragraphWith(xml, '农村公路提质改造').includes('<w:sz w:val="24"/>')).toBe(true);
    // The header row repeats if the table runs over.
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
  });

  it('fits 12 candidates on one A4 portrait page, without a page number; a long list is numbered', async () => {
    const xml = await documentXml(ballotInput(), 'project-ballot.docx');
    const size = attributesOf(xml, 'w:pgSz');
    expect(Number(size['w:w'])).toBeLessThan(Number(size['w:h']));
    expect(xml.includes('<w:titlePg/>')).toBe(true); // the first page takes the empty first-page footer
    const many = Array.from({ length: 30 }, (_, i) => ({ ...CANDIDATES[i % 12]!, name: `项目${i + 1}` }));
    const long = await documentXml(ballotInput({ candidates: many, places: 20 }), 'project-ballot-long.docx');
    expect(long.includes('<w:titlePg/>')).toBe(false);
  });

  it('titles a runoff ballot 再次票决票 and lists only the tied candidates', async () => {
    const tied = [CANDIDATES[9]!, CANDIDATES[10]!];
    const xml = await documentXml(
      ballotInput({ candidates: tied, places: 1, runoff: true }),
      'project-runoff.docx',
    );
    expect(plainText(paragraphWith(xml, '票决票'))).toBe('宜丰县2027年民生实事项目再次票决票');
    expect(plainText(paragraphWith(xml, '填写说明'))).toContain('本次候选项目2个，限选1项，多选无效');
    expect(
      tableRows(xml, '项目名称及简介')
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(['1', '2']);
    // With room to spare, the rows are 16 mm tall and the descriptions in 五号 (10.5 pt).
    expect(xml.match(/<w:trHeight w:val="(\d+)"/g)).toEqual([
      `<w:trHeight w:val="${mm(16)}"`,
      `<w:trHeight w:val="${mm(16)}"`,
    ]);
    expect(paragraphWith(xml, '新建小学一所').includes('<w:sz w:val="21"/>')).toBe(true);
  });
});
