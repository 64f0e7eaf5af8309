// 文件格式, 信函格式 and the landscape ledger, checked in the XML Word reads.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FONTS, type DocumentFonts } from '../../domain/settings/settings';
import { toBytes } from '../pack';
import { sampleLedger, sampleLetter, sampleNotice, sampleNoticeSpec } from '../samples/samples';
import { attributesOf, paragraphWith, plainText, readDocx } from '../testing/readDocx';
import { fileDocument } from './documents';
import { markFontSize } from './title';

const OFFICE_FONTS: DocumentFonts = {
  title: '华文中宋',
  body: '仿宋',
  heading1: '方正黑体',
  heading2: '楷体',
  pageNumber: '宋体',
  latin: 'Times New Roman',
};

const eastAsia = (p: string) => attributesOf(p, 'w:rFonts')['w:eastAsia'];

describe('fileDocument (文件格式)', () => {
  it('sets the red 标志 centred, sized to fit, 35 mm below the top of the text block', async () => {
    const { document } = await readDocx(await toBytes(sampleNotice()));
    const mark = paragraphWith(document, '宜丰县人民代表大会常务委员会文件');
    expect(attributesOf(mark, 'w:jc')['w:val']).toBe('center');
    expect(attributesOf(mark, 'w:color')['w:val']).toBe('FF0000');
    expect(attributesOf(mark, 'w:sz')['w:val']).toBe(
      String(markFontSize('宜丰县人民代表大会常务委员会文件')),
    );
    expect(attributesOf(mark, 'w:spacing')['w:before']).toBe('1984'); // 35 mm
    expect(eastAsia(mark)).toBe('方正小标宋简体');
  });

  it('writes the 发文字号 with 〔〕 centred two lines below, over a red 1.5 pt line', async () => {
    const { document } = await readDocx(await toBytes(sampleNotice()));
    const number = paragraphWith(document, '宜人常发〔2026〕3号');
    expect(plainText(number)).toBe('宜人常发\u30142026\u30153号');
    expect(attributesOf(number, 'w:jc')['w:val']).toBe('center');
    expect(attributesOf(number, 'w:spacing')['w:before']).toBe('1158');
    expect(attributesOf(number, 'w:bottom')).toMatchObject({
      'w:val': 'single',
      'w:color': 'FF0000',
      'w:sz': '12',
    });
  });

  it('sets the title in 2号 of the title font, in balanced lines, and the addressee with a colon', async () => {
    const { document } = await readDocx(await toBytes(sampleNotice()));
    const title = paragraphWith(document, '关于县自然资源局');
    expect(attributesOf(title, 'w:jc')['w:val']).toBe('center');
    expect(title.match(/<w:sz w:val="44"\/>/g)).toHaveLength(3);
    expect(title.match(/<w:br\/>/g)).toHaveLength(2);
    expect(eastAsia(title)).toBe('方正小标宋简体');
    expect(plainText(paragraphWith(document, '宜丰县自然资源局：'))).toBe('宜丰县自然资源局：');
  });

  it('uses the fonts of the settings for headings, body, title and 标志', async () => {
    const { document } = await readDocx(await toBytes(fileDocument(sampleNoticeSpec(OFFICE_FONTS))));
    expect(eastAsia(paragraphWith(document, '一、需要整改的问题'))).toBe('方正黑体');
    const level2 = paragraphWith(document, '（一）耕地');
    expect(eastAsia(level2)).toBe('楷体');
    expect(level2).toContain('w:eastAsia="仿宋"'); // the text after the heading
    expect(eastAsia(paragraphWith(document, '1.管护制度'))).toBe('仿宋');
    expect(eastAsia(paragraphWith(document, '（1）经费保障'))).toBe('仿宋');
    expect(eastAsia(paragraphWith(document, '此外'))).toBe('仿宋');
    expect(eastAsia(paragraphWith(document, '关于县自然资源局'))).toBe('华文中宋');
    expect(document).not.toContain('仿宋_GB2312');
    expect(document).not.toContain('方正小标宋简体');
  });

  it('indents body paragraphs and headings two characters', async () => {
    const { document } = await readDocx(await toBytes(sampleNotice()));
    for (const text of ['此外', '一、需要整改', '（一）耕地']) {
      expect(attributesOf(paragraphWith(document, text), 'w:ind')).toEqual({ 'w:firstLine': '630' });
    }
  });

  it('writes the attachment, the signature centred over the date four characters in, and the 版记', async () => {
    const { document } = await readDocx(await toBytes(sampleNotice()));
    const ending = paragraphWith(document, '常务委员会\t');
    // one paragraph that never splits: a blank line, the 附件说明 (its full stop dropped), two blank lines, organ,
    // date, and two blank lines under the 版记
    expect(plainText(ending)).toBe(
      '\t附件：宜丰县人大常委会专题询问问题清单\t\t\t宜丰县人民代表大会常务委员会\t\t\t2026年12月3日',
    );
    expect(ending).toContain('<w:keepLines/>');
    expect(ending.match(/<w:br\/>/g)).toHaveLength(1 + 3 + 1 + 2);
    // tabs: the two-character indent, after 附件：, and organ and date centred on the date's centre when it ends
    // four characters from the right edge: 8845 − 1260 − 6.5 × 315 / 2
    const tabs = [...ending.matchAll(/<w:tab w:val="(\w+)" w:pos="(\d+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(tabs).toEqual(['left 630', 'left 1575', 'center 6561']);
    const copyTo = paragraphWith(document, '抄送');
    expect(plainText(copyTo)).toBe('抄送：县委办公室，县人民政府办公室，县农业农村局。');
    expect(plainText(paragraphWith(document, '印发'))).toBe('宜丰县人大常委会办公室\t2026年12月3日印发');
    // two frames on the page, text flowing through, the last line on the foot of the text block (262 mm)
    expect(attributesOf(copyTo, 'w:framePr')).toMatchObject({
      'w:x': '1587',
      'w:y': String(16838 - 1984 - 2 * 579),
      'w:h': '579',
      'w:hRule': 'exact',
      'w:wrap': 'through',
    });
    expect(attributesOf(paragraphWith(document, '印发'), 'w:framePr')['w:y']).toBe(
      String(16838 - 1984 - 579),
    );
    expect(attributesOf(copyTo, 'w:top')).toMatchObject({ 'w:sz': '8' });
    expect(attributesOf(copyTo, 'w:bottom')).toMatchObject({ 'w:sz': '6' });
    expect(attributesOf(paragraphWith(document, '印发'), 'w:bottom')).toMatchObject({ 'w:sz': '8' });
    // the frames come right before the ending paragraph they are anchored to
    expect(document.indexOf('印发')).toBeLessThan(document.indexOf('<w:keepLines/>'));
    expect(document).not.toContain('w:tblpPr');
  });

  it('repeats table header rows and fills the text block', async () => {
    const { document } = await readDocx(await toBytes(sampleNotice()));
    const table = /<w:tbl>(?:(?!<w:tbl>).)*?序号.*?<\/w:tbl>/.exec(document)?.[0] ?? '';
    expect(table).toContain('<w:tblHeader/>');
    expect(attributesOf(table, 'w:tblW')).toMatchObject({ 'w:w': '8845', 'w:type': 'dxa' });
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(8845);
    expect(eastAsia(paragraphWith(table, '序号'))).toBe(DEFAULT_FONTS.heading1);
    expect(paragraphWith(table, '卫片执法')).toContain('<w:sz w:val="28"/>');
  });
});

describe('letterDocument (信函格式)', () => {
  it('puts the 标志 30 mm from the top of the page over a red double line 170 mm long', async () => {
    const { document } = await readDocx(await toBytes(sampleLetter()));
    const mark = paragraphWith(document, '宜丰县人民代表大会常务委员会');
    expect(attributesOf(mark, 'w:framePr')).toMatchObject({
      'w:y': '1700',
      'w:w': '9637',
      'w:hAnchor': 'page',
      'w:vAnchor': 'page',
    });
    expect(attributesOf(mark, 'w:color')['w:val']).toBe('FF0000');
    const lines = [...document.matchAll(/<w:top w:val="(\w+)" w:color="FF0000" w:sz="24"/g)].map((m) => m[1]);
    expect(lines).toEqual(['thinThickMediumGap', 'thickThinMediumGap']); // thick above; at the foot thin above
  });

  it('sets the 发文字号 flush right and leaves the first page without a number', async () => {
    const { document } = await readDocx(await toBytes(sampleLetter()));
    const number = paragraphWith(document, '宜人常函〔2026〕12号');
    expect(attributesOf(number, 'w:jc')['w:val']).toBe('right');
    expect(number).not.toContain('w:pBdr');
    expect(document).toContain('<w:titlePg/>');
  });

  it('ends the first page 7/8 of a character above the lower double line, 25 mm from the edge', async () => {
    const { document } = await readDocx(await toBytes(sampleLetter()));
    expect(attributesOf(document, 'w:pgMar')).toMatchObject({ 'w:top': '2097', 'w:bottom': '1413' });
  });

  it('lists several attachments numbered, a long name going on under its first character', async () => {
    const { document } = await readDocx(await toBytes(sampleLetter()));
    const ending = paragraphWith(document, '附件：');
    expect(plainText(ending)).toContain(
      '\t附件：1.\t县人大常委会关于耕地保护工作专题询问的审议\t\t\t意见\t\t2.\t专题询问问题清单',
    );
    const tabs = [...ending.matchAll(/<w:tab w:val="(\w+)" w:pos="(\d+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(tabs.slice(0, 3)).toEqual(['left 630', 'left 1575', 'left 1890']);
  });

  it('writes 抄送 without the 版记 lines, at the foot of the taller first page', async () => {
    const { document } = await readDocx(await toBytes(sampleLetter()));
    const copyTo = paragraphWith(document, '抄送');
    expect(plainText(copyTo)).toBe('抄送：县委办公室。');
    expect(copyTo).not.toContain('w:pBdr');
    expect(attributesOf(copyTo, 'w:framePr')['w:y']).toBe(String(16838 - 1413 - 579));
  });
});

describe('landscapeTableDocument', () => {
  it('turns the page and its margins and fills the 225 mm text block', async () => {
    const { document } = await readDocx(await toBytes(sampleLedger()));
    expect(attributesOf(document, 'w:pgSz')).toMatchObject({
      'w:w': '16838',
      'w:h': '11906',
      'w:orient': 'landscape',
    });
    expect(attributesOf(document, 'w:pgMar')).toMatchObject({
      'w:top': '1587',
      'w:right': '2097',
      'w:bottom': '1474',
      'w:left': '1984',
    });
    expect(attributesOf(document, 'w:tblW')['w:w']).toBe('12757');
    expect(document).toContain('<w:tblHeader/>');
    expect(paragraphWith(document, '县水利局')).toContain('<w:sz w:val="24"/>'); // 小四
  });
});
