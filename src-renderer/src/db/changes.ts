// "The data changed": Dexie's storagemutated event, which it fires after every committed write transaction
// (of this window, and of other windows of the app through a BroadcastChannel). Reads never fire it, so an
// export or a backup does not count as a change.
import Dexie from 'dexie';
import type { XunpingDb } from './database';

/** Calls `listener` after each committed write to `db`; returns the unsubscribe. */
export function onDataChanged(db: XunpingDb, listener: () => void): () => void {
  const prefix = `idb://${db.name}/`;
  const handler = (parts: Record<string, unknown>) => {
    if (Object.keys(parts).some((key) => key.startsWith(prefix))) listener();
  };
  Dexie.on('storagemutated', handler);
  return () => Dexie.on('storagemutated').unsubscribe(handler);
}
