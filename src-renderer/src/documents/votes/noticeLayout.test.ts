// The 测评结果通报 as LibreOffice lays it out (converted to PDF by soffice, read back with pdftotext): the first
// page carries the start of the results, not only the opening. Skipped, with the reason, where LibreOffice is not
// installed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toBytes } from '../pack';
import { demoContext, demoReportContext } from '../testing/votesContext';
import { fingerprintLines, resultsNoticeDocument } from './resultsNotice';

const hasTool = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const missing = ['soffice', 'pdftotext'].filter((tool) => !hasTool(tool));
if (missing.length > 0) console.warn(`notice layout check skipped: ${missing.join(', ')} not installed`);

/** The text of each page of the documents, converted in one soffice run. */
function pagesOf(files: Record<string, Uint8Array>): Record<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'xunping-notice-'));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, `${name}.docx`), data);
  const converted = spawnSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...Object.keys(files).map((name) => join(dir, `${name}.docx`)),
    ],
    { encoding: 'utf8', timeout: 150_000 },
  );
  if (converted.status !== 0) throw new Error(`soffice failed: ${converted.stderr}`);
  return Object.fromEntries(
    Object.keys(files).map((name) => {
      const text = spawnSync('pdftotext', ['-layout', join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });
      return [name, text.stdout.split('\f')];
    }),
  );
}

const squeeze = (text: string) => text.replace(/\s+/g, '');
const OPTIONS = { prefix: '宜人常发', sequence: 7, addressee: '各被评议单位' };

describe.skipIf(missing.length > 0)('the 测评结果通报 in LibreOffice', () => {
  it(
    'starts the results on the first page and prints the fingerprint unbroken',
    { timeout: 180_000 },
    async () => {
      const evaluation = await demoContext('evaluation');
      const report = await demoReportContext();
      const pages = pagesOf({
        evaluation: await toBytes(resultsNoticeDocument(evaluation, OPTIONS)),
        report: await toBytes(resultsNoticeDocument(report, OPTIONS)),
      });
      const first = squeeze(pages.evaluation?.[0] ?? '');
      const top = evaluation.round.published?.result.subjects[0]?.name ?? '?';
      expect(first).toContain('一、测评结果');
      expect(first).toContain(`1${top}`); // the first row of the table, not only its heading
      expect(squeeze(pages.report?.[0] ?? '')).toContain('测评结果为“满意”');
      // Each line of four groups of eight hex digits comes out whole, on one line.
      const all = pages.evaluation?.join('\n') ?? '';
      for (const line of fingerprintLines(evaluation.round.published?.fingerprint ?? '')) {
        expect(all.split('\n').some((printed) => printed.trim() === line)).toBe(true);
      }
    },
  );
});
