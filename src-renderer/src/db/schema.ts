// The IndexedDB schema as an append-only list of versions: a released version is never edited; a change
// adds a new entry (with an upgrade function when existing rows must change). schema.test.ts pins the
// released entries so an edit to one fails the tests.

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
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
];

export const DATABASE_NAME = 'xunping';
