// The IndexedDB schema as an append-only list of versions: a released version is never edited; a change
// adds a new entry (with an upgrade function when existing rows must change). schema.test.ts pins the
// released entries so an edit to one fails the tests.

import { UPGRADE_TO_5, type RowUpgrade } from './upgrades';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  /**
   * How existing rows change, per table (upgrades.ts): pure functions, run by Dexie when an installed database
   * is opened at this version and by restore on the rows of an older backup.
   */
  upgrade?: Readonly<Record<string, RowUpgrade>>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
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
    // Inquiry meetings: the question list, the agenda, and the console's append-only event log. The
    // log's key [activityId+seq] makes a sequence number unique per activity, so two windows can
    // never both write event N.
    version: 2,
    stores: {
      questions: 'id, activityId, askerId',
      agendaItems: 'id, activityId',
      consoleEvents: '[activityId+seq], activityId',
    },
  },
  {
    // Ballot rounds. Ballots carry a random id and no time or rater; check-ins (who has voted in scoring
    // mode) are kept apart and carry no time either. The round log's key [roundId+seq] makes its sequence
    // unique per round, like the console's.
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
    // Rectification (整改): items with their history inside, the document-number registry and the issued
    // notices. documentNumbers' key [prefix+year+sequence] makes a number unique, so two windows can never
    // store the same one; issuedDocuments keep the frozen text, so an export again gives the same document.
    version: 4,
    stores: {
      rectificationItems: 'id, activityId, unitId, status, planDue, reportDue',
      documentNumbers: '[prefix+year+sequence], [prefix+year], documentId',
      issuedDocuments: 'id, *itemIds, activityId, [prefix+year+sequence]',
    },
  },
  {
    // One representation for instants: epoch ms everywhere (the console log already stored them so); the
    // settings record gets the settings added since it was saved. No table or index changes.
    version: 5,
    stores: {},
    upgrade: UPGRADE_TO_5,
  },
  {
    // The app-wide audit log (操作日志): append-only, one row per restore, import, 名册 edit or deletion, ballot
    // correction, reopened round, voided number and archived activity; listed by time and filtered by kind.
    version: 6,
    stores: {
      auditLog: 'id, at, kind',
    },
  },
  {
    // 双人复核: the second reading of each paper ballot, one per paper ([roundId+groupId+paperNo]); never counted,
    // compared with the ballot.
    version: 7,
    stores: {
      secondEntries: '[roundId+groupId+paperNo], roundId',
    },
  },
  {
    // 民生实事项目票决 (issue 14): the candidates of an activity, its rounds (the first vote and any 再次票决,
    // each with its frozen decision), the paper ballots (no time, no voter) and the chosen projects followed
    // through the year.
    version: 8,
    stores: {
      projectCandidates: 'id, activityId',
      projectRounds: 'id, activityId',
      projectBallots: 'id, roundId',
      projectItems: 'id, activityId',
    },
  },
  {
    // Entering a paper ballot counts its group's ballots and finds the group's last paper number through
    // indexes instead of reading the whole round ([roundId+groupId+paperNo] leaves out the null paperNo of
    // scoring-mode ballots, which [roundId+groupId] counts). No row changes.
    version: 9,
    stores: {
      ballots: 'id, roundId, [roundId+groupId], [roundId+groupId+paperNo]',
    },
  },
  {
    // No table or index changes: rounds published from now on store a format-2 fingerprint
    // (published.fingerprintVersion), and a 票决结果公告's number its text. The version moves so that a build
    // before this one refuses such a backup as made by a newer 询评, instead of checking a format-2 fingerprint
    // with the format-1 encoder and reporting a published round as changed.
    version: 10,
    stores: {},
  },
];

/** The version the app opens its database at. */
export const CURRENT_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;

/** Each table that exists at a version, with its index spec then (a table is never dropped in this app). */
export function storesAt(version: number): Record<string, string> {
  const stores: Record<string, string> = {};
  for (const v of SCHEMA_VERSIONS.filter((entry) => entry.version <= version)) {
    for (const [table, spec] of Object.entries(v.stores)) {
      if (spec === null) delete stores[table];
      else stores[table] = spec;
    }
  }
  return stores;
}

/** The tables that exist at a version. */
export function tablesAt(version: number): string[] {
  return Object.keys(storesAt(version));
}

/** The fields of a table's primary key at the current version: ['id'], or ['activityId', 'seq']. */
export function primaryKeyOf(table: string): string[] {
  const spec = storesAt(CURRENT_VERSION)[table] ?? 'id';
  const first = spec.split(',')[0]?.trim() ?? 'id';
  return first.replace(/^\[|\]$/g, '').split('+');
}

/** A table's rows as the current version expects them, from rows stored at `fromVersion`. */
export function upgradeRows(fromVersion: number, table: string, rows: readonly unknown[]): unknown[] {
  const steps = SCHEMA_VERSIONS.filter((v) => v.version > fromVersion).flatMap((v) => {
    const step = v.upgrade?.[table];
    return step ? [step] : [];
  });
  if (steps.length === 0) return [...rows];
  return rows.map((row) =>
    row !== null && typeof row === 'object'
      ? steps.reduce((r, step) => step(r), row as Record<string, unknown>)
      : row,
  );
}

export const DATABASE_NAME = 'xunping';
