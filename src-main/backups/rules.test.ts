import { describe, expect, it } from 'vitest';
import { LOW_DISK_BYTES } from '../contract';
import {
  KEEP_DAILY_DAYS,
  KEEP_LATEST,
  backupFileName,
  hasRoomFor,
  isBackupName,
  isTemporaryFileName,
  localDayNumber,
  parseBackupName,
  planPrune,
  temporaryFileName,
} from './rules';

const BEIJING = 8 * 60;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string) => Date.parse(iso);

describe('backup file names', () => {
  it('carry the local time, the UTC offset and the reason, and parse back exactly', () => {
    const createdAt = at('2026-11-29T09:02:03.123+08:00');
    const name = backupFileName(createdAt, 'publish', BEIJING);
    expect(name).toBe('xunping-auto-2026-11-29T09-02-03.123+0800-publish.json');
    expect(parseBackupName(name)).toEqual({ createdAt, reason: 'publish' });
  });

  it('round-trip west of UTC and at half-hour offsets', () => {
    const createdAt = at('2026-01-01T00:00:00.000Z');
    for (const offset of [-300, 330, 0, -570, 840]) {
      const name = backupFileName(createdAt, 'beforeRestore', offset);
      expect(parseBackupName(name), name).toEqual({ createdAt, reason: 'beforeRestore' });
    }
    expect(backupFileName(createdAt, 'interval', -300)).toBe(
      'xunping-auto-2025-12-31T19-00-00.000-0500-interval.json',
    );
  });

  it.each([
    ['a parent folder', '../xunping-auto-2026-11-29T09-02-03.123+0800-publish.json'],
    ['a sub folder', 'x/xunping-auto-2026-11-29T09-02-03.123+0800-publish.json'],
    ['a Windows path', '..\\xunping-auto-2026-11-29T09-02-03.123+0800-publish.json'],
    ['an absolute path', '/etc/passwd'],
    ['dot dot', '..'],
    ['empty', ''],
    ['a NUL byte', 'xunping-auto-2026-11-29T09-02-03.123+0800-publish.json\u0000.txt'],
    ['a trailing newline', 'xunping-auto-2026-11-29T09-02-03.123+0800-publish.json\n'],
    ['an unknown reason', 'xunping-auto-2026-11-29T09-02-03.123+0800-whatever.json'],
    ['month 13', 'xunping-auto-2026-13-29T09-02-03.123+0800-publish.json'],
    ['31 February', 'xunping-auto-2026-02-31T09-02-03.123+0800-publish.json'],
    ['hour 24', 'xunping-auto-2026-11-29T24-02-03.123+0800-publish.json'],
    ['an offset beyond 14 hours', 'xunping-auto-2026-11-29T09-02-03.123+1500-publish.json'],
    ['a temporary file', '.xunping-auto-2026-11-29T09-02-03.123+0800-publish.json.tmp-1-ab'],
    ['a user’s own export', '询评备份-2026-11-29.json'],
  ])('refuse %s', (_label, name) => {
    expect(parseBackupName(name)).toBeNull();
    expect(isBackupName(name)).toBe(false);
  });

  it('tell temporary files from backups', () => {
    const name = backupFileName(at('2026-11-29T09:00:00+08:00'), 'issue', BEIJING);
    const temporary = temporaryFileName(name, '4242-0a1b2c3d');
    expect(isTemporaryFileName(temporary)).toBe(true);
    expect(isBackupName(temporary)).toBe(false);
    expect(isTemporaryFileName(name)).toBe(false);
    expect(isTemporaryFileName('.bashrc')).toBe(false);
  });
});

describe('localDayNumber', () => {
  it('turns at local midnight, not at UTC midnight', () => {
    const lastMinute = localDayNumber(at('2026-11-29T23:59:59.999+08:00'), BEIJING);
    expect(localDayNumber(at('2026-11-29T00:00:00+08:00'), BEIJING)).toBe(lastMinute);
    expect(localDayNumber(at('2026-11-30T00:00:00+08:00'), BEIJING)).toBe(lastMinute + 1);
  });
});

/** Backups written at the given local (UTC+8) times. */
function backupsAt(isoTimes: string[]) {
  return isoTimes.map((iso) => {
    const createdAt = at(iso);
    return { name: backupFileName(createdAt, 'interval', BEIJING), createdAt };
  });
}

const kept = (plan: { keep: { createdAt: number }[] }) =>
  plan.keep.map((b) => new Date(b.createdAt).toISOString()).sort();

describe('planPrune', () => {
  it('keeps everything while there are at most 20 backups', () => {
    const now = at('2026-11-29T12:00:00+08:00');
    const backups = Array.from({ length: KEEP_LATEST }, (_, i) => ({
      name: `b${i}`,
      createdAt: now - i * 400 * DAY,
    }));
    expect(planPrune(backups, now, BEIJING).remove).toEqual([]);
  });

  it('keeps the 20 newest of one day and removes the older ones of that day', () => {
    const now = at('2026-11-29T18:00:00+08:00');
    const backups = Array.from({ length: 30 }, (_, i) => ({
      name: `b${i}`,
      createdAt: now - (i + 1) * 10 * 60_000,
    }));
    const plan = planPrune(backups, now, BEIJING);
    expect(plan.keep.map((b) => b.name)).toEqual(backups.slice(0, KEEP_LATEST).map((b) => b.name));
    expect(plan.remove).toHaveLength(10);
  });

  it('keeps the newest backup of each of the last 30 local days beyond the newest 20', () => {
    const now = at('2026-11-29T12:00:00+08:00');
    // 25 backups today (the newest 20 are kept), then three a day for 40 days before today.
    const today = Array.from({ length: 25 }, (_, i) => now - (i + 1) * 60_000);
    const earlier = Array.from({ length: 40 }, (_, d) =>
      [8, 12, 17].map((hour) => at('2026-11-29T00:00:00+08:00') - (d + 1) * DAY + hour * HOUR),
    ).flat();
    const backups = [...today, ...earlier].map((createdAt, i) => ({ name: `b${i}`, createdAt }));
    const plan = planPrune(backups, now, BEIJING);
    const keptTimes = new Set(plan.keep.map((b) => b.createdAt));
    // Today: the newest 20 only (today's newest is among them).
    expect(today.filter((t) => keptTimes.has(t))).toEqual(today.slice(0, KEEP_LATEST));
    // The 29 days before today: the 17:00 backup, and only that one.
    for (let d = 1; d < KEEP_DAILY_DAYS; d += 1) {
      const dayStart = at('2026-11-29T00:00:00+08:00') - d * DAY;
      expect(keptTimes.has(dayStart + 17 * HOUR), `day -${d} evening`).toBe(true);
      expect(keptTimes.has(dayStart + 12 * HOUR), `day -${d} noon`).toBe(false);
      expect(keptTimes.has(dayStart + 8 * HOUR), `day -${d} morning`).toBe(false);
    }
    // Day -30 and older: nothing.
    expect([...keptTimes].every((t) => t >= at('2026-11-29T00:00:00+08:00') - 29 * DAY)).toBe(true);
    expect(plan.keep).toHaveLength(KEEP_LATEST + KEEP_DAILY_DAYS - 1);
    expect(plan.keep.length + plan.remove.length).toBe(backups.length);
  });

  it('draws the day boundary at local midnight: 23:59 and 00:01 are two days', () => {
    const now = at('2026-11-29T12:00:00+08:00');
    const filler = Array.from({ length: KEEP_LATEST }, (_, i) => now - (i + 1) * 1000);
    const boundary = ['2026-11-20T23:30:00+08:00', '2026-11-20T23:59:00+08:00', '2026-11-21T00:01:00+08:00'];
    const backups = [...filler.map((createdAt, i) => ({ name: `f${i}`, createdAt })), ...backupsAt(boundary)];
    const plan = planPrune(backups, now, BEIJING);
    // In UTC all three fall on 20 November; in Beijing the last is the 21st, so two are kept.
    expect(kept(plan)).toEqual(
      expect.arrayContaining([
        new Date(at('2026-11-20T23:59:00+08:00')).toISOString(),
        new Date(at('2026-11-21T00:01:00+08:00')).toISOString(),
      ]),
    );
    expect(plan.remove.map((b) => b.createdAt)).toEqual([at('2026-11-20T23:30:00+08:00')]);
  });

  it('keeps the day 29 days ago and drops the day 30 days ago', () => {
    const now = at('2026-11-29T00:30:00+08:00');
    const filler = Array.from({ length: KEEP_LATEST }, (_, i) => ({ name: `f${i}`, createdAt: now - i }));
    const [day29, day30] = backupsAt(['2026-10-31T23:59:00+08:00', '2026-10-30T23:59:00+08:00']);
    const plan = planPrune([...filler, day29!, day30!], now, BEIJING);
    expect(plan.keep).toContain(day29);
    expect(plan.remove).toEqual([day30]);
  });

  it('never removes a backup dated after now (a clock set wrong)', () => {
    const now = at('2026-11-29T12:00:00+08:00');
    const filler = Array.from({ length: 40 }, (_, i) => ({ name: `f${i}`, createdAt: now - i * 1000 }));
    const future = { name: 'future', createdAt: now + 3 * DAY };
    expect(planPrune([...filler, future], now, BEIJING).keep).toContain(future);
  });
});

describe('hasRoomFor', () => {
  it('refuses a backup that would leave less than 500 MB free', () => {
    expect(LOW_DISK_BYTES).toBe(500 * 1024 * 1024);
    expect(hasRoomFor(LOW_DISK_BYTES + 1000, 1000)).toBe(true);
    expect(hasRoomFor(LOW_DISK_BYTES + 999, 1000)).toBe(false);
    expect(hasRoomFor(LOW_DISK_BYTES - 1, 0)).toBe(false);
  });
});
