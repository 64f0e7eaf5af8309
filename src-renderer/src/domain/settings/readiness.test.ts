import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors';
import { assertDocumentReady, missingSettings, settingsReadyForAll } from './readiness';
import { DEFAULT_SETTINGS } from './settings';

const filled = {
  ...DEFAULT_SETTINGS,
  orgName: '宜丰县人民代表大会常务委员会',
  letterPrefix: '宜人常函',
  noticePrefix: '',
};

describe('document readiness', () => {
  it('needs only the 机关 for an unnumbered document, and the prefix of its kind for a numbered one', () => {
    expect(missingSettings(DEFAULT_SETTINGS, 'unnumbered')).toEqual(['orgName']);
    expect(missingSettings(filled, 'unnumbered')).toEqual([]);
    expect(missingSettings(filled, 'letter')).toEqual([]);
    expect(missingSettings(filled, 'notice')).toEqual(['noticePrefix']);
    expect(missingSettings({ ...filled, orgName: '   ' }, 'letter')).toEqual(['orgName']);
  });

  it('refuses with a Chinese message naming every missing setting', () => {
    let caught: unknown;
    try {
      assertDocumentReady(DEFAULT_SETTINGS, 'notice');
    } catch (error) {
      caught = error;
    }
    expect(isDomainError(caught, 'settings.missing')).toBe(true);
    expect((caught as Error).message).toContain('发文机关标志');
    expect((caught as Error).message).toContain('通知的发文字号前缀');
    expect(() => assertDocumentReady(filled, 'letter')).not.toThrow();
  });

  it('is ready for every document only with the 机关 and both prefixes', () => {
    expect(settingsReadyForAll(DEFAULT_SETTINGS)).toBe(false);
    expect(settingsReadyForAll(filled)).toBe(false);
    expect(settingsReadyForAll({ ...filled, noticePrefix: '宜人常发' })).toBe(true);
    expect(settingsReadyForAll({ ...filled, noticePrefix: '宜人常发', orgName: ' ' })).toBe(false);
  });
});
