// Test helper: a Word file converted by LibreOffice to PDF, and the PDF's text lines with their positions on the
// page (pdftotext -bbox), to measure where things landed. Needs soffice and poppler-utils; `missingTools` says
// which are not installed, so a test can skip with the reason.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const hasTool = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

/** The tools the conversion needs that are not installed. */
export const missingTools = ['soffice', 'pdftotext'].filter((tool) => !hasTool(tool));

/**
 * Converts a .docx to PDF with LibreOffice and returns the PDF's path. Blank pages LibreOffice inserts so that a
 * section starts on an odd page are kept (its PDF export drops them unless told), as a printer would print them.
 */
export function docxToPdf(data: Uint8Array, name = 'doc'): string {
  const dir = mkdtempSync(join(tmpdir(), 'xunping-pdf-'));
  const docx = join(dir, `${name}.docx`);
  writeFileSync(docx, data);
  const filter = 'pdf:writer_pdf_Export:{"IsSkipEmptyPages":{"type":"boolean","value":"false"}}';
  const result = spawnSync(
    'soffice',
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      filter,
      '--outdir',
      dir,
      docx,
    ],
    { encoding: 'utf8', timeout: 170_000 },
  );
  if (result.status !== 0) throw new Error(`soffice failed: ${result.stderr}`);
  return join(dir, `${name}.pdf`);
}

export interface PdfLine {
  /** The line's words joined without spaces. */
  text: string;
  /** Points from the top of the page. */
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface PdfPage {
  /** 1-based physical page number. */
  number: number;
  height: number;
  lines: PdfLine[];
}

const unescape = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

interface Word {
  text: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Words whose tops are within 2 pt make one line, read left to right. */
function linesOf(words: Word[]): PdfLine[] {
  const rows: Word[][] = [];
  for (const word of [...words].sort((a, b) => a.top - b.top)) {
    const row = rows.find((r) => Math.abs((r[0]?.top ?? 0) - word.top) < 2);
    if (row) row.push(word);
    else rows.push([word]);
  }
  return rows.map((row) => {
    const sorted = row.sort((a, b) => a.left - b.left);
    return {
      text: sorted.map((w) => w.text).join(''),
      top: Math.min(...sorted.map((w) => w.top)),
      bottom: Math.max(...sorted.map((w) => w.bottom)),
      left: Math.min(...sorted.map((w) => w.left)),
      right: Math.max(...sorted.map((w) => w.right)),
    };
  });
}

/** The pages of a PDF with their text lines, top to bottom. */
export function pdfPages(pdf: string): PdfPage[] {
  const html = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }).stdout;
  const pages = [...html.matchAll(/<page width="[\d.]+" height="([\d.]+)">(.*?)<\/page>/gs)];
  return pages.map((page, index) => {
    const words = [
      ...(page[2] ?? '').matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((m) => ({
      left: Number(m[1]),
      top: Number(m[2]),
      right: Number(m[3]),
      bottom: Number(m[4]),
      text: unescape(m[5] ?? ''),
    }));
    return { number: index + 1, height: Number(page[1]), lines: linesOf(words) };
  });
}
