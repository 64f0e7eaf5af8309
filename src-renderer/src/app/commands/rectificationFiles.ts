// The rectification files, built from what is stored and saved through the desktop: an issued notice or letter
// again (exactly as issued), several in one file, and the ledger (Word or Excel). The files themselves are made
// by services.documents (a Web Worker in the app): a 500-row ledger or a hundred notices never freeze the page.
import type { FileFilter } from '../../../../src-main/contract';
import type { IssuedDocumentRecord, XunpingDb } from '../../db/database';
import { loadSettings } from '../../db/repositories/settings';
import { DomainError } from '../../domain/errors';
import { safeFileName } from '../../domain/fileName';
import { nameOr } from '../../domain/names';
import {
  issueNumbersByItem,
  ledgerRows,
  ledgerScopeItems,
  ledgerSheet,
  ledgerTitle,
  type LedgerRow,
  type LedgerScope,
} from '../../domain/rectification';
import type { DraftDocument } from '../../db/repositories/issueDrafts';
import { loadRegister } from '../../db/repositories/register';
import { textsProblem, type DocumentTexts } from '../../domain/rectification/documentTexts';
import {
  ISSUED_KIND_LABELS,
  issuedFileName,
  noticeContent,
  organShort,
} from '../../domain/rectification/issuedContent';
import {
  filterRegister,
  registerSheet,
  registerTitle,
  type RegisterFilter,
} from '../../domain/rectification/register';
import { assertDocumentReady } from '../../domain/settings/readiness';
import { toCalendarDate, type Instant } from '../../domain/time';
import type { Command, Services } from '../runtime/services';

/** What the file builders read from and render with. */
export type FileServices = Pick<Services, 'db' | 'documents'>;

export interface BuiltFile {
  fileName: string;
  data: Uint8Array;
}

/** What a save came to: false when the user cancelled; the path when the shell knows it. */
export interface SavedFile {
  saved: boolean;
  path?: string;
  fileName: string;
}

const WORD: FileFilter[] = [{ name: 'Word 文档', extensions: ['docx'] }];
const EXCEL: FileFilter[] = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

function markOf(record: IssuedDocumentRecord): 'voided' | undefined {
  return record.status === 'voided' ? 'voided' : undefined;
}

/** An issued notice or letter again, from its stored text: the same number, text and date every time. */
export async function issuedDocx(
  { db, documents }: FileServices,
  record: IssuedDocumentRecord,
): Promise<BuiltFile> {
  // a voided document prints 作废 across every page
  const data = await documents.docx('issued', record.content, markOf(record));
  return { fileName: issuedFileName(record, nameOr(await db.units.get(record.unitId), 'shortName')), data };
}

/** Several issued documents in one file, one section each (a batch); one alone is its own file. */
export async function combinedDocx(
  services: FileServices,
  records: readonly IssuedDocumentRecord[],
): Promise<BuiltFile> {
  const first = records[0];
  if (!first) throw new DomainError('rectification.nothingToExport');
  if (records.length === 1) return issuedDocx(services, first);
  const last = records[records.length - 1] ?? first;
  const data = await services.documents.docx(
    'combinedIssued',
    records.map((record) => record.content),
    records.map(markOf),
  );
  const range = `${first.number}至${last.sequence}号`;
  return { fileName: safeFileName(`${range}（共${records.length}份）.docx`), data };
}

/** The ledger's title and rows for a scope (see domain/rectification/itemFilter.ts), as of `today`. */
async function ledgerData(db: XunpingDb, scope: LedgerScope, today: string) {
  const settings = await loadSettings(db);
  const activities = await db.activities.toArray();
  const items = ledgerScopeItems(await db.rectificationItems.toArray(), scope, activities);
  const unitNames = Object.fromEntries((await db.units.toArray()).map((u) => [u.id, u.shortName]));
  const issueNumbers = issueNumbersByItem(await db.issuedDocuments.toArray());
  const rows: LedgerRow[] = ledgerRows(items, {
    today,
    unitNames,
    settings: settings.rectification,
    issueNumbers,
  });
  return { title: ledgerTitle(scope, activities, settings.orgName), rows, fonts: settings.fonts };
}

export async function ledgerDocx(
  { db, documents }: FileServices,
  scope: LedgerScope,
  now: Instant,
): Promise<BuiltFile> {
  const today = toCalendarDate(now);
  const { title, rows, fonts } = await ledgerData(db, scope, today);
  const data = await documents.docx('rectificationLedger', { fonts, title, today, rows });
  return { fileName: safeFileName(`${title}.docx`), data };
}

export async function ledgerXlsx(
  { db, documents }: FileServices,
  scope: LedgerScope,
  now: Instant,
): Promise<BuiltFile> {
  const { title, rows } = await ledgerData(db, scope, toCalendarDate(now));
  const data = await documents.xlsx([ledgerSheet(rows, title)]);
  return { fileName: safeFileName(`${title}.xlsx`), data };
}

/** 保存 / 重新导出 one issued document, or 合并保存 several in one Word file, in the order given. */
export const exportIssuedDocuments: Command<{ documentIds: readonly string[] }, SavedFile> = async (
  { db, documents, desktop },
  { documentIds },
) => {
  const records = (await db.issuedDocuments.bulkGet([...documentIds])).filter(
    (record) => record !== undefined,
  );
  if (records.length !== documentIds.length) throw new DomainError('common.notFound', { what: '该文件' });
  const file = await combinedDocx({ db, documents }, records);
  const result = await desktop.saveFile({ suggestedName: file.fileName, data: file.data, filters: WORD });
  return { ...result, fileName: file.fileName };
};

/**
 * 保存样稿: one unit's document before its number is taken, as edited: 样稿 across every page, no number.
 * Nothing is stored; the number is taken only by 印发.
 */
export const saveIssueDraft: Command<{ draft: DraftDocument; texts: DocumentTexts }, SavedFile> = async (
  { db, documents, desktop },
  { draft, texts },
) => {
  const problem = textsProblem(texts);
  if (problem !== '') throw new DomainError('rectification.refused', { reason: problem });
  assertDocumentReady(await loadSettings(db), 'unnumbered');
  const content = noticeContent({ ...draft.input, texts });
  const data = await documents.docx('issued', content, 'draft');
  const fileName = safeFileName(`样稿 ${ISSUED_KIND_LABELS[draft.input.kind]}（${draft.unitName}）.docx`);
  const result = await desktop.saveFile({ suggestedName: fileName, data, filters: WORD });
  return { ...result, fileName };
};

/** 整改情况跟踪台账 of a scope, as of the clock's day, in Word (landscape) or Excel. */
export const exportLedger: Command<{ scope: LedgerScope; format: 'docx' | 'xlsx' }, SavedFile> = async (
  services,
  { scope, format },
) => {
  const { clock, desktop } = services;
  const file =
    format === 'docx'
      ? await ledgerDocx(services, scope, clock.now())
      : await ledgerXlsx(services, scope, clock.now());
  const result = await desktop.saveFile({
    suggestedName: file.fileName,
    data: file.data,
    filters: format === 'docx' ? WORD : EXCEL,
  });
  return { ...result, fileName: file.fileName };
};

/** 发文登记 as shown (filtered by prefix, year and the search words), in Excel: a title row and real dates. */
export const exportRegister: Command<RegisterFilter, SavedFile> = async (
  { db, documents, desktop },
  filter,
) => {
  const settings = await loadSettings(db);
  const entries = filterRegister(await loadRegister(db), filter);
  if (entries.length === 0) throw new DomainError('rectification.registerEmpty');
  const title = registerTitle(filter, settings.orgName === '' ? '' : organShort(settings.orgName));
  const data = await documents.xlsx([registerSheet(entries, title)]);
  const fileName = safeFileName(`${title}.xlsx`);
  const result = await desktop.saveFile({ suggestedName: fileName, data, filters: EXCEL });
  return { ...result, fileName };
};
