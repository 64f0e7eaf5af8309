// 民生实事项目台账 (Word), checked in the XML Word reads; with DOCS_CHECK_DIR set it is kept for rendering.
import { describe, expect, it } from 'vitest';
import { projectLedgerRows } from '../../domain/projects/ledger';
import { toBytes } from '../pack';
import { CONTEXT, ledgerEntries, unitName } from '../testing/projectsContext';
import { attributesOf, paragraphWith, paragraphsWith, plainText, readDocx } from '../testing/readDocx';
import { keep, tableRows } from '../testing/votesContext';
import { projectLedgerDocument, projectLedgerTitle } from './ledgerDocument';

async function ledgerXml(): Promise<string> {
  const title = projectLedgerTitle(CONTEXT.orgName, '2027年民生实事项目');
  const rows = projectLedgerRows(ledgerEntries(), unitName);
  const bytes = await toBytes(
    projectLedgerDocument({ fonts: CONTEXT.fonts, title, today: '2027-10-08', rows }),
  );
  keep('project-ledger.docx', bytes);
  return (await readDocx(bytes)).document;
}

describe('projectLedgerDocument (民生实事项目台账)', () => {
  it('is landscape A4 with the title, the day it stands at, and the header row repeated', async () => {
    const xml = await ledgerXml();
    const size = attributesOf(xml, 'w:pgSz');
    expect(size['w:orient']).toBe('landscape');
    expect(Number(size['w:w'])).toBeGreaterThan(Number(size['w:h']));
    expect(plainText(paragraphWith(xml, '推进情况台账'))).toBe(
      '宜丰县人大常委会2027年民生实事项目推进情况台账',
    );
    expect(plainText(paragraphWith(xml, '统计截至'))).toBe('统计截至2027年10月8日，共10个项目');
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
  });

  it('lists each project with its status, latest progress and satisfaction', async () => {
    const xml = await ledgerXml();
    const rows = tableRows(xml, '最新进展');
    expect(rows[0]).toEqual([
      '序号',
      '项目名称',
      '承办单位',
      '预算（万元）',
      '计划完成时间',
      '状态',
      '最新进展',
      '满意度',
    ]);
    expect(rows).toHaveLength(11);
    expect(rows[1]).toEqual([
      '1',
      '农村公路提质改造',
      '县交通运输局',
      '1200',
      '2027年10月31日',
      '已完成2027年9月20日完成',
      '2027年9月20日：全线完工并通过交工验收',
      '满意满意率92.50%',
    ]);
    expect(rows[2]?.[5]).toBe('延期延期至2028年6月30日；原因：水厂选址调整，需重新办理用地手续');
    expect(rows[4]?.[6]).toBe('2027年5月6日：3所卫生院改造主体完工，设备采购已招标');
    expect(rows[5]?.slice(5)).toEqual(['实施中', '', '']);
    // The status and its detail are two lines; the planned date breaks after the year.
    expect(paragraphsWith(xml, '延期至2028年').map(plainText)).toContain(
      '延期至2028年6月30日；原因：水厂选址调整，需重新办理用地手续',
    );
    expect(paragraphsWith(xml, '10月31日').map(plainText)).toContain('10月31日');
  });
});
