// The stored shapes screens read (from live queries), re-exported so that screens never import db/.
export type {
  ActivityRecord,
  AgendaItemRecord,
  BallotRecord,
  CheckinRecord,
  ConsoleEventRecord,
  DocumentNumberRecord,
  GroupTotalsRecord,
  IssuedDocumentRecord,
  ProjectCandidateRecord,
  QuestionRecord,
  RectificationItemRecord,
  RoundLogRecord,
  BallotSecondEntryRecord,
  SecondEntryRecord,
} from '../../db/database';
