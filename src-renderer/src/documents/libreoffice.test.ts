// The Word files open in LibreOffice: one document of every kind the app exports is converted to PDF by
// soffice and its text read back with pdftotext. The GB/T 9704 grid is measured on a page of plain body
// text: 22 lines of at most 28 characters. Skipped, with the reason, where LibreOffice is not installed
// (.ci/run installs it).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDemo } from '../db/demo/loadDemo';
import { loadSettings } from '../db/repositories/settings';
import { freshDb } from '../db/testing/freshDb';
import { buildInquiryDocument } from '../app/commands/inquiryDocuments';
import { testServices } from '../app/testing/services';
import { inProcessRenderer } from '../rendering/renderInProcess';
import { issuedDocx, ledgerDocx } from '../app/commands/rectificationFiles';
import { toBytes } from './pack';
import { gridCheckDocument } from './samples/samples';
import { ballotFormDocument } from './votes/ballotForm';
import { resultsNoticeDocument } from './votes/resultsNotice';

const NOW = new Date('2026-11-30T02:00:00Z');
const hasTool = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const missing = ['soffice', 'pdftotext', 'pdfinfo'].filter((t) => !hasTool(t));
if (missing.length > 0) {
  console.warn(
    `LibreOffice check skipped: ${missing.join(', ')} not installed (apt-get install libreoffice-writer-nogui poppler-utils)`,
  );
}

function toPdf(dir: string, files: { name: string; data: Uint8Array }[]): void {
  for (const f of files) writeFileSync(join(dir, f.name), f.data);
  const result = spawnSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...files.map((f) => join(dir, f.name)),
    ],
    { encoding: 'utf8', timeout: 150_000 },
  );
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
}

const pdfText = (pdf: string, layout = false) =>
  spawnSync('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-'], { encoding: 'utf8' }).stdout;
const pages = (pdf: string) =>
  Number(/Pages:\s+(\d+)/.exec(spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout)?.[1]);
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe.skipIf(missing.length > 0)('Word documents in LibreOffice', () => {
  it('every kind of export converts to PDF and carries its text', { timeout: 180_000 }, async () => {
    const db = freshDb();
    await loadDemo(db, NOW.getTime());
    const settings = await loadSettings(db);
    const activities = await db.activities.toArray();
    const inquiry = activities.find((a) => a.kind === 'inquiry')!;
    const evaluation = activities.find((a) => a.kind === 'evaluation')!;
    const round = (await db.voteRounds.toArray()).find(
      (r) => r.activityId === evaluation.id && r.subjectKind === 'unit' && r.stage === 'published',
    )!;
    const ctx = { orgName: settings.orgName, fonts: settings.fonts, activity: evaluation, round };
    const issued = (await db.issuedDocuments.toArray())[0]!;
    const services = { ...testServices(NOW.getTime()), db };
    const inquiryDoc = (kind: 'agenda' | 'questionList' | 'minutes') =>
      buildInquiryDocument(services, { activityId: inquiry.id, kind });
    const firstQuestion = (await db.questions.where('activityId').equals(inquiry.id).sortBy('order'))[0]!;

    const docs: { name: string; data: Uint8Array; expect: string[] }[] = [
      { ...(await inquiryDoc('agenda')), expect: ['促进绿色矿山建设', '议程'] },
      { ...(await inquiryDoc('questionList')), expect: [firstQuestion.text.slice(0, 20)] },
      { ...(await inquiryDoc('minutes')), expect: ['会议记录'] },
      {
        name: 'ballot.docx',
        data: await toBytes(ballotFormDocument(ctx)),
        expect: ['满意度测评表', '基本满意'],
      },
      {
        name: 'results.docx',
        data: await toBytes(
          resultsNoticeDocument(ctx, { prefix: '宜人常发', sequence: 9, addressee: '各被评议单位' }),
        ),
        expect: ['宜人常发〔2026〕9号', '计票规则', round.published!.fingerprint.slice(0, 16)],
      },
      {
        ...(await issuedDocx({ db, documents: inProcessRenderer }, issued)),
        expect: [`${issued.prefix}〔${issued.year}〕${issued.sequence}号`],
      },
      {
        ...(await ledgerDocx(
          { db, documents: inProcessRenderer },
          { kind: 'year', year: 2026 },
          NOW.getTime(),
        )),
        expect: ['整改情况跟踪台账'],
      },
    ].map((d, i) => ({
      name: `doc-${i}.docx`,
      data: 'data' in d ? d.data : new Uint8Array(),
      expect: d.expect,
    }));

    const dir = mkdtempSync(join(tmpdir(), 'xunping-lo-'));
    toPdf(dir, docs);
    for (const doc of docs) {
      const pdf = join(dir, doc.name.replace(/\.docx$/, '.pdf'));
      expect(pages(pdf), doc.name).toBeGreaterThan(0);
      const text = squeeze(pdfText(pdf));
      for (const fragment of doc.expect)
        expect(text, `${doc.name}: ${fragment}`).toContain(squeeze(fragment));
    }
  });

  it('a page of body text holds 22 lines of 28 characters', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xunping-grid-'));
    toPdf(dir, [{ name: 'grid.docx', data: await toBytes(gridCheckDocument()) }]);
    const firstPage = pdfText(join(dir, 'grid.pdf'), true).split('\f')[0] ?? '';
    const lines = firstPage
      .split('\n')
      .map((line) => line.replace(/\s+/g, ''))
      .filter((line) => line.length > 0 && !/^—\d+—$/.test(line));
    expect(lines).toHaveLength(22);
    expect(Math.max(...lines.map((l) => [...l].length))).toBe(28);
  });
});
