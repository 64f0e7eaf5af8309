// Issuing numbered documents (整改通知书, 审议意见交办函) and voiding numbers. One read-write transaction reads the
// registry, takes the next numbers (issueNumber), stores them with the issued documents and hands the items over:
// IndexedDB runs read-write transactions on the same tables one after another, also across windows, so two
// windows can never take the same number (and the key [prefix+year+sequence] could not store it twice anyway).

import type { Instant } from '../../domain/time';
import { toCalendarDate } from '../../domain/time';
import {
  formatted,
  isIsoDate,
  issueNumber,
  voidNumber,
  yearOf,
  type IssuedNumber,
  type NumberKey,
  type RectificationItem,
} from '../../domain/rectification';
import type { NoticeSnapshot } from '../../domain/votes/notice';
import { newId, type IssuedDocumentRecord, type XunpingDb } from '../database';
import { NotFoundError } from '../errors';
import { ISSUED_KIND_LABELS, noticeContent, type IssuedKind } from '../../domain/rectification/issuedContent';
import { textsOfBody, textsProblem } from '../../domain/rectification/documentTexts';
import { groupByUnit, noticeInput, replacedDocument, type IssueRequest } from './issueDrafts';
import { DomainError } from '../../domain/errors';
import { nameOr } from '../../domain/names';
import { assertDocumentReady } from '../../domain/settings/readiness';
import { appendAudit } from './auditLog';
import { applyInTransaction, loadItem, loadRectificationSettings } from './rectification';
import { loadSettings } from './settings';

export type { IssueRequest } from './issueDrafts';

async function liveDocumentOf(db: XunpingDb, itemId: string, kind: IssuedKind) {
  const docs = await db.issuedDocuments.where('itemIds').equals(itemId).toArray();
  return docs.find((doc) => doc.kind === kind && doc.status === 'issued') ?? null;
}

/**
 * Issues one numbered document per unit of the given items, numbers in sequence, and hands over (交办) the items
 * still 待交办; items already handed over get a follow-up entry naming the document. All or nothing.
 */
export async function issueDocuments(
  db: XunpingDb,
  request: IssueRequest,
  now: Instant,
): Promise<IssuedDocumentRecord[]> {
  const today = toCalendarDate(now);
  const label = ISSUED_KIND_LABELS[request.kind];
  if (request.itemIds.length === 0) throw new DomainError('rectification.noItemsChosen');
  if (!isIsoDate(request.date)) throw new DomainError('rectification.invalidDocumentDate');
  if (request.date > today) throw new DomainError('rectification.documentDateAfterToday');
  const tables = [
    db.documentNumbers,
    db.issuedDocuments,
    db.rectificationItems,
    db.settings,
    db.units,
    db.activities,
  ];
  return db.transaction('rw', tables, async () => {
    const settings = await loadSettings(db);
    // What a numbered document needs from 设置 (the 机关's name, the prefix), decided in one place.
    assertDocumentReady(settings, request.kind);
    const prefix = request.kind === 'notice' ? settings.noticePrefix : settings.letterPrefix;
    const replaced = await replacedDocument(db, request);
    const items: RectificationItem[] = [];
    for (const id of new Set(replaced ? replaced.itemIds : request.itemIds)) {
      const item = await loadItem(db, id);
      const existing = await liveDocumentOf(db, id, request.kind);
      if (existing) {
        const unit = await db.units.get(item.unitId);
        throw new DomainError('rectification.alreadyIssued', {
          unit: nameOr(unit, 'shortName'),
          kind: label,
          number: existing.number,
        });
      }
      items.push(item);
    }
    const year = yearOf(request.date);
    const entries: IssuedNumber[] = await db.documentNumbers
      .where('[prefix+year]')
      .equals([prefix, year])
      .toArray();
    const records: IssuedDocumentRecord[] = [];
    for (const group of groupByUnit(items)) {
      const texts =
        request.texts?.[group[0]?.unitId ?? ''] ??
        (replaced ? textsOfBody(replaced.content.body) : undefined);
      const textError = texts ? textsProblem(texts) : '';
      if (textError !== '') {
        const unit = nameOr(await db.units.get(group[0]?.unitId ?? ''), 'shortName');
        throw new DomainError('rectification.refused', { reason: `${unit}：${textError}` });
      }
      const documentId = newId();
      const taken = issueNumber(entries, prefix, year, documentId, today);
      if ('error' in taken) throw new DomainError('rectification.refused', { reason: taken.error });
      entries.push(taken.entry);
      await db.documentNumbers.add(taken.entry);
      const number = formatted(taken.entry);
      const text = replaced
        ? `重新印发${label}${number}，替代已作废的${replaced.number}`
        : `印发${label}${number}`;
      const moved: RectificationItem[] = [];
      for (const item of group) {
        const action =
          item.status === 'pending'
            ? {
                type: 'issue' as const,
                date: request.date,
                text,
                ...(request.planDue ? { planDue: request.planDue } : {}),
                ...(request.reportDue ? { reportDue: request.reportDue } : {}),
              }
            : { type: 'followUp' as const, kind: 'note' as const, date: request.date, text };
        moved.push(await applyInTransaction(db, item, action, now, settings.rectification));
      }
      const record: IssuedDocumentRecord = {
        id: documentId,
        kind: request.kind,
        itemIds: group.map((item) => item.id),
        unitId: moved[0]?.unitId ?? '',
        activityId: moved[0]?.activityId ?? null,
        prefix,
        year,
        sequence: taken.entry.sequence,
        number,
        issuedOn: request.date,
        content: noticeContent(await noticeInput(db, request.kind, number, request.date, moved, texts)),
        status: 'issued',
        createdAt: now,
        ...(replaced
          ? {
              replaces: {
                documentId: replaced.id,
                number: replaced.number,
                reason: replaced.voidReason ?? '',
              },
            }
          : {}),
      };
      await db.issuedDocuments.add(record);
      records.push(record);
    }
    return records;
  });
}

/**
 * 作废文号: an explicit action with a reason. The number stays in the registry (never issued again), the document
 * record is marked voided, and each item it covered gets an entry saying so.
 */
export async function voidIssuedDocument(
  db: XunpingDb,
  documentId: string,
  reason: string,
  now: Instant,
): Promise<IssuedDocumentRecord> {
  const today = toCalendarDate(now);
  const tables = [db.documentNumbers, db.issuedDocuments, db.rectificationItems, db.settings];
  return db.transaction('rw', [...tables, db.units, db.auditLog], async () => {
    const settings = await loadRectificationSettings(db);
    const doc = await db.issuedDocuments.get(documentId);
    if (!doc) throw new NotFoundError('该文件');
    const entries = await db.documentNumbers.where('[prefix+year]').equals([doc.prefix, doc.year]).toArray();
    const result = voidNumber(entries, doc, reason, today);
    if ('error' in result) throw new DomainError('rectification.refused', { reason: result.error });
    await db.documentNumbers.put(result.entry);
    const voided: IssuedDocumentRecord = {
      ...doc,
      status: 'voided',
      voidReason: result.entry.voidReason ?? '',
      voidedOn: today,
    };
    await db.issuedDocuments.put(voided);
    const text = `作废文号${doc.number}（${ISSUED_KIND_LABELS[doc.kind]}），原因：${result.entry.voidReason ?? ''}`;
    for (const itemId of doc.itemIds) {
      const item = await db.rectificationItems.get(itemId);
      if (item)
        await applyInTransaction(
          db,
          item,
          { type: 'followUp', kind: 'note', date: today, text },
          now,
          settings,
        );
    }
    const audited = {
      number: doc.number,
      document: ISSUED_KIND_LABELS[doc.kind],
      unit: nameOr(await db.units.get(doc.unitId), 'shortName'),
      reason: voided.voidReason ?? '',
    };
    await appendAudit(db, { kind: 'numberVoided', ...audited }, now);
    return voided;
  });
}

/**
 * Takes the next number of a prefix and year for any other numbered document (e.g. a 测评结果通报), in its own
 * read-write transaction, so it shares the sequence with the notices and is never taken twice.
 */
export async function reserveNumber(
  db: XunpingDb,
  request: { prefix: string; year: number; documentId: string },
  now: Instant,
): Promise<IssuedNumber> {
  return db.transaction('rw', db.documentNumbers, async () => {
    const entries = await db.documentNumbers
      .where('[prefix+year]')
      .equals([request.prefix, request.year])
      .toArray();
    const taken = issueNumber(entries, request.prefix, request.year, request.documentId, toCalendarDate(now));
    if ('error' in taken) throw new DomainError('rectification.refused', { reason: taken.error });
    await db.documentNumbers.add(taken.entry);
    return taken.entry;
  });
}

/** The registry of a prefix and year, in sequence order. */
export async function listNumbers(db: XunpingDb, prefix: string, year: number): Promise<IssuedNumber[]> {
  const rows = await db.documentNumbers.where('[prefix+year]').equals([prefix, year]).toArray();
  return rows.sort((a, b) => a.sequence - b.sequence);
}

/**
 * The number of a document that is numbered when first exported (e.g. a 测评结果通报): the number it
 * already holds, else the next one of its prefix and year, in one transaction. Exporting it again
 * therefore prints the same number, and no other document can take it.
 */
export async function numberForDocument(
  db: XunpingDb,
  request: { prefix: string; year: number; documentId: string },
  now: Instant,
): Promise<IssuedNumber> {
  return db.transaction('rw', db.documentNumbers, async () => {
    return (await heldNumber(db, request)) ?? reserveNumber(db, request, now);
  });
}

/**
 * The issued number a document holds, if any (for showing it before the export). Looked up by the document, not
 * by today's prefix: a 发文字号前缀 changed in 设置 after the first export must not give the document a second number.
 */
export async function heldNumber(
  db: XunpingDb,
  request: { documentId: string },
): Promise<IssuedNumber | null> {
  const entries = await db.documentNumbers.where('documentId').equals(request.documentId).toArray();
  return entries.find((e) => e.status === 'issued') ?? null;
}

/**
 * The text a numbered document prints (`field`: a results notice or a 票决结果公告): the one stored with the number,
 * else `snapshot`, stored now (a number taken before the text was kept is frozen at its next export, as it prints
 * that day). One transaction.
 */
export async function freezeOnNumber<F extends 'notice' | 'announcement'>(
  db: XunpingDb,
  key: NumberKey,
  field: F,
  snapshot: NonNullable<IssuedNumber[F]>,
): Promise<NonNullable<IssuedNumber[F]>> {
  return db.transaction('rw', db.documentNumbers, async () => {
    const entry = await db.documentNumbers.get([key.prefix, key.year, key.sequence]);
    if (!entry) throw new NotFoundError('该发文字号');
    const held = entry[field];
    if (held) return held;
    await db.documentNumbers.put({ ...entry, [field]: snapshot });
    return snapshot;
  });
}

/** The results notice's text stored with its number (see freezeOnNumber). */
export function freezeNotice(
  db: XunpingDb,
  key: NumberKey,
  snapshot: NoticeSnapshot,
): Promise<NoticeSnapshot> {
  return freezeOnNumber(db, key, 'notice', snapshot);
}
