import { describe, expect, it } from 'vitest';
import { cellText, dateText, numberText } from './cellText';

describe('numberText', () => {
  it('writes phone numbers and large integers without exponent notation', () => {
    expect(numberText(13800138000)).toBe('13800138000');
    expect(numberText(79512345678)).toBe('79512345678');
    expect(numberText(1e21)).toBe('1000000000000000000000');
    // Excel keeps 15 significant digits, and so does the text.
    expect(numberText(123456789012345680000)).toBe('123456789012346000000');
  });

  it('drops binary noise and keeps small decimals readable', () => {
    expect(numberText(0.1 + 0.2)).toBe('0.3');
    expect(numberText(12.5)).toBe('12.5');
    expect(numberText(0.0000001)).toBe('0.0000001');
    expect(numberText(-3)).toBe('-3');
    expect(numberText(Number.NaN)).toBe('');
  });
});

describe('dateText', () => {
  it('gives yyyy-mm-dd, with the time only when there is one', () => {
    expect(dateText(new Date(Date.UTC(2026, 2, 5)))).toBe('2026-03-05');
    expect(dateText(new Date(Date.UTC(2026, 11, 31, 14, 30)))).toBe('2026-12-31 14:30');
    expect(dateText(new Date(Number.NaN))).toBe('');
  });
});

describe('cellText', () => {
  it('reads every kind of cell value as the text Excel shows', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText('  张三 ')).toBe('张三');
    expect(cellText(13907951234)).toBe('13907951234');
    expect(cellText(true)).toBe('TRUE');
    expect(cellText(false)).toBe('FALSE');
    expect(cellText(new Date(Date.UTC(2024, 0, 9)))).toBe('2024-01-09');
    expect(cellText({ richText: [{ text: '宜丰县' }, { text: '水利局', font: { bold: true } }] })).toBe(
      '宜丰县水利局',
    );
    expect(cellText({ text: '县政府网站', hyperlink: 'http://example.invalid' })).toBe('县政府网站');
    expect(cellText({ formula: 'A1&B1', result: '张三' })).toBe('张三');
    expect(cellText({ formula: 'A1*1', result: 13800138000 })).toBe('13800138000');
    expect(cellText({ sharedFormula: 'A1', result: 7 })).toBe('7');
    expect(cellText({ formula: 'A1' })).toBe('');
    expect(cellText({ error: '#N/A' })).toBe('#N/A');
  });

  it('reads a hyperlink whose text is rich text', () => {
    const value = { text: { richText: [{ text: '水利' }, { text: '局' }] }, hyperlink: 'mailto:a@b.invalid' };
    expect(cellText(value as unknown as Parameters<typeof cellText>[0])).toBe('水利局');
  });
});
