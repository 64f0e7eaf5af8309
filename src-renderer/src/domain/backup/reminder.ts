// The browser build keeps no automatic backups: the app reminds the secretary to export one. When: data exists
// and there never was an export, or the last one is more than 7 calendar days old, or a round was published
// after it (a published result is a record worth a copy at once).
import { daysBetween, toCalendarDate, type Instant } from '../time';

export const EXPORT_REMINDER_DAYS = 7;

export type ExportReminder =
  { kind: 'never' } | { kind: 'stale'; days: number } | { kind: 'published' } | null;

export interface ExportReminderInput {
  now: Instant;
  /** null: never exported in this browser. */
  lastExportAt: Instant | null;
  /** False for an empty database: nothing to lose, nothing to remind of. */
  hasData: boolean;
  /** The latest publishing of any round; null when none is published. */
  lastPublishedAt: Instant | null;
}

/** Null when no reminder is due. Days are calendar days: an export on the 1st is 7 days old on the 8th. */
export function exportReminder(input: ExportReminderInput): ExportReminder {
  const { now, lastExportAt, hasData, lastPublishedAt } = input;
  if (!hasData) return null;
  if (lastExportAt === null) return { kind: 'never' };
  if (lastPublishedAt !== null && lastPublishedAt > lastExportAt) return { kind: 'published' };
  const days = daysBetween(toCalendarDate(lastExportAt), toCalendarDate(now));
  return days > EXPORT_REMINDER_DAYS ? { kind: 'stale', days } : null;
}
