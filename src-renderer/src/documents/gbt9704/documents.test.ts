// 文件格式, 信函格式 and the landscape ledger, checked in the XML Word reads.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FONTS, type DocumentFonts } from '../../domain/settings/settings';
import { toBytes } from '../pack';
import { sampleLedger, sampleLetter, sampleNotice, sampleNoticeSpec } from '../samples/samples';
import { attributesOf, paragraphsWith, paragraphWith, plainText, readDocx } from '../testing/readDocx';
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

  it('writes the attachment, the signature right-aligned four characters in, and the 版记', async () => {
    const { document } = await readDocx(await toBytes(sampleNotice()));
    const attachment = paragraphWith(document, '附件：');
    expect(plainText(attachment)).toBe('附件：宜丰县人大常委会专题询问问题清单'); // the full stop is dropped
    expect(attributesOf(attachment, 'w:ind')).toEqual({ 'w:left': '1575', 'w:hanging': '945' });
    const date = paragraphWith(document, '2026年12月3日');
    expect(attributesOf(date, 'w:jc')['w:val']).toBe('right');
    expect(attributesOf(date, 'w:ind')['w:right']).toBe('1260');
    const organ = paragraphsWith(document, '宜丰县人民代表大会常务委员会').at(-1) ?? '';
    expect(plainText(organ)).toBe('宜丰县人民代表大会常务委员会');
    expect(attributesOf(organ, 'w:jc')['w:val']).toBe('right');
    // centred over the date: 4 + (6.5 − 14) / 2 characters from the right edge
    expect(attributesOf(organ, 'w:ind')['w:right']).toBe('79');
    expect(plainText(paragraphWith(document, '抄送'))).toBe(
      '抄送：县委办公室，县人民政府办公室，县农业农村局。',
    );
    expect(plainText(paragraphWith(document, '印发'))).toBe('2026年12月3日印发');
    expect(attributesOf(document, 'w:tblpPr')).toMatchObject({
      'w:tblpYSpec': 'bottom',
      'w:vertAnchor': 'margin',
    });
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

  it('lists several attachments numbered, aligned under the first name', async () => {
    const { document } = await readDocx(await toBytes(sampleLetter()));
    const [first, second] = paragraphsWith(document, '.\t');
    expect(plainText(first ?? '')).toBe('附件：1.\t县人大常委会关于耕地保护工作专题询问的审议意见');
    expect(plainText(second ?? '')).toBe('2.\t专题询问问题清单');
    expect(attributesOf(first ?? '', 'w:ind')).toEqual({ 'w:left': '1890', 'w:hanging': '1260' });
    expect(attributesOf(second ?? '', 'w:ind')).toEqual({ 'w:left': '1890', 'w:hanging': '315' });
  });

  it('writes 抄送 without the 版记 lines', async () => {
    const { document } = await readDocx(await toBytes(sampleLetter()));
    expect(plainText(paragraphWith(document, '抄送'))).toBe('抄送：县委办公室。');
    const borders = /<w:tblpPr.*?<w:tblBorders>(.*?)<\/w:tblBorders>/.exec(document)?.[1] ?? '';
    expect(borders).not.toMatch(/w:val="single"/);
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
