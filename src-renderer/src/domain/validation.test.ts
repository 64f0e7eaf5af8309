import { describe, expect, it } from 'vitest';
import { cleanText } from './validation';

describe('cleanText', () => {
  it('folds white space, full-width spaces included, and trims', () => {
    expect(cleanText('  县人大\u3000常委会 \n 主任 ')).toBe('县人大 常委会 主任');
    expect(cleanText(null)).toBe('');
    expect(cleanText(12)).toBe('12');
  });

  it.each([
    ['zero-width space', '\u200B'],
    ['zero-width non-joiner', '\u200C'],
    ['zero-width joiner', '\u200D'],
    ['left-to-right mark', '\u200E'],
    ['right-to-left mark', '\u200F'],
    ['left-to-right embedding', '\u202A'],
    ['right-to-left embedding', '\u202B'],
    ['pop directional formatting', '\u202C'],
    ['left-to-right override', '\u202D'],
    ['right-to-left override', '\u202E'],
    ['word joiner', '\u2060'],
    ['left-to-right isolate', '\u2066'],
    ['right-to-left isolate', '\u2067'],
    ['first strong isolate', '\u2068'],
    ['pop directional isolate', '\u2069'],
    ['byte-order mark', '\uFEFF'],
  ])('removes the %s', (_name, char) => {
    expect(cleanText(`${char}张${char}三${char}`)).toBe('张三');
  });

  it('does not turn an invisible character between words into a space', () => {
    expect(cleanText('县人大\u200B常委会')).toBe('县人大常委会');
    expect(cleanText('a \u200B b')).toBe('a b');
  });

  it('writes every character in its composed form (NFC)', () => {
    expect(cleanText('Jose\u0301')).toBe('Jos\u00E9');
    // A CJK compatibility ideograph (U+F9DC) is the unified 隆 (U+9686).
    expect(cleanText('\uF9DC平')).toBe('\u9686平');
  });
});
