import { describe, expect, it } from 'vitest';
import type { ConsoleEventRecord } from '../database';
import { freshDb } from '../testing/freshDb';
import { readConsoleLog } from './consoleLog';

const row = (seq: number, activityId = 'a1'): ConsoleEventRecord => ({
  type: 'paused',
  seq,
  at: 1_000 * seq,
  activityId,
});

describe('readConsoleLog', () => {
  it('keeps the held events and adds only the later ones while the log just grows', async () => {
    const db = freshDb();
    await db.consoleEvents.bulkAdd([row(1), row(2), row(1, 'other')]);
    const first = await readConsoleLog(db, 'a1');
    expect(first).toEqual([row(1), row(2)]);
    expect(await readConsoleLog(db, 'a1', first)).toBe(first);
    await db.consoleEvents.bulkAdd([row(3), row(4)]);
    const grown = await readConsoleLog(db, 'a1', first);
    expect(grown).toEqual([row(1), row(2), row(3), row(4)]);
    expect(grown[0]).toBe(first[0]);
  });

  it('reads the whole log again when it did not just grow', async () => {
    const db = freshDb();
    await db.consoleEvents.bulkAdd([row(1), row(2), row(3)]);
    const held = await readConsoleLog(db, 'a1');
    // An earlier event gone and a later one added: the last held is still there, the count tells.
    await db.consoleEvents.delete(['a1', 2]);
    await db.consoleEvents.add(row(4));
    expect(await readConsoleLog(db, 'a1', held)).toEqual([row(1), row(3), row(4)]);
    // The last held event replaced (a restore of another meeting's log): same count, other rows.
    const again = await readConsoleLog(db, 'a1');
    await db.consoleEvents.put({ ...row(4), at: 99 });
    expect(await readConsoleLog(db, 'a1', again)).toEqual([row(1), row(3), { ...row(4), at: 99 }]);
    // The log emptied (the meeting deleted).
    await db.consoleEvents.where('activityId').equals('a1').delete();
    expect(await readConsoleLog(db, 'a1', again)).toEqual([]);
    // Held events of another meeting are no memo for this one.
    expect(await readConsoleLog(db, 'other', again)).toEqual([]);
  });
});
