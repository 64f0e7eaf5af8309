// Use cases of 设置.
import { saveSettings as storeSettings } from '../../db/repositories/settings';
import type { Settings } from '../../domain/settings/settings';
import type { Command } from '../runtime/services';

/** Checks and stores the settings; gives them back as stored (cleaned). Bad input fails with field errors. */
export const saveSettings: Command<Settings, Settings> = ({ db }, input) => storeSettings(db, input);
