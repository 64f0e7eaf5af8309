import { describe, expect, it } from 'vitest';
import { projectLedgerRows } from '../../domain/projects/ledger';
import {
  announcementInput,
  ballotInput,
  CONTEXT,
  ledgerEntries,
  unitName,
} from '../../documents/testing/projectsContext';
import { plainText, readDocx, unzipText } from '../../documents/testing/readDocx';
import { testServices } from '../testing/services';
import {
  projectAnnouncementFile,
  projectBallotFile,
  projectLedgerFile,
  saveProjectFile,
} from './projectFiles';

const ledgerSpec = {
  ...CONTEXT,
  subject: '2027年民生实事项目',
  today: '2027-10-08',
  rows: projectLedgerRows(ledgerEntries(), unitName),
};

describe('the project vote files', () => {
  it('builds the ballot, named after its title', async () => {
    const file = await projectBallotFile(ballotInput());
    expect(file.fileName).toBe('宜丰县2027年民生实事项目票决票.docx');
    expect(plainText((await readDocx(file.data)).document)).toContain('限选10项，多选无效');
  });

  it('builds the announcement, named after its number and title', async () => {
    const file = await projectAnnouncementFile(CONTEXT, announcementInput(), {
      prefix: '宜人常发',
      sequence: 3,
      date: '2027-01-09',
    });
    expect(file.fileName).toBe('宜人常发〔2027〕3号关于宜丰县2027年民生实事项目票决结果的公告.docx');
    expect(plainText((await readDocx(file.data)).document)).toContain('宜人常发〔2027〕3号');
  });

  it('builds the ledger in Word and in Excel', async () => {
    const docx = await projectLedgerFile(ledgerSpec, 'docx');
    expect(docx.fileName).toBe('宜丰县人大常委会2027年民生实事项目推进情况台账.docx');
    expect(plainText((await readDocx(docx.data)).document)).toContain('推进情况台账');
    const xlsx = await projectLedgerFile(ledgerSpec, 'xlsx', Date.UTC(2027, 9, 8));
    expect(xlsx.fileName).toBe('宜丰县人大常委会2027年民生实事项目推进情况台账.xlsx');
    expect((await unzipText(xlsx.data)).has('xl/worksheets/sheet1.xml')).toBe(true);
  });

  it('saves through the desktop with the filter of its kind', async () => {
    const services = testServices();
    const xlsx = await projectLedgerFile(ledgerSpec, 'xlsx');
    const saved = await saveProjectFile(services.desktop, xlsx);
    expect(saved).toMatchObject({ saved: true, fileName: xlsx.fileName });
    const docx = await projectBallotFile(ballotInput());
    await saveProjectFile(services.desktop, docx);
    expect(services.desktop.saved.map((s) => [s.suggestedName, s.filters?.[0]?.extensions])).toEqual([
      [xlsx.fileName, ['xlsx']],
      [docx.fileName, ['docx']],
    ]);
  });
});
