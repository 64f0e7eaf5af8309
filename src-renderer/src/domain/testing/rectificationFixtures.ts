// Builders shared by the tests of this folder (not used by the app).

import { emptyDraft, newItem, type ItemDraft, type RectificationItem } from '../rectification/item';
import type { ItemStatus } from '../rectification/status';
import { applyAction, type WorkflowAction } from '../rectification/workflow';

export const ISSUED_ON = '2026-01-31';

export function draft(fields: Partial<ItemDraft> = {}): ItemDraft {
  return {
    ...emptyDraft('act-1'),
    unitId: 'unit-a',
    problems: ['营商环境投诉办理不及时'],
    requirements: '建立投诉限时办结制度',
    supervisorName: '李明',
    supervisorTitle: '副县长',
    ...fields,
  };
}

export function pendingItem(id = 'item-1', fields: Partial<ItemDraft> = {}): RectificationItem {
  return newItem(id, draft(fields));
}

/** Applies actions in order; throws on a refusal, so a test fails with the reason. */
export function run(
  item: RectificationItem,
  actions: readonly WorkflowAction[],
  today: string,
): RectificationItem {
  let current = item;
  for (const action of actions) {
    const result = applyAction(current, action, today);
    if ('error' in result) throw new Error(`${action.type}: ${result.error}`);
    current = result.item;
  }
  return current;
}

/** The happy path up to a status, dated from ISSUED_ON; entry ids e1, e2, ... */
export const PATH: readonly WorkflowAction[] = [
  { type: 'issue', entryId: 'e1', date: ISSUED_ON },
  { type: 'planReceived', entryId: 'e2', date: '2026-02-10' },
  { type: 'reportReceived', entryId: 'e3', date: '2026-04-20' },
  { type: 'startVote', entryId: 'e4', date: '2026-04-28', roundId: 'round-1' },
  { type: 'recordVoteOutcome', entryId: 'e5', date: '2026-04-28', roundId: 'round-1', outcome: 'satisfied' },
];

const STEPS: Record<ItemStatus, number> = {
  pending: 0,
  issued: 1,
  rectifying: 2,
  reported: 3,
  voting: 4,
  closed: 5,
};

export const TODAY = '2026-05-01';

export function itemIn(status: ItemStatus, id = 'item-1'): RectificationItem {
  return run(pendingItem(id), PATH.slice(0, STEPS[status]), TODAY);
}
