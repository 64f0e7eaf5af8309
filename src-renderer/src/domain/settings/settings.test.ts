import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, normalizeSettings, validateSettings, validateTimerMinutes } from './settings';
import { formatDocumentNumber, validateDocumentPrefix } from './documentNumber';

describe('document numbers', () => {
  it('formats with full-width brackets, full year and no leading zeros', () => {
    expect(formatDocumentNumber('宜人常函', 2026, 12)).toBe('宜人常函〔2026〕12号');
    expect(formatDocumentNumber('宜人常发', 2027, 1)).toBe('宜人常发〔2027〕1号');
  });

  it('refuses impossible years and sequences', () => {
    expect(() => formatDocumentNumber('宜人常函', 26, 1)).toThrow(RangeError);
    expect(() => formatDocumentNumber('宜人常函', 2026, 0)).toThrow(RangeError);
    expect(() => formatDocumentNumber('宜人常函', 2026, 1.5)).toThrow(RangeError);
  });

  it('explains a bad prefix', () => {
    expect(validateDocumentPrefix('宜人常函')).toBeNull();
    expect(validateDocumentPrefix('')).toContain('请填写');
    expect(validateDocumentPrefix('宜人常函【】')).toContain('括号');
    expect(validateDocumentPrefix('宜人常函2026')).toContain('数字');
  });
});

describe('settings validation', () => {
  const good = {
    ...DEFAULT_SETTINGS,
    orgName: '宜丰县人民代表大会常务委员会',
    letterPrefix: '宜人常函',
    noticePrefix: '宜人常发',
  };

  it('accepts good settings', () => {
    expect(validateSettings(good)).toEqual({});
  });

  it('needs the organisation name and every font', () => {
    const errors = validateSettings(
      normalizeSettings({ ...good, orgName: '  ', fonts: { ...good.fonts, body: '' } }),
    );
    expect(errors.orgName).toContain('发文机关');
    expect(errors['fonts.body']).toContain('正文字体');
  });

  it('refuses timer lengths out of range or finer than a second, naming the phase; 0 and 1:30 are fine', () => {
    const errors = validateTimerMinutes({
      ask: -1,
      answer: 5.501,
      followUp: 0,
      supplement: 121,
      statement: 1.5,
    });
    expect(Object.keys(errors).sort()).toEqual([
      'timerMinutes.answer',
      'timerMinutes.ask',
      'timerMinutes.supplement',
    ]);
    expect(errors['timerMinutes.ask']).toContain('提问');
  });
});
