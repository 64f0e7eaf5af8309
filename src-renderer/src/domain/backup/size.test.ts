import { describe, expect, it } from 'vitest';
import { formatFileSize } from './size';

describe('formatFileSize', () => {
  it('gives KB below a megabyte (never 0 KB) and MB with one decimal above', () => {
    expect(formatFileSize(10)).toBe('1 KB');
    expect(formatFileSize(800 * 1024)).toBe('800 KB');
    expect(formatFileSize(1024 * 1024 - 1)).toBe('1.0 MB');
    expect(formatFileSize(1023 * 1024)).toBe('1023 KB');
    expect(formatFileSize(1024 * 1024)).toBe('1.0 MB');
    expect(formatFileSize(48 * 1024 * 1024 + 600 * 1024)).toBe('48.6 MB');
  });
});
