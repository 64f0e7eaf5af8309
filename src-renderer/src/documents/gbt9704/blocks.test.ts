import { describe, expect, it } from 'vitest';
import { attachmentName, chineseNumber, headingNumber } from './blocks';
import { copyToText } from './ending';
import { columnWidths } from './table';
import { widthInChars } from './units';

describe('heading numbers', () => {
  it('writes Chinese numerals up to 99', () => {
    expect([1, 9, 10, 11, 20, 21, 99].map(chineseNumber)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
    ]);
    expect(() => chineseNumber(0)).toThrow(RangeError);
    expect(() => chineseNumber(100)).toThrow(RangeError);
  });

  it('numbers the four levels 一、 （一） 1. （1）', () => {
    expect([1, 2, 3, 4].map((level) => headingNumber(level as 1 | 2 | 3 | 4, 12))).toEqual([
      '十二、',
      '（十二）',
      '12.',
      '（12）',
    ]);
  });
});

describe('text clean-up', () => {
  it('drops punctuation after an attachment name and book-title marks around it', () => {
    expect(attachmentName(' 专题询问问题清单。 ')).toBe('专题询问问题清单');
    expect(attachmentName('《宜丰县人大常委会专题询问办法》；')).toBe('宜丰县人大常委会专题询问办法');
    expect(attachmentName('关于《办法》的说明')).toBe('关于《办法》的说明');
  });

  it('lists 抄送机关 with full-width commas and a closing full stop', () => {
    expect(copyToText(['县委办公室，', ' 县人民政府办公室 ', '', '县农业农村局。'])).toBe(
      '抄送：县委办公室，县人民政府办公室，县农业农村局。',
    );
  });

  it('counts digits and Latin letters as half a character', () => {
    expect(widthInChars('2026年12月3日')).toBe(6.5);
    expect(widthInChars('宜人常发〔2026〕3号')).toBe(9.5);
  });
});

describe('columnWidths', () => {
  it('shares the width by weight and adds up exactly', () => {
    expect(columnWidths(3, 8845)).toEqual([2948, 2948, 2949]);
    const widths = columnWidths(4, 8845, [1, 4, 3, 3]);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(8845);
    expect(widths[1]).toBeGreaterThan(widths[2] ?? 0);
    expect(columnWidths(2, 100, [0, 0])).toEqual([50, 50]);
  });
});
