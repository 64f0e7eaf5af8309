// Reading a meeting's console log again after a key: only the events after the last one this window holds.
import Dexie from 'dexie';
import type { ConsoleEventRecord, XunpingDb } from '../database';

/**
 * The log of `activityId`, sorted by seq. With `held`, the log as this window last read it, only the events from
 * its last seq on are read (through the key [activityId+seq]) and the rows counted: when the held last event is
 * still stored as it was and the count adds up, the log only grew and the held events are kept (the same array
 * when nothing was added). Anything else (a restore, a deleted meeting) reads the whole log again: IndexedDB is
 * the truth, `held` only a memo.
 */
export async function readConsoleLog(
  db: XunpingDb,
  activityId: string,
  held?: readonly ConsoleEventRecord[],
): Promise<readonly ConsoleEventRecord[]> {
  const last = held?.at(-1);
  if (held && last && last.activityId === activityId) {
    const [count, tail] = await Promise.all([
      db.consoleEvents.where('activityId').equals(activityId).count(),
      db.consoleEvents
        .where('[activityId+seq]')
        .between([activityId, last.seq], [activityId, Dexie.maxKey], true, true)
        .toArray(),
    ]);
    const [first, ...added] = tail;
    if (first && sameRow(first, last) && count === held.length + added.length) {
      return added.length === 0 ? held : [...held, ...added];
    }
  }
  return db.consoleEvents.where('activityId').equals(activityId).toArray();
}

function sameRow(a: ConsoleEventRecord, b: ConsoleEventRecord): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
