// Rectification items (整改事项): create, edit while 待交办, delete drafts, and move them through the workflow.
// Every change reads and writes the item in one transaction; the domain decides (applyAction) and refuses with a
// Chinese reason, which surfaces here as a DomainError ('rectification.refused').

import type { Instant } from '../../domain/time';
import { toCalendarDate } from '../../domain/time';
import {
  applyAction,
  editItem,
  newItem,
  validateDraft,
  type ItemDraft,
  type RectificationItem,
  type ItemAction,
  type RectificationSettings,
} from '../../domain/rectification';
import { DomainError } from '../../domain/errors';
import { hasErrors } from '../../domain/validation';
import { newId, type RectificationItemRecord, type XunpingDb } from '../database';
import { NotFoundError, ValidationError } from '../errors';
import { loadSettings } from './settings';

export async function loadItem(db: XunpingDb, itemId: string): Promise<RectificationItemRecord> {
  const item = await db.rectificationItems.get(itemId);
  if (!item) throw new NotFoundError('该整改事项');
  return item;
}

async function checkReferences(db: XunpingDb, draft: ItemDraft): Promise<void> {
  if (!(await db.units.get(draft.unitId))) {
    throw new ValidationError({ unitId: '所选单位已被删除，请重新选择' });
  }
  if (draft.activityId !== null && !(await db.activities.get(draft.activityId))) {
    throw new NotFoundError('该活动');
  }
}

/** Creates items in 待交办 from drafts (several at once: from results); all or none. */
export async function createItems(db: XunpingDb, drafts: readonly ItemDraft[]): Promise<RectificationItem[]> {
  drafts.forEach((draft, index) => {
    const errors = validateDraft(draft);
    if (hasErrors(errors)) {
      const message = drafts.length > 1 ? `第 ${index + 1} 项：${Object.values(errors)[0]}` : undefined;
      throw new ValidationError(errors, message);
    }
  });
  return db.transaction('rw', [db.rectificationItems, db.units, db.activities], async () => {
    const items: RectificationItem[] = [];
    for (const draft of drafts) {
      await checkReferences(db, draft);
      items.push(newItem(newId(), draft));
    }
    await db.rectificationItems.bulkAdd(items);
    return items;
  });
}

/** Replaces the typed fields; only while 待交办 (after 交办 the notice is the record). */
export async function updateItem(
  db: XunpingDb,
  itemId: string,
  draft: ItemDraft,
): Promise<RectificationItem> {
  const errors = validateDraft(draft);
  if (hasErrors(errors)) throw new ValidationError(errors);
  return db.transaction('rw', [db.rectificationItems, db.units, db.activities], async () => {
    const existing = await loadItem(db, itemId);
    await checkReferences(db, draft);
    const result = editItem(existing, { ...draft, activityId: existing.activityId });
    if ('error' in result) throw new DomainError('rectification.refused', { reason: result.error });
    await db.rectificationItems.put(result.item);
    return result.item;
  });
}

/** Deletes an item still 待交办 (a draft). Once handed over an item is a record and stays. */
export async function deleteDraftItem(db: XunpingDb, itemId: string): Promise<void> {
  await db.transaction('rw', db.rectificationItems, async () => {
    const item = await loadItem(db, itemId);
    if (item.status !== 'pending') {
      throw new DomainError('rectification.issuedNotDeletable');
    }
    await db.rectificationItems.delete(itemId);
  });
}

/** The stored 整改期限 settings; inside a transaction, that transaction must include db.settings. */
export async function loadRectificationSettings(db: XunpingDb): Promise<RectificationSettings> {
  return (await loadSettings(db)).rectification;
}

/**
 * Applies an action to a loaded item inside the caller's transaction and stores it. `settings` are the stored
 * 整改期限 (loadRectificationSettings, read in the same transaction): 交办 and 不满意 take their deadlines from them.
 */
export async function applyInTransaction(
  db: XunpingDb,
  item: RectificationItem,
  action: ItemAction,
  now: Instant,
  settings: RectificationSettings,
): Promise<RectificationItem> {
  const full = { ...action, entryId: newId() };
  const result = applyAction(item, full, toCalendarDate(now), settings);
  if ('error' in result) throw new DomainError('rectification.refused', { reason: result.error });
  await db.rectificationItems.put(result.item);
  return result.item;
}

/**
 * 交办, 收到整改方案, 收到整改报告, 测评作废, 调整日期, 走访 / 督促 / 其他, 更正: one action on one item, in one
 * transaction. (开始测评 and 登记测评结果 go through rectificationVotes.ts, which also handles the ballot round.)
 */
export async function applyItemAction(
  db: XunpingDb,
  itemId: string,
  action: ItemAction,
  now: Instant,
): Promise<RectificationItem> {
  return db.transaction('rw', [db.rectificationItems, db.settings], async () => {
    const settings = await loadRectificationSettings(db);
    return applyInTransaction(db, await loadItem(db, itemId), action, now, settings);
  });
}

/** Items of an activity, in creation order of their ids' records (the screens sort them). */
export async function listActivityItems(db: XunpingDb, activityId: string): Promise<RectificationItem[]> {
  return db.rectificationItems.where('activityId').equals(activityId).toArray();
}

/** Deletes the drafts of an activity and refuses when any of its items was handed over (deleteActivity). */
export async function deleteDraftsOfActivity(db: XunpingDb, activityId: string): Promise<void> {
  const items = await listActivityItems(db, activityId);
  const issued = items.filter((item) => item.status !== 'pending');
  const documents = await db.issuedDocuments.where('activityId').equals(activityId).count();
  if (issued.length > 0 || documents > 0) {
    throw new DomainError('rectification.activityHasRecords', { issued: issued.length, documents });
  }
  await db.rectificationItems.bulkDelete(items.map((item) => item.id));
}
