import { afterEach, describe, expect, it } from 'vitest';
import { onDataChanged } from './changes';
import { freshDb } from './testing/freshDb';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe('onDataChanged', () => {
  it('fires after a write to this database, not after reads nor after writes to another one', async () => {
    const db = freshDb();
    const other = freshDb();
    // Creating a database (its upgrade transaction) is a write too: open both before listening.
    await Promise.all([db.open(), other.open()]);
    let changes = 0;
    stops.push(onDataChanged(db, () => (changes += 1)));

    await db.units.toArray();
    await other.settings.put({ id: 'x' } as never);
    expect(changes).toBe(0);

    await db.settings.put({ id: 'x' } as never);
    expect(changes).toBe(1);
  });

  it('stops when unsubscribed', async () => {
    const db = freshDb();
    await db.open();
    let changes = 0;
    const stop = onDataChanged(db, () => (changes += 1));
    stop();
    await db.settings.put({ id: 'x' } as never);
    expect(changes).toBe(0);
  });
});
