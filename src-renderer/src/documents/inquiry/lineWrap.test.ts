import { describe, expect, it } from 'vitest';
import { cautiousWidth, wrapPieces } from './lineWrap';

describe('wrapPieces', () => {
  it('breaks before a whole piece that does not fit, with the closing mark after it', () => {
    const pieces = [{ text: '一二三四五六七' }, { text: '欧阳明', whole: true }, { text: '、其余' }];
    // 10 characters a line: 欧阳明 and its 、 need 4, only 3 are left
    expect(wrapPieces(pieces, 10)).toEqual(['一二三四五六七', '欧阳明、其余']);
    expect(wrapPieces(pieces, 11)).toEqual(['一二三四五六七欧阳明、', '其余']);
  });

  it('breaks other text where the line is full, never before closing punctuation', () => {
    expect(wrapPieces([{ text: '一二三四五，六七八' }], 5, 4)).toEqual(['一二三四五，', '六七八']);
    expect(wrapPieces([{ text: '一二三四五六七八九' }], 4, 3)).toEqual(['一二三四', '五六七', '八九']);
  });

  it('counts digits wider than Times New Roman’s, to break early rather than late', () => {
    expect(cautiousWidth('16分10秒')).toBeCloseTo(5.6); // 4 digits, 2 characters, 2 runs of digits
    expect(wrapPieces([{ text: '用时' }, { text: '16分10秒', whole: true }], 6)).toEqual([
      '用时',
      '16分10秒',
    ]);
  });
});
