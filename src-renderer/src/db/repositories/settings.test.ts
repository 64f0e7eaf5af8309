import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../domain/settings/settings';
import { ValidationError } from '../errors';
import { freshDb } from '../testing/freshDb';
import { loadSettings, saveSettings, withDefaults } from './settings';

const good = {
  ...DEFAULT_SETTINGS,
  orgName: '宜丰县人民代表大会常务委员会',
  letterPrefix: '宜人常函',
  noticePrefix: '宜人常发',
};

describe('settings', () => {
  it('gives the defaults on a fresh database', async () => {
    const settings = await loadSettings(freshDb());
    expect(settings.timerMinutes).toEqual({ ask: 3, answer: 5, followUp: 2, supplement: 3, statement: 10 });
    expect(settings.fonts.body).toBe('仿宋_GB2312');
  });

  it('saves and loads', async () => {
    const db = freshDb();
    await saveSettings(db, { ...good, timerMinutes: { ...good.timerMinutes, answer: 8 } });
    const loaded = await loadSettings(db);
    expect(loaded.timerMinutes.answer).toBe(8);
    expect(loaded.orgName).toBe('宜丰县人民代表大会常务委员会');
  });

  it('refuses a prefix with brackets and keeps what was saved', async () => {
    const db = freshDb();
    await saveSettings(db, good);
    await expect(saveSettings(db, { ...good, letterPrefix: '宜人常函〔2026〕' })).rejects.toThrow(
      '不要带括号',
    );
    expect((await loadSettings(db)).letterPrefix).toBe('宜人常函');
  });

  it('fills settings added later with their defaults', () => {
    const partial = { orgName: 'x', fonts: { body: '仿宋' } } as never;
    const settings = withDefaults(partial);
    expect(settings.fonts.body).toBe('仿宋');
    expect(settings.fonts.title).toBe('方正小标宋简体');
    expect(settings.timerMinutes.statement).toBe(10);
  });

  it('gives a record stored before the 整改期限 existed the default periods', async () => {
    const db = freshDb();
    const { rectification: _added, ...before } = good;
    await db.settings.put({ ...before, id: 'app' } as never);
    const loaded = await loadSettings(db);
    expect(loaded.rectification).toEqual({ planDays: 15, reportMonths: 3, dueSoonDays: 7 });
    expect(loaded.orgName).toBe('宜丰县人民代表大会常务委员会');
  });

  it('saves the 整改期限 and refuses periods out of range with the field and a Chinese reason', async () => {
    const db = freshDb();
    const periods = { planDays: 10, reportMonths: 2, dueSoonDays: 0 };
    await saveSettings(db, { ...good, rectification: periods });
    expect((await loadSettings(db)).rectification).toEqual(periods);
    const error = await saveSettings(db, {
      ...good,
      rectification: { planDays: 0, reportMonths: 2.5, dueSoonDays: 7 },
    }).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({
      'rectification.planDays': '整改方案期限应为 1 到 365 之间的整数天',
      'rectification.reportMonths': '整改报告期限应为 1 到 36 之间的整数月',
    });
    expect((await loadSettings(db)).rectification).toEqual(periods);
  });
});
