// Strict durability for the writes the secretary sees confirmed as 已保存: the ballots, the hand-counted totals and
// who has voted in scoring mode. With 'strict', IndexedDB reports the commit only once the data is on disk, not
// in the operating system's cache, so a power cut right after 已保存 keeps the ballot. Dexie 4 sets durability for
// the whole database only (chromeTransactionDurability); this middleware asks for it per transaction: every
// read-write transaction that touches one of these tables. Other writes keep the browser's default.

import type { DBCore, Middleware } from 'dexie';

/** The tables whose read-write transactions commit with strict durability. */
export const STRICT_DURABILITY_TABLES: readonly string[] = [
  'ballots',
  'groupTotals',
  'checkins',
  'secondEntries',
];

export const strictBallotWrites: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'strictBallotWrites',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        stores,
        mode,
        mode === 'readwrite' && stores.some((store) => STRICT_DURABILITY_TABLES.includes(store))
          ? { ...options, durability: 'strict' }
          : options,
      ),
  }),
};
