// One schema per table: what a stored row of each table must look like. Restore checks every row of a backup
// against these before anything is replaced.
import type { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import type { XunpingDb } from '../database';
import { activitySchema } from './activities';
import { auditEntrySchema } from './audit';
import { personSchema, unitSchema } from './directory';
import { agendaItemSchema, consoleEventSchema, questionRecordSchema } from './inquiry';
import { isPlainTierBallot } from './fastBallot';
import { documentNumberSchema, issuedDocumentSchema, rectificationItemSchema } from './rectification';
import {
  projectBallotSchema,
  projectCandidateSchema,
  projectItemSchema,
  projectRoundSchema,
} from './projects';
import { settingsSchema } from './settings';
import {
  ballotSchema,
  checkinSchema,
  groupTotalsSchema,
  roundLogSchema,
  secondEntrySchema,
  voteRoundSchema,
} from './votes';

/** The names of the app's tables. */
export type TableName = {
  [K in keyof XunpingDb]: XunpingDb[K] extends import('dexie').Table ? K : never;
}[keyof XunpingDb];

export const RECORD_SCHEMAS = {
  settings: settingsSchema,
  people: personSchema,
  units: unitSchema,
  activities: activitySchema,
  questions: questionRecordSchema,
  agendaItems: agendaItemSchema,
  consoleEvents: consoleEventSchema,
  voteRounds: voteRoundSchema,
  ballots: ballotSchema,
  groupTotals: groupTotalsSchema,
  checkins: checkinSchema,
  roundLog: roundLogSchema,
  rectificationItems: rectificationItemSchema,
  documentNumbers: documentNumberSchema,
  issuedDocuments: issuedDocumentSchema,
  auditLog: auditEntrySchema,
  secondEntries: secondEntrySchema,
  projectCandidates: projectCandidateSchema,
  projectRounds: projectRoundSchema,
  projectBallots: projectBallotSchema,
  projectItems: projectItemSchema,
} as const satisfies Record<TableName, z.ZodType>;

/** Where a record breaks its schema, readably: "history.0.date: 不是有效的日期（yyyy-mm-dd）". */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(整条记录)'}: ${issue.message}`)
    .join('；');
}

const chinese = zhCN().localeError;

/** Null when the row fits its table's schema; otherwise where and why it does not, in Chinese. */
export function checkRecord(table: TableName, row: unknown): string | null {
  if (table === 'ballots' && isPlainTierBallot(row)) return null;
  const result = RECORD_SCHEMAS[table].safeParse(row, { error: chinese });
  return result.success ? null : describeIssues(result.error);
}
