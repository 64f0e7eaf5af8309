// Reads what the rectification documents need and builds them as bytes, in the renderer. No React here: the
// buttons call these, and a unit test renders the demo's notices with them.
import type { IssuedDocumentRecord, XunpingDb } from '../../db/database';
import { issuedFileName, organShort } from '../../domain/rectification/issuedContent';
import { loadSettings } from '../../db/repositories/settings';
import { toCalendarDate } from '../../domain/time';
import { ledgerRows, ledgerSheet, LEDGER_TITLE, type RectificationItem } from '../../domain/rectification';
import { ACTIVITY_KIND_LABELS, type Activity } from '../../domain/activity/activity';
import { combinedIssuedDocument, issuedDocument, ledgerDocument } from '../../documents/rectification';
import { toBytes } from '../../documents/pack';
import { writeXlsx } from '../../spreadsheets/writeXlsx';

export interface BuiltFile {
  fileName: string;
  data: Uint8Array;
}

async function unitName(db: XunpingDb, unitId: string): Promise<string> {
  return (await db.units.get(unitId))?.shortName ?? '（已删除的单位）';
}

/** An issued notice or letter again, from its stored text: the same number, text and date every time. */
export async function issuedDocx(db: XunpingDb, record: IssuedDocumentRecord): Promise<BuiltFile> {
  const data = await toBytes(issuedDocument(record.content));
  return { fileName: issuedFileName(record, await unitName(db, record.unitId)), data };
}

/** Several issued documents in one file, one section each (a batch). */
export async function combinedDocx(
  db: XunpingDb,
  records: readonly IssuedDocumentRecord[],
): Promise<BuiltFile> {
  const first = records[0];
  if (!first) throw new Error('没有要导出的文件');
  if (records.length === 1) return issuedDocx(db, first);
  const last = records[records.length - 1] ?? first;
  const data = await toBytes(combinedIssuedDocument(records.map((record) => record.content)));
  const range = `${first.number}至${last.sequence}号`;
  return { fileName: `${range}（共${records.length}份）.docx`.replace(/[\\/:*?"<>|\s]+/g, ''), data };
}

/** What a ledger covers: one activity's items, or the items handed over in a year. */
export type LedgerScope = { kind: 'activity'; activityId: string } | { kind: 'year'; year: number };

export interface LedgerData {
  title: string;
  items: RectificationItem[];
}

function scopeName(activity: Activity | undefined): string {
  if (!activity) return '';
  return `${activity.title}${ACTIVITY_KIND_LABELS[activity.kind]}`;
}

/** The items of the scope. A year holds the items handed over that year and the drafts of its activities. */
export async function ledgerData(db: XunpingDb, scope: LedgerScope): Promise<LedgerData> {
  const settings = await loadSettings(db);
  const organ = settings.orgName === '' ? '' : organShort(settings.orgName);
  if (scope.kind === 'activity') {
    const activity = await db.activities.get(scope.activityId);
    const items = await db.rectificationItems.where('activityId').equals(scope.activityId).toArray();
    return { title: `${organ}${scopeName(activity)}${LEDGER_TITLE}`, items };
  }
  const activities = new Map((await db.activities.toArray()).map((a) => [a.id, a]));
  const prefix = String(scope.year);
  const items = (await db.rectificationItems.toArray()).filter((item) =>
    item.issueDate !== null
      ? item.issueDate.startsWith(prefix)
      : (activities.get(item.activityId ?? '')?.date.startsWith(prefix) ?? false),
  );
  return { title: `${organ}${scope.year}年${LEDGER_TITLE}`, items };
}

async function rowsOf(db: XunpingDb, items: readonly RectificationItem[], today: string) {
  const unitNames = Object.fromEntries((await db.units.toArray()).map((u) => [u.id, u.shortName]));
  return ledgerRows(items, { today, unitNames, settings: (await loadSettings(db)).rectification });
}

const fileSafe = (name: string) => name.replace(/[\\/:*?"<>|\s]+/g, '');

export async function ledgerDocx(db: XunpingDb, scope: LedgerScope, now: Date): Promise<BuiltFile> {
  const today = toCalendarDate(now.getTime());
  const { title, items } = await ledgerData(db, scope);
  const settings = await loadSettings(db);
  const doc = ledgerDocument({ fonts: settings.fonts, title, today, rows: await rowsOf(db, items, today) });
  return { fileName: fileSafe(`${title}.docx`), data: await toBytes(doc) };
}

export async function ledgerXlsx(db: XunpingDb, scope: LedgerScope, now: Date): Promise<BuiltFile> {
  const today = toCalendarDate(now.getTime());
  const { title, items } = await ledgerData(db, scope);
  const data = await writeXlsx([ledgerSheet(await rowsOf(db, items, today))]);
  return { fileName: fileSafe(`${title}.xlsx`), data };
}
