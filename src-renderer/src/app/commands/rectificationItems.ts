// Use cases of 整改事项 (rectification items): add and edit while 待交办, delete a draft, and one workflow action
// (交办 without a document, 收到整改方案 / 报告, 测评作废, 调整期限, 走访 / 督促 / 其他, 更正).
import {
  applyItemAction as applyToItem,
  createItems as createItemRecords,
  deleteDraftItem as deleteDraft,
  updateItem,
} from '../../db/repositories/rectification';
import type { ItemAction, ItemDraft, RectificationItem } from '../../domain/rectification';
import type { Command } from '../runtime/services';

/** Adds an item (待交办) when id is null, else saves the edit of a draft. */
export const saveItem: Command<{ id: string | null; draft: ItemDraft }, RectificationItem> = async (
  { db },
  { id, draft },
) => {
  if (id !== null) return updateItem(db, id, draft);
  const [item] = await createItemRecords(db, [draft]);
  if (!item) throw new Error('no item created');
  return item;
};

/** Creates several drafts at once (the ticked proposals from results); all or none. */
export const createItems: Command<{ drafts: readonly ItemDraft[] }, RectificationItem[]> = (
  { db },
  { drafts },
) => createItemRecords(db, drafts);

/** Deletes an item still 待交办; a handed-over item is a record and stays. */
export const deleteDraftItem: Command<{ id: string }, void> = ({ db }, { id }) => deleteDraft(db, id);

/** One workflow action on one item, at the clock's time; the domain refuses an illegal move with its reason. */
export const applyItemAction: Command<{ itemId: string; action: ItemAction }, RectificationItem> = (
  { db, clock },
  { itemId, action },
) => applyToItem(db, itemId, action, clock.now());
