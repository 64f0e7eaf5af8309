// The page setup as Word reads it: margins, grid, fonts and sizes, footers.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FONTS, type DocumentFonts } from '../../domain/settings/settings';
import { toBytes } from '../pack';
import { attributesOf, plainText, readDocx } from '../testing/readDocx';
import { bodyParagraph } from './blocks';
import { gbtDocument, gbtSection } from './page';

const OFFICE_FONTS: DocumentFonts = { ...DEFAULT_FONTS, body: '仿宋', heading2: '楷体', title: '华文中宋' };

async function build(fonts: DocumentFonts, firstPageNumber = true) {
  const doc = gbtDocument(fonts, [
    gbtSection({ fonts, children: [bodyParagraph('正文第一段。', fonts)], firstPageNumber }),
  ]);
  return readDocx(await toBytes(doc));
}

describe('GB/T 9704 page', () => {
  it('is A4 with the 156 × 225 mm text block: top 37, left 28, right 26, bottom 35 mm', async () => {
    const { document } = await build(DEFAULT_FONTS);
    expect(attributesOf(document, 'w:pgSz')).toMatchObject({ 'w:w': '11906', 'w:h': '16838' });
    const margin = attributesOf(document, 'w:pgMar');
    expect(margin).toMatchObject({
      'w:top': '2097',
      'w:left': '1587',
      'w:right': '1474',
      'w:bottom': '1984',
    });
    // 156 mm = 8844 twips, 225 mm = 12756 twips (± rounding of the margins)
    expect(11906 - Number(margin['w:left']) - Number(margin['w:right'])).toBe(8845);
    expect(16838 - Number(margin['w:top']) - Number(margin['w:bottom'])).toBe(12757);
  });

  it('records the 28.95 pt line pitch in the grid and sets every paragraph to it exactly', async () => {
    const { document, styles } = await build(DEFAULT_FONTS);
    expect(attributesOf(document, 'w:docGrid')).toEqual({ 'w:type': 'default', 'w:linePitch': '579' });
    const defaults = /<w:pPrDefault>.*<\/w:pPrDefault>/.exec(styles)?.[0] ?? '';
    expect(attributesOf(defaults, 'w:spacing')).toMatchObject({ 'w:line': '579', 'w:lineRule': 'exact' });
  });

  it('sets 3号 body text in the chosen Chinese font, Times New Roman for Latin, condensed 0.25 pt', async () => {
    for (const fonts of [DEFAULT_FONTS, OFFICE_FONTS]) {
      const { styles, document } = await build(fonts);
      const defaults = /<w:rPrDefault>.*<\/w:rPrDefault>/.exec(styles)?.[0] ?? '';
      expect(attributesOf(defaults, 'w:rFonts')).toMatchObject({
        'w:eastAsia': fonts.body,
        'w:ascii': 'Times New Roman',
        'w:hAnsi': 'Times New Roman',
      });
      expect(defaults).toContain('<w:sz w:val="32"/>');
      expect(defaults).toContain('<w:spacing w:val="-5"/>');
      expect(attributesOf(document, 'w:rFonts')['w:eastAsia']).toBe(fonts.body);
    }
  });

  it('turns widow control off so that full pages hold 22 lines', async () => {
    const { document } = await build(DEFAULT_FONTS);
    expect(document).toContain('<w:widowControl w:val="false"/>');
  });

  it('numbers pages "— 1 —" in 4号 宋体, odd pages right and even pages left, one character in', async () => {
    const { settings, footers, document } = await build(DEFAULT_FONTS);
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    expect(document).toMatch(/<w:footerReference w:type="default"/);
    expect(document).toMatch(/<w:footerReference w:type="even"/);
    expect(document).not.toContain('<w:titlePg/>');
    expect(footers.size).toBe(2);
    const sides = [...footers.values()].map((xml) => {
      expect(plainText(xml)).toBe('\u2014  \u2014');
      expect(xml).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(attributesOf(xml, 'w:rFonts')).toMatchObject({ 'w:eastAsia': '宋体', 'w:ascii': '宋体' });
      expect(xml).toContain('<w:sz w:val="28"/>');
      return `${attributesOf(xml, 'w:jc')['w:val']} ${JSON.stringify(attributesOf(xml, 'w:ind'))}`;
    });
    expect(sides.sort()).toEqual(['left {"w:left":"280"}', 'right {"w:right":"280"}']);
  });

  it('can leave the first page without a number', async () => {
    const { document, footers } = await build(DEFAULT_FONTS, false);
    expect(document).toContain('<w:titlePg/>');
    expect(document).toMatch(/<w:footerReference w:type="first"/);
    expect([...footers.values()].filter((xml) => xml.includes('PAGE'))).toHaveLength(2);
    expect(footers.size).toBe(3);
  });

  it('lets a first page without a number reach lower, padding the number footers up to the 35 mm line', async () => {
    const fonts = DEFAULT_FONTS;
    const section = gbtSection({
      fonts,
      children: [bodyParagraph('正文第一段。', fonts)],
      firstPageNumber: false,
      firstPageBottom: 1413,
    });
    const { document, footers } = await readDocx(await toBytes(gbtDocument(fonts, [section])));
    const margin = attributesOf(document, 'w:pgMar');
    expect(margin).toMatchObject({ 'w:bottom': '1413', 'w:footer': '566' });
    for (const xml of [...footers.values()].filter((f) => f.includes('PAGE'))) {
      const spacing = attributesOf(xml, 'w:spacing');
      // footer distance + padding + the number's line = the 35 mm margin; the number stays 4.6 mm below it
      expect(566 + Number(spacing['w:before']) + 280 + Number(spacing['w:after'])).toBe(1984);
      expect(spacing['w:before']).toBe('260'); // 7 mm − 2.4 mm, as without padding
    }
    const first = [...footers.values()].find((f) => !f.includes('PAGE')) ?? '';
    expect(attributesOf(first, 'w:spacing')).toMatchObject({ 'w:line': '20', 'w:lineRule': 'exact' });
  });
});
