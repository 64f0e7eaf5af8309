// The 样稿 (draft) of each document an issue would make, before any number is taken: one per unit, composed from
// the same items, settings and deadlines the issue will use, with the texts the secretary starts editing from (the
// items' own, or, for a reissue, the voided document's). Read only: nothing is stored until 取号并印发.

import { DomainError } from '../../domain/errors';
import { nameOr } from '../../domain/names';
import { dueDatesFor, isIsoDate, type RectificationItem } from '../../domain/rectification';
import { defaultTexts, textsOfBody, type DocumentTexts } from '../../domain/rectification/documentTexts';
import {
  DRAFT_NUMBER,
  ISSUED_KIND_LABELS,
  type IssuedDocumentRecord,
  type IssuedKind,
  type NoticeInput,
} from '../../domain/rectification/issuedContent';
import type { RectificationSettings } from '../../domain/rectification/dueDates';
import type { XunpingDb } from '../database';
import { NotFoundError } from '../errors';
import { loadItem } from './rectification';
import { loadSettings } from './settings';

export interface IssueRequest {
  kind: IssuedKind;
  /** In the order the numbers are to follow; items of one unit share one document. */
  itemIds: string[];
  /** 成文日期, and the 交办 date of items still 待交办. */
  date: string;
  /** Deadlines for items still 待交办; from the 整改期限 settings (planDays, reportMonths) when left out. */
  planDue?: string;
  reportDue?: string;
  /** 存在的问题 and 整改要求 per unit id, as edited in the 样稿; the items' own when left out. */
  texts?: Record<string, DocumentTexts>;
  /** A reissue: the voided document it replaces (its kind and items). */
  replaces?: string;
}

/** One unit's document before its number. */
export interface DraftDocument {
  unitId: string;
  unitName: string;
  itemIds: string[];
  /** What the content is composed from, numberless (DRAFT_NUMBER). */
  input: NoticeInput;
  /** The texts to start editing from. */
  texts: DocumentTexts;
}

export function groupByUnit(items: RectificationItem[]): RectificationItem[][] {
  const groups = new Map<string, RectificationItem[]>();
  for (const item of items) groups.set(item.unitId, [...(groups.get(item.unitId) ?? []), item]);
  return [...groups.values()];
}

/** An item as the document will see it: a 待交办 item with the deadlines the issue will give it. */
export function asHandedOver(
  item: RectificationItem,
  request: Pick<IssueRequest, 'date' | 'planDue' | 'reportDue'>,
  settings: RectificationSettings,
): RectificationItem {
  if (item.status !== 'pending' || !isIsoDate(request.date)) return item;
  const defaults = dueDatesFor(request.date, settings);
  return {
    ...item,
    issueDate: request.date,
    planDue: request.planDue ?? defaults.planDue,
    reportDue: request.reportDue ?? defaults.reportDue,
  };
}

/** The voided document a reissue replaces; refused when it is not voided or of another kind. */
export async function replacedDocument(
  db: XunpingDb,
  request: Pick<IssueRequest, 'kind' | 'replaces'>,
): Promise<IssuedDocumentRecord | null> {
  if (request.replaces === undefined) return null;
  const doc = await db.issuedDocuments.get(request.replaces);
  if (!doc) throw new NotFoundError('被作废的文件');
  if (doc.status !== 'voided') {
    throw new DomainError('rectification.refused', { reason: `${doc.number}尚未作废，请先作废再重新发文` });
  }
  if (doc.kind !== request.kind) {
    const reason = `${doc.number}是${ISSUED_KIND_LABELS[doc.kind]}，重新发文应为同一种文件`;
    throw new DomainError('rectification.refused', { reason });
  }
  return doc;
}

/** The input of one unit's document: settings, unit, activity, items (as handed over), texts if edited. */
export async function noticeInput(
  db: XunpingDb,
  kind: IssuedKind,
  number: string,
  date: string,
  items: RectificationItem[],
  texts?: DocumentTexts,
): Promise<NoticeInput> {
  const settings = await loadSettings(db);
  const first = items[0];
  if (!first) throw new DomainError('rectification.noItemsChosen');
  const unit = await db.units.get(first.unitId);
  if (!unit) throw new NotFoundError('整改单位');
  const activity = first.activityId === null ? undefined : await db.activities.get(first.activityId);
  return {
    kind,
    orgName: settings.orgName,
    fonts: settings.fonts,
    number,
    date,
    unit,
    activity: activity ? { kind: activity.kind, title: activity.title, date: activity.date } : null,
    items,
    ...(texts ? { texts } : {}),
  };
}

/** The drafts, one per unit in the order given; a reissue's texts start from the voided document's. */
export async function draftDocuments(db: XunpingDb, request: IssueRequest): Promise<DraftDocument[]> {
  if (request.itemIds.length === 0) throw new DomainError('rectification.noItemsChosen');
  const replaced = await replacedDocument(db, request);
  const ids = replaced ? replaced.itemIds : [...new Set(request.itemIds)];
  const settings = await loadSettings(db);
  const items = await Promise.all(ids.map((id) => loadItem(db, id)));
  const drafts: DraftDocument[] = [];
  for (const group of groupByUnit(items)) {
    const handed = group.map((item) => asHandedOver(item, request, settings.rectification));
    const unitId = group[0]?.unitId ?? '';
    const texts = replaced ? textsOfBody(replaced.content.body) : defaultTexts(handed);
    drafts.push({
      unitId,
      unitName: nameOr(await db.units.get(unitId), 'shortName'),
      itemIds: group.map((item) => item.id),
      input: await noticeInput(db, request.kind, DRAFT_NUMBER, request.date, handed, texts),
      texts,
    });
  }
  return drafts;
}
