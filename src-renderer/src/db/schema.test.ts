import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import { UPGRADE_TO_5 } from './upgrades';
import { XunpingDb } from './database';
import { freshDb } from './testing/freshDb';
import { DEFAULT_SETTINGS } from '../domain/settings/settings';

// Released versions, copied by hand. If one of these changes, an installed app's data no longer matches:
// add a new version to SCHEMA_VERSIONS instead of editing an old one.
const RELEASED: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      settings: 'id',
      people: 'id, name, category, *groups',
      units: 'id, &fullName, shortName',
      activities: 'id, kind, date, status, *unitIds, *personIds',
    },
  },
  {
    version: 2,
    stores: {
      questions: 'id, activityId, askerId',
      agendaItems: 'id, activityId',
      consoleEvents: '[activityId+seq], activityId',
    },
  },
  {
    version: 3,
    stores: {
      voteRounds: 'id, activityId',
      ballots: 'id, roundId',
      groupTotals: '[roundId+groupId], roundId',
      checkins: '[roundId+personId], roundId',
      roundLog: '[roundId+seq], roundId',
    },
  },
  {
    version: 4,
    stores: {
      rectificationItems: 'id, activityId, unitId, status, planDue, reportDue',
      documentNumbers: '[prefix+year+sequence], [prefix+year], documentId',
      issuedDocuments: 'id, *itemIds, activityId, [prefix+year+sequence]',
    },
  },
  { version: 5, stores: {}, upgrade: UPGRADE_TO_5 },
];

describe('schema', () => {
  it('never edits a released version', () => {
    for (const released of RELEASED) {
      expect(SCHEMA_VERSIONS.find((v) => v.version === released.version)).toEqual(released);
    }
  });

  it('lists versions in strictly increasing order', () => {
    const numbers = SCHEMA_VERSIONS.map((v) => v.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('opens with every table and index', async () => {
    const db = freshDb();
    await db.open();
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'activities',
      'agendaItems',
      'auditLog',
      'ballots',
      'checkins',
      'consoleEvents',
      'documentNumbers',
      'groupTotals',
      'issuedDocuments',
      'people',
      'projectBallots',
      'projectCandidates',
      'projectItems',
      'projectRounds',
      'questions',
      'rectificationItems',
      'roundLog',
      'secondEntries',
      'settings',
      'units',
      'voteRounds',
    ]);
    const activityIndexes = db.activities.schema.indexes.map((i) => i.name).sort();
    expect(activityIndexes).toEqual(['date', 'kind', 'personIds', 'status', 'unitIds']);
    expect(db.units.schema.indexes.find((i) => i.name === 'fullName')?.unique).toBe(true);
    db.close();
  });

  it('keeps data across a close and reopen', async () => {
    const db = freshDb();
    await db.settings.put({ id: 'app', orgName: 'x' } as never);
    const name = db.name;
    db.close();
    const again = new Dexie(name);
    await again.open();
    expect(await again.table('settings').get('app')).toMatchObject({ orgName: 'x' });
    again.close();
  });

  it('upgrades a version 1 database without losing its rows', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(1).stores(RELEASED[0]!.stores);
    await old.table('people').add({ id: 'p1', name: '张三', category: '人大代表', groups: [] });
    old.close();
    const db = new XunpingDb(name);
    expect(await db.people.get('p1')).toMatchObject({ name: '张三' });
    expect(await db.questions.count()).toBe(0);
    db.close();
  });

  it('upgrades a version 2 database to one with empty ballot tables', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(1).stores(RELEASED[0]!.stores);
    old.version(2).stores(RELEASED[1]!.stores);
    await old.table('questions').add({ id: 'q1', activityId: 'a1', askerId: 'p1' });
    old.close();
    const db = new XunpingDb(name);
    expect(await db.questions.get('q1')).toMatchObject({ activityId: 'a1' });
    expect(await db.voteRounds.count()).toBe(0);
    db.close();
  });

  it('upgrades a version 3 database to one with empty rectification tables', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    for (const released of RELEASED.slice(0, 3)) old.version(released.version).stores(released.stores);
    await old.table('voteRounds').add({ id: 'r1', activityId: 'a1' });
    old.close();
    const db = new XunpingDb(name);
    expect(await db.voteRounds.get('r1')).toMatchObject({ activityId: 'a1' });
    expect(await db.rectificationItems.count()).toBe(0);
    expect(await db.documentNumbers.count()).toBe(0);
    db.close();
  });

  it('upgrades a version 6 database to one with an empty 双人复核 table, its rounds (double entry off) intact', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((entry) => entry.version <= 6))
      old.version(v.version).stores(v.stores);
    await old.table('voteRounds').add({ id: 'r1', activityId: 'a1' });
    await old.table('ballots').add({ id: 'b1', roundId: 'r1', groupId: 'g', paperNo: 1 });
    old.close();
    const db = new XunpingDb(name);
    expect(await db.voteRounds.get('r1')).toEqual({ id: 'r1', activityId: 'a1' });
    expect(await db.ballots.get('b1')).toMatchObject({ paperNo: 1 });
    expect(await db.secondEntries.count()).toBe(0);
    await db.secondEntries.add({
      form: 'tiers',
      id: 's1',
      roundId: 'r1',
      groupId: 'g',
      paperNo: 1,
      wholeVoid: false,
      marks: {},
      kept: null,
    });
    expect(await db.secondEntries.get(['r1', 'g', 1])).toMatchObject({ id: 's1' });
    db.close();
  });

  it('upgrades a version 4 database: ISO instants become epoch ms, settings get their later fields', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    for (const released of RELEASED.slice(0, 4)) old.version(released.version).stores(released.stores);
    await old
      .table('activities')
      .add({ id: 'a1', createdAt: '2026-11-29T08:00:00.000Z', updatedAt: '2026-11-29T09:30:00.000Z' });
    await old.table('voteRounds').add({
      id: 'r1',
      activityId: 'a1',
      createdAt: '2026-11-29T08:00:00.000Z',
      published: { fingerprint: 'f', publishedAt: '2026-11-29T11:40:00.000Z' },
    });
    await old
      .table('voteRounds')
      .add({ id: 'r2', activityId: 'a1', createdAt: '2026-11-29T08:00:00.000Z', published: null });
    await old.table('roundLog').add({ roundId: 'r1', seq: 1, at: '2026-11-29T08:00:00.000Z' });
    await old.table('issuedDocuments').add({ id: 'd1', createdAt: '2026-12-01T01:00:00.000Z' });
    await old
      .table('settings')
      .add({ id: 'app', orgName: '宜丰县人民代表大会常务委员会', timerMinutes: { ask: 4 } });
    old.close();
    const db = new XunpingDb(name);
    const activity = await db.activities.get('a1');
    expect([activity?.createdAt, activity?.updatedAt]).toEqual([
      Date.UTC(2026, 10, 29, 8),
      Date.UTC(2026, 10, 29, 9, 30),
    ]);
    const round = await db.voteRounds.get('r1');
    expect(round?.createdAt).toBe(Date.UTC(2026, 10, 29, 8));
    expect(round?.published).toEqual({ fingerprint: 'f', publishedAt: Date.UTC(2026, 10, 29, 11, 40) });
    expect((await db.voteRounds.get('r2'))?.published).toBeNull();
    expect((await db.roundLog.get(['r1', 1]))?.at).toBe(Date.UTC(2026, 10, 29, 8));
    expect((await db.issuedDocuments.get('d1'))?.createdAt).toBe(Date.UTC(2026, 11, 1, 1));
    const settings = await db.settings.get('app');
    expect(settings?.orgName).toBe('宜丰县人民代表大会常务委员会');
    expect(settings?.timerMinutes).toEqual({ ...DEFAULT_SETTINGS.timerMinutes, ask: 4 });
    expect(settings?.rectification).toEqual(DEFAULT_SETTINGS.rectification);
    db.close();
  });

  it('upgrades a version 5 database to one with an empty audit log, indexed by time and kind', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    for (const released of RELEASED) old.version(released.version).stores(released.stores);
    await old.table('people').add({ id: 'p1', name: '张三' });
    old.close();
    const db = new XunpingDb(name);
    expect(await db.people.get('p1')).toMatchObject({ name: '张三' });
    expect(await db.auditLog.count()).toBe(0);
    expect(db.auditLog.schema.indexes.map((i) => i.name).sort()).toEqual(['at', 'kind']);
    db.close();
  });

  it('upgrades a version 6 database to one with empty project vote tables (version 8)', async () => {
    const name = `upgrade-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    for (const released of RELEASED) old.version(released.version).stores(released.stores);
    old.version(6).stores({ auditLog: 'id, at, kind' });
    await old.table('activities').add({ id: 'a1', kind: 'evaluation' });
    old.close();
    const db = new XunpingDb(name);
    expect(await db.activities.get('a1')).toMatchObject({ kind: 'evaluation' });
    for (const table of [db.projectCandidates, db.projectRounds, db.projectBallots, db.projectItems]) {
      expect(await table.count()).toBe(0);
    }
    expect(db.projectCandidates.schema.indexes.map((i) => i.name)).toEqual(['activityId']);
    expect(db.projectBallots.schema.indexes.map((i) => i.name)).toEqual(['roundId']);
    db.close();
  });
});
