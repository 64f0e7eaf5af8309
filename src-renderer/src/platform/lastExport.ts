// When this browser last exported a backup, for the reminder to export (browser build).
//
// Kept in localStorage, not in the database: it is a fact about this browser, not a record of the committee.
// In the database it would travel inside every backup and come back, stale, with a restore (a restored
// backup would claim the export date of the PC it came from), and writing it would count as a data change.
// localStorage belongs to the same site as the IndexedDB: clearing site data clears both, and the
// persistent-storage grant covers both.

import type { Instant } from '../domain/time';

export const LAST_EXPORT_KEY = 'xunping.lastBackupExport';

/** The part of localStorage used here. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface LastExportStore {
  read(): Instant | null;
  remember(at: Instant): void;
  subscribe(listener: () => void): () => void;
}

function parse(value: string | null): Instant | null {
  if (value === null) return null;
  const at = Number(value);
  return Number.isFinite(at) && at > 0 ? at : null;
}

/** Over the given storage; in memory when there is none (tests) or it refuses (private mode, quota). */
export function createLastExportStore(storage: KeyValueStorage | undefined): LastExportStore {
  let memory: Instant | null = null;
  const listeners = new Set<() => void>();
  const read = (): Instant | null => {
    try {
      return storage ? (parse(storage.getItem(LAST_EXPORT_KEY)) ?? memory) : memory;
    } catch {
      return memory;
    }
  };
  return {
    read,
    remember(at) {
      memory = at;
      try {
        storage?.setItem(LAST_EXPORT_KEY, String(at));
      } catch {
        // Kept in memory for this session.
      }
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** This browser's localStorage, when the page may use it. */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
