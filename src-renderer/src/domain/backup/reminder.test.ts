import { describe, expect, it } from 'vitest';
import { instantAt } from '../time';
import { exportReminder } from './reminder';

const at = (date: string, hours = 9) => instantAt(date, hours);
const base = { hasData: true, lastPublishedAt: null };

describe('exportReminder', () => {
  it('says nothing for an empty database, even never exported', () => {
    expect(exportReminder({ ...base, hasData: false, now: at('2026-11-29'), lastExportAt: null })).toBeNull();
  });

  it('reminds when data exists and there never was an export', () => {
    expect(exportReminder({ ...base, now: at('2026-11-29'), lastExportAt: null })).toEqual({ kind: 'never' });
  });

  it('waits exactly 7 calendar days, and reminds on the 8th, whatever the hour', () => {
    const lastExportAt = at('2026-11-01', 23);
    expect(exportReminder({ ...base, now: at('2026-11-08', 23), lastExportAt })).toBeNull();
    expect(exportReminder({ ...base, now: instantAt('2026-11-08', 23, 59), lastExportAt })).toBeNull();
    expect(exportReminder({ ...base, now: at('2026-11-09', 0), lastExportAt })).toEqual({
      kind: 'stale',
      days: 8,
    });
  });

  it('counts across the year boundary', () => {
    const lastExportAt = at('2026-12-28');
    expect(exportReminder({ ...base, now: at('2027-01-04'), lastExportAt })).toBeNull();
    expect(exportReminder({ ...base, now: at('2027-01-05'), lastExportAt })).toEqual({
      kind: 'stale',
      days: 8,
    });
  });

  it('reminds after a round is published since the export, however recent the export', () => {
    const lastExportAt = at('2026-11-29', 9);
    const now = at('2026-11-29', 11);
    expect(exportReminder({ ...base, now, lastExportAt, lastPublishedAt: at('2026-11-29', 10) })).toEqual({
      kind: 'published',
    });
    expect(exportReminder({ ...base, now, lastExportAt, lastPublishedAt: at('2026-11-29', 8) })).toBeNull();
  });
});
