import { describe, expect, it } from 'vitest';
import { safeFileName } from './fileName';

describe('safeFileName', () => {
  it('leaves out what a file system refuses and white space, keeps Chinese punctuation', () => {
    expect(safeFileName('促进 绿色矿山/建设：询问会议程.docx')).toBe('促进绿色矿山建设：询问会议程.docx');
    expect(safeFileName('a\\b:c*d?e"f<g>h|i\tj.docx')).toBe('abcdefghij.docx');
    expect(safeFileName('宜人常函〔2026〕3号（县林业局）.docx')).toBe('宜人常函〔2026〕3号（县林业局）.docx');
  });
});
