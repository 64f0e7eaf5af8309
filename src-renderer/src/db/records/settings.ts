// 设置 as stored: one record with id 'app'. Settings added in a later version have defaults (see the schema
// upgrades), so a stored record always carries every field.
import { z } from 'zod';
import type { RectificationSettings } from '../../domain/rectification/dueDates';
import type { DocumentFonts, TimerMinutes } from '../../domain/settings/settings';
import { isWholeSeconds, MAX_TIMER_SECONDS, minutesToSeconds } from '../../domain/settings/timerLength';
import type { SettingsRecord } from '../database';
import { schemaFor } from './common';

/** Minutes to the second (1.5 = 1:30); 0 is no limit. Records from before are whole minutes from 1, still valid. */
const minutesSchema = z
  .number()
  .nonnegative()
  .refine((m) => isWholeSeconds(m) && minutesToSeconds(m) <= MAX_TIMER_SECONDS, {
    message: 'minutes to the second, at most 120',
  });

export const timerMinutesSchema = schemaFor<TimerMinutes>()(
  z.object({
    ask: minutesSchema,
    answer: minutesSchema,
    followUp: minutesSchema,
    supplement: minutesSchema,
    statement: minutesSchema,
  }),
);

export const fontsSchema = schemaFor<DocumentFonts>()(
  z.object({
    title: z.string(),
    body: z.string(),
    heading1: z.string(),
    heading2: z.string(),
    pageNumber: z.string(),
    latin: z.string(),
  }),
);

export const rectificationSettingsSchema = schemaFor<RectificationSettings>()(
  z.object({
    planDays: z.number().int().nonnegative(),
    reportMonths: z.number().int().nonnegative(),
    dueSoonDays: z.number().int().nonnegative(),
  }),
);

export const settingsSchema = schemaFor<SettingsRecord>()(
  z.object({
    id: z.literal('app'),
    orgName: z.string(),
    letterPrefix: z.string(),
    noticePrefix: z.string(),
    fonts: fontsSchema,
    timerMinutes: timerMinutesSchema,
    rectification: rectificationSettingsSchema,
  }),
);
