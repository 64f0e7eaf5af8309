import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../db/repositories/settings';
import { isDomainError } from '../../domain/errors';
import { DEFAULT_SETTINGS } from '../../domain/settings/settings';
import { testServices } from '../testing/services';
import { saveSettings } from './settings';

const good = {
  ...DEFAULT_SETTINGS,
  orgName: ' 宜丰县人民代表大会常务委员会 ',
  letterPrefix: '宜人常函',
  noticePrefix: '宜人常发',
};

describe('saveSettings', () => {
  it('stores the settings cleaned and gives them back as stored', async () => {
    const services = testServices();
    const saved = await saveSettings(services, good);
    expect(saved.orgName).toBe('宜丰县人民代表大会常务委员会');
    expect(await loadSettings(services.db)).toEqual(saved);
  });

  it('refuses bad settings with field errors and keeps what was stored', async () => {
    const services = testServices();
    await saveSettings(services, good);
    const error: unknown = await saveSettings(services, {
      ...good,
      orgName: '',
      letterPrefix: '宜人常函〔2026〕',
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDomainError(error, 'common.invalidInput')).toBe(true);
    expect(isDomainError(error) && Object.keys(error.fieldErrors ?? {}).sort()).toEqual([
      'letterPrefix',
      'orgName',
    ]);
    expect((await loadSettings(services.db)).letterPrefix).toBe('宜人常函');
  });
});
