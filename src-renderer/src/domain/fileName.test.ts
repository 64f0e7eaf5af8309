import { describe, expect, it } from 'vitest';
import { safeFileName } from './fileName';

describe('safeFileName', () => {
  it('drops what Windows refuses in a file name, and spaces', () => {
    expect(safeFileName('关于 A/B:C*D?"E"<F>|G 的通报.docx')).toBe('关于ABCDEFG的通报.docx');
  });

  it('keeps Chinese punctuation and the extension', () => {
    expect(safeFileName('满意度测评（临时结果）.xlsx')).toBe('满意度测评（临时结果）.xlsx');
  });
});
