import { describe, expect, it } from 'vitest';
import { safeFileName } from './fileName';

describe('safeFileName', () => {
  it('drops reserved characters and white space, keeping Chinese punctuation', () => {
    expect(safeFileName('宜人常发〔2026〕1号 整改通知书（县财政局）.docx')).toBe(
      '宜人常发〔2026〕1号整改通知书（县财政局）.docx',
    );
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j\tk\nl.xlsx')).toBe('abcdefghijkl.xlsx');
  });
});
