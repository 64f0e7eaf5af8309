// Builds the sample documents. With DOCS_CHECK_DIR set, also writes them there as .docx files for
// scripts/render-docx.sh to turn into pictures (e.g. DOCS_CHECK_DIR=/tmp/docs-check npx vitest run samples).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toBytes } from '../pack';
import { plainText, readDocx } from '../testing/readDocx';
import { gridCheckDocument, sampleLedger, sampleLetter, sampleNotice } from './samples';

const SAMPLES = {
  notice: sampleNotice,
  letter: sampleLetter,
  ledger: sampleLedger,
  grid: gridCheckDocument,
};

describe('sample documents', () => {
  it.each(Object.entries(SAMPLES))('builds %s', async (name, build) => {
    const bytes = await toBytes(build());
    const { document } = await readDocx(bytes);
    expect(plainText(document).length).toBeGreaterThan(100);
    const dir = process.env.DOCS_CHECK_DIR;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${name}.docx`), bytes);
    }
  });
});
