// Use cases of 交办 / 印发: hand items over with one numbered document per unit (整改通知书 or 审议意见交办函,
// numbers in sequence), or without a document; and 作废文号.
import type { IssuedDocumentRecord } from '../../db/database';
import { issueDocuments, voidIssuedDocument } from '../../db/repositories/documentNumbers';
import { draftDocuments, type DraftDocument } from '../../db/repositories/issueDrafts';
import type { DocumentTexts } from '../../domain/rectification/documentTexts';
import { applyItemAction } from '../../db/repositories/rectification';
import { DomainError } from '../../domain/errors';
import type { IssuedKind } from '../../domain/rectification/issuedContent';
import type { Command } from '../runtime/services';

export interface IssueInput {
  /** 'none': 只交办，不印发编号文件 (handed over by other means). */
  kind: IssuedKind | 'none';
  /** In the order the numbers are to follow; items of one unit share one document. */
  itemIds: string[];
  /** 成文日期, and the 交办 date of the items still 待交办. */
  date: string;
  /** Deadlines of the items still 待交办; from the 整改期限 settings when left out. */
  planDue?: string;
  reportDue?: string;
  /** 存在的问题 and 整改要求 per unit id, as edited in the 样稿. */
  texts?: Record<string, DocumentTexts>;
  /** 重新发文: the voided document this one replaces (same kind, same items; its text to start from). */
  replaces?: string;
}

export type { DraftDocument };

/** The documents issued, in number order (none for kind 'none'). All or nothing; then an automatic backup. */
export const issueItems: Command<IssueInput, IssuedDocumentRecord[]> = async (services, input) => {
  const issued = await issue(services, input);
  services.autoBackups.request('issue');
  return issued;
};

const issue: Command<IssueInput, IssuedDocumentRecord[]> = async ({ db, clock }, input) => {
  const { kind, itemIds, date } = input;
  const deadlines = {
    ...(input.planDue ? { planDue: input.planDue } : {}),
    ...(input.reportDue ? { reportDue: input.reportDue } : {}),
  };
  const now = clock.now();
  if (kind !== 'none') {
    const extra = {
      ...(input.texts ? { texts: input.texts } : {}),
      ...(input.replaces ? { replaces: input.replaces } : {}),
    };
    return issueDocuments(db, { kind, itemIds, date, ...deadlines, ...extra }, now);
  }
  if (itemIds.length === 0) throw new DomainError('rectification.noItemsChosen');
  await db.transaction('rw', [db.rectificationItems, db.settings], async () => {
    for (const itemId of itemIds) {
      await applyItemAction(db, itemId, { type: 'issue', date, ...deadlines }, now);
    }
  });
  return [];
};

/** 作废文号: the number stays in the registry, never issued again; the items get an entry saying so. */
export const voidDocument: Command<{ documentId: string; reason: string }, IssuedDocumentRecord> = (
  { db, clock },
  { documentId, reason },
) => voidIssuedDocument(db, documentId, reason, clock.now());

/**
 * The 样稿 of each document 印发 would make, before a number is taken: one per unit, with the texts to start
 * editing from (a reissue: the voided document's). Stores nothing.
 */
export const draftIssue: Command<IssueInput & { kind: IssuedKind }, DraftDocument[]> = ({ db }, input) =>
  draftDocuments(db, {
    kind: input.kind,
    itemIds: input.itemIds,
    date: input.date,
    ...(input.planDue ? { planDue: input.planDue } : {}),
    ...(input.reportDue ? { reportDue: input.reportDue } : {}),
    ...(input.replaces ? { replaces: input.replaces } : {}),
  });
