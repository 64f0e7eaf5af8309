// The "ten counties" stress set of shared/reference/demo-facts.md, generated from a seed: 160 units, 820 people
// (350 raters in three groups), 40 published rounds × 500 ballots (20,000) over 16 units each, a 300-question
// inquiry with ~2,600 console actions, and 500 rectification items. Every row is made by the domain's own
// functions and is checked against the record schemas by a restore (tenCounties.test.ts), so the app accepts
// the backup file `npm run bench:dataset` writes (scripts/bench/dataset.mjs).
import {
  BACKUP_APP,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupParts,
  type TableExport,
} from '../../backupFile';
import { TABLE_NAMES } from '../../backupCheck';
import { DEMO_SETTINGS } from '../../demo/demoData';
import type { TableName } from '../../records';
import { CURRENT_VERSION, DATABASE_NAME, storesAt } from '../../schema';
import { tenCountyPeople, tenCountyUnits } from './directory';
import { tenCountyInquiry } from './inquiry';
import { seeded } from './random';
import { tenCountyRectification } from './rectification';
import { tenCountyEvaluations } from './rounds';

export const TEN_COUNTIES_SEED = 20261130;
/** The day of the long inquiry and the moment the backup says it was written. */
export const TEN_COUNTIES_DATE = '2026-11-30';
export const TEN_COUNTIES_EXPORTED_AT = Date.UTC(2026, 10, 30, 0, 0);

/** Every table's rows, in the app's table order (tables the set does not fill are empty). */
export async function tenCountiesTables(seed = TEN_COUNTIES_SEED): Promise<TableExport[]> {
  const s = seeded(seed);
  const units = tenCountyUnits(s);
  const people = tenCountyPeople(s);
  const evaluations = await tenCountyEvaluations(s, units, people);
  const inquiry = tenCountyInquiry(s, units, people, TEN_COUNTIES_DATE);
  const items = tenCountyRectification(s, evaluations.activities, evaluations.voteRounds, units);
  const rows: Partial<Record<TableName, readonly unknown[]>> = {
    settings: [{ ...DEMO_SETTINGS, id: 'app' }],
    people,
    units,
    activities: [...evaluations.activities, inquiry.activity],
    questions: inquiry.questions,
    agendaItems: inquiry.agendaItems,
    consoleEvents: inquiry.consoleEvents,
    voteRounds: evaluations.voteRounds,
    ballots: evaluations.ballots,
    roundLog: evaluations.roundLog,
    rectificationItems: items,
  };
  return TABLE_NAMES.map((name) => ({ name, rows: rows[name] ?? [] }));
}

/** The backup file's text as parts (backupFile.ts), as the app's own export writes it. */
export function tenCountiesBackupParts(tables: readonly TableExport[]): string[] {
  const header = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    app: BACKUP_APP,
    appVersion: 'bench',
    schemaVersion: CURRENT_VERSION,
    exportedAt: TEN_COUNTIES_EXPORTED_AT,
  } as const;
  return backupParts(header, DATABASE_NAME, storesAt(CURRENT_VERSION), tables);
}
