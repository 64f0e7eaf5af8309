import {
  DEFAULT_SETTINGS,
  normalizeSettings,
  validateSettings,
  type Settings,
} from '../../domain/settings/settings';
import { hasErrors } from '../../domain/validation';
import type { SettingsRecord, XunpingDb } from '../database';
import { ValidationError } from '../errors';

/** Stored settings over the defaults, so a setting added in a later version has its default at once. */
export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    fonts: { ...DEFAULT_SETTINGS.fonts, ...stored?.fonts },
    timerMinutes: { ...DEFAULT_SETTINGS.timerMinutes, ...stored?.timerMinutes },
    rectification: { ...DEFAULT_SETTINGS.rectification, ...stored?.rectification },
  };
}

export async function loadSettings(db: XunpingDb): Promise<Settings> {
  const { id: _id, ...stored } = (await db.settings.get('app')) ?? ({} as Partial<SettingsRecord>);
  return withDefaults(stored);
}

export async function saveSettings(db: XunpingDb, input: Settings): Promise<Settings> {
  const clean = normalizeSettings(input);
  const errors = validateSettings(clean);
  if (hasErrors(errors)) throw new ValidationError(errors);
  await db.settings.put({ ...clean, id: 'app' });
  return clean;
}
