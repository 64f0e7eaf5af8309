import { afterEach, describe, expect, it, vi } from 'vitest';
import { Paragraph } from 'docx';
import { DEFAULT_FONTS } from '../domain/settings/settings';
import { gbtDocument, gbtSection } from './gbt9704';
import { toBytes } from './pack';
import { plainText, readDocx } from './testing/readDocx';

function doc() {
  return gbtDocument(DEFAULT_FONTS, [
    gbtSection({ fonts: DEFAULT_FONTS, children: [new Paragraph('测试')] }),
  ]);
}

describe('toBytes', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('gives the bytes of a .docx (zip) file', async () => {
    const bytes = await toBytes(doc());
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(plainText((await readDocx(bytes)).document)).toBe('测试');
  });

  it('works without Node’s Buffer, as in the renderer', async () => {
    vi.stubGlobal('Buffer', undefined);
    const bytes = await toBytes(doc());
    expect(bytes.constructor.name).toBe('Uint8Array');
    expect(bytes.length).toBeGreaterThan(1000);
  });
});
