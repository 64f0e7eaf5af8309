// The rules of the automatic backups folder: how a backup file is named (and so which names are ours),
// which backups pruning keeps, and when the disk is too full to write another. Pure: no electron, no
// fs, no clock. The times and the local UTC offset come in as arguments.

import { AUTO_BACKUP_REASONS, LOW_DISK_BYTES, type AutoBackupReason } from '../contract';

/** Pruning always keeps this many of the newest backups. */
export const KEEP_LATEST = 20;
/** ...and the newest backup of each of this many local calendar days, today included. */
export const KEEP_DAILY_DAYS = 30;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const MAX_UTC_OFFSET_MINUTES = 14 * 60;

const PREFIX = 'xunping-auto-';
const EXTENSION = '.json';

// xunping-auto-2026-11-29T09-02-03.123+0800-publish.json: the local time it was written, with the UTC
// offset so the name alone gives the exact instant, and the reason. Sorting names sorts by local time.
const NAME_PATTERN =
  /^xunping-auto-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})\.(\d{3})([+-])(\d{2})(\d{2})-([A-Za-z]{1,20})\.json$/;

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function isReason(value: string): value is AutoBackupReason {
  return (AUTO_BACKUP_REASONS as readonly string[]).includes(value);
}

/** The file name of a backup written at createdAt (epoch ms) where local time is UTC + utcOffsetMinutes. */
export function backupFileName(
  createdAt: number,
  reason: AutoBackupReason,
  utcOffsetMinutes: number,
): string {
  if (!Number.isInteger(createdAt) || createdAt < 0) throw new RangeError(`bad backup time ${createdAt}`);
  if (!Number.isInteger(utcOffsetMinutes) || Math.abs(utcOffsetMinutes) > MAX_UTC_OFFSET_MINUTES) {
    throw new RangeError(`bad UTC offset ${utcOffsetMinutes}`);
  }
  const local = new Date(createdAt + utcOffsetMinutes * MINUTE_MS);
  const sign = utcOffsetMinutes < 0 ? '-' : '+';
  const offset = Math.abs(utcOffsetMinutes);
  return (
    `${PREFIX}${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}-${pad(local.getUTCMinutes())}-${pad(local.getUTCSeconds())}` +
    `.${pad(local.getUTCMilliseconds(), 3)}${sign}${pad(Math.floor(offset / 60))}${pad(offset % 60)}` +
    `-${reason}${EXTENSION}`
  );
}

export interface ParsedBackupName {
  createdAt: number;
  reason: AutoBackupReason;
}

/**
 * The time and reason a backup file name carries, or null when the name is not exactly one this app
 * writes. Anything else (a path, "..", another file someone put in the folder) is not a backup.
 */
export function parseBackupName(name: string): ParsedBackupName | null {
  const match = NAME_PATTERN.exec(name);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, millis, sign, offsetHours, offsetMinutes, reason] =
    match as unknown as string[];
  if (!reason || !isReason(reason)) return null;
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const localAsUtc = Date.UTC(
    Number(year),
    Number(month) - 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    Number(millis),
  );
  const createdAt = localAsUtc - offset * MINUTE_MS;
  // The round trip rejects what Date.UTC would quietly roll over (month 13, 31 February, hour 24).
  try {
    if (backupFileName(createdAt, reason, offset) !== name) return null;
  } catch {
    return null;
  }
  return { createdAt, reason };
}

export function isBackupName(name: string): boolean {
  return parseBackupName(name) !== null;
}

/** The temporary file a backup is written to before its rename; hidden, and recognisably ours. */
export function temporaryFileName(finalName: string, unique: string): string {
  return `.${finalName}.tmp-${unique}`;
}

const TEMPORARY_PATTERN = /^\.xunping-auto-.+\.json\.tmp-[A-Za-z0-9-]+$/;

/** Is this a temporary file a write left behind (a crash between writing and renaming)? */
export function isTemporaryFileName(name: string): boolean {
  return TEMPORARY_PATTERN.test(name);
}

/** The local calendar day of an instant, as a day number (days since 1970-01-01 in local time). */
export function localDayNumber(instant: number, utcOffsetMinutes: number): number {
  return Math.floor((instant + utcOffsetMinutes * MINUTE_MS) / DAY_MS);
}

export interface PrunePlan<B> {
  keep: B[];
  remove: B[];
}

/**
 * Which backups to keep: the KEEP_LATEST newest, plus the newest of each local calendar day among the
 * last KEEP_DAILY_DAYS days (today and the 29 before it). Everything else goes. A backup dated after
 * now (the clock was wrong) counts as recent, so a wrong clock never deletes the newest data.
 */
export function planPrune<B extends { name: string; createdAt: number }>(
  backups: readonly B[],
  now: number,
  utcOffsetMinutes: number,
): PrunePlan<B> {
  const newestFirst = [...backups].sort(
    (a, b) => b.createdAt - a.createdAt || (a.name < b.name ? 1 : a.name > b.name ? -1 : 0),
  );
  const kept = new Set<B>(newestFirst.slice(0, KEEP_LATEST));
  const today = localDayNumber(now, utcOffsetMinutes);
  const daysKept = new Set<number>();
  for (const backup of newestFirst) {
    const day = localDayNumber(backup.createdAt, utcOffsetMinutes);
    if (today - day >= KEEP_DAILY_DAYS || daysKept.has(day)) continue;
    daysKept.add(day);
    kept.add(backup);
  }
  return {
    keep: newestFirst.filter((backup) => kept.has(backup)),
    remove: newestFirst.filter((backup) => !kept.has(backup)),
  };
}

/** May a backup of this many bytes be written with this much free space? Not if it leaves < LOW_DISK_BYTES. */
export function hasRoomFor(freeBytes: number, backupBytes: number): boolean {
  return freeBytes - backupBytes >= LOW_DISK_BYTES;
}
