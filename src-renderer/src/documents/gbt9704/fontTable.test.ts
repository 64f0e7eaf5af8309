import { describe, expect, it } from 'vitest';
import { DEFAULT_FONTS } from '../../domain/settings/settings';
import { toBytes } from '../pack';
import { sampleNotice } from '../samples/samples';
import { readDocx } from '../testing/readDocx';
import { fontFallback } from './fontTable';

/** The w:font elements of a font table, by name. */
function fonts(xml: string): Map<string, string> {
  return new Map(
    [...xml.matchAll(/<w:font w:name="([^"]+)">(.*?)<\/w:font>/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

const altName = (entry: string | undefined) => /<w:altName w:val="([^"]+)"\/>/.exec(entry ?? '')?.[1];

describe('word/fontTable.xml', () => {
  it('names every font of the settings with the family to use where it is missing', async () => {
    const { all } = await readDocx(await toBytes(sampleNotice()));
    const table = fonts(all.get('word/fontTable.xml') ?? '');
    expect([...table.keys()].sort()).toEqual([...new Set(Object.values(DEFAULT_FONTS))].sort());
    expect(altName(table.get('仿宋_GB2312'))).toBe('仿宋');
    expect(altName(table.get('楷体_GB2312'))).toBe('楷体');
    expect(altName(table.get('方正小标宋简体'))).toBe('宋体');
    // the GB2312 set, so that a substitution by likeness stays Chinese
    expect(table.get('仿宋_GB2312')).toContain('<w:charset w:val="86"/>');
    expect(table.get('Times New Roman')).toContain('<w:family w:val="roman"/>');
    expect(table.get('Times New Roman')).not.toContain('w:altName');
  });

  it('knows the families of other names an office may choose', () => {
    expect(fontFallback('方正仿宋_GBK')).toBe('仿宋');
    expect(fontFallback('方正楷体简体')).toBe('楷体');
    expect(fontFallback('方正黑体_GBK')).toBe('黑体');
    expect(fontFallback('华文中宋')).toBe('宋体');
    expect(fontFallback('仿宋')).toBe('FangSong');
    expect(fontFallback('Times New Roman')).toBeNull();
  });
});
