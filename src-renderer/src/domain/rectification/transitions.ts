// The transitions table of the rectification workflow, the satisfied / unsatisfied rule, the flag rule, and the
// Chinese reasons for refusing a move. The UI reads ALLOWED_ACTIONS to show only the buttons that can work.

import { TIER_LABELS, type ScoredTierId } from '../votes/tiers';
import { ITEM_STATUS_LABELS, ITEM_STATUSES, type ItemStatus } from './status';
import { countWord } from './text';

export const ACTION_TYPES = [
  'issue',
  'planReceived',
  'reportReceived',
  'startVote',
  'recordVoteOutcome',
  'cancelVote',
  'adjustDates',
  'followUp',
  'correct',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export const ACTION_LABELS: Record<ActionType, string> = {
  issue: '交办',
  planReceived: '收到整改方案',
  reportReceived: '收到整改报告',
  startVote: '开始测评',
  recordVoteOutcome: '登记测评结果',
  cancelVote: '测评作废',
  adjustDates: '调整日期',
  followUp: '添加跟踪记录',
  correct: '更正记录',
};

/** One allowed move: from a status, an action leads to one of `to` (the same status when it moves nothing). */
export interface Transition {
  action: ActionType;
  from: ItemStatus;
  to: readonly ItemStatus[];
}

const OPEN: readonly ItemStatus[] = ['issued', 'rectifying', 'reported', 'voting'];

export const TRANSITIONS: readonly Transition[] = [
  { action: 'issue', from: 'pending', to: ['issued'] },
  { action: 'planReceived', from: 'issued', to: ['rectifying'] },
  // a revised plan after an unsatisfied vote: recorded, the status stays
  { action: 'planReceived', from: 'rectifying', to: ['rectifying'] },
  { action: 'reportReceived', from: 'rectifying', to: ['reported'] },
  { action: 'startVote', from: 'reported', to: ['voting'] },
  { action: 'recordVoteOutcome', from: 'voting', to: ['closed', 'rectifying'] },
  { action: 'cancelVote', from: 'voting', to: ['reported'] },
  ...OPEN.map((from): Transition => ({ action: 'adjustDates', from, to: [from] })),
  // 走访 and 督促 need an issued item; before 交办 only 其他 (a note) is accepted
  ...ITEM_STATUSES.map((from): Transition => ({ action: 'followUp', from, to: [from] })),
  ...ITEM_STATUSES.map((from): Transition => ({ action: 'correct', from, to: [from] })),
];

function allowedByStatus(): Record<ItemStatus, readonly ActionType[]> {
  const result = {} as Record<ItemStatus, readonly ActionType[]>;
  for (const status of ITEM_STATUSES) {
    result[status] = ACTION_TYPES.filter((action) =>
      TRANSITIONS.some((t) => t.action === action && t.from === status),
    );
  }
  return result;
}

/** Status → the actions allowed in it, in ACTION_TYPES order. */
export const ALLOWED_ACTIONS: Readonly<Record<ItemStatus, readonly ActionType[]>> = allowedByStatus();

export function isAllowed(status: ItemStatus, action: ActionType): boolean {
  return ALLOWED_ACTIONS[status].includes(action);
}

const NOT_ISSUED = '该事项尚未交办，请先交办';
const CLOSED = '该事项已办结';
const VOTING = '测评正在进行，请先登记测评结果或将测评作废';

/** What is needed before `action` can be taken in `status` (only for refused moves). */
const NEEDED: Record<ActionType, Partial<Record<ItemStatus, string>>> = {
  issue: {},
  planReceived: {
    reported: '已收到整改报告，不能再登记整改方案',
    voting: VOTING,
    closed: `${CLOSED}，不能再登记整改方案`,
  },
  reportReceived: {
    issued: '尚未收到整改方案，请先登记收到整改方案',
    reported: '整改报告已收到，请开始测评',
    voting: VOTING,
    closed: `${CLOSED}，不能再登记整改报告`,
  },
  startVote: {
    issued: '整改报告尚未收到，不能开始测评',
    rectifying: '整改报告尚未收到，不能开始测评',
    voting: '测评已经开始，请先登记测评结果',
    closed: `${CLOSED}，不能再测评`,
  },
  recordVoteOutcome: {},
  cancelVote: {},
  adjustDates: {
    pending: '该事项尚未交办，交办时填写日期即可',
    closed: `${CLOSED}，不能再调整日期`,
  },
  followUp: {},
  correct: {},
};

const DEFAULT_NEEDED: Record<ActionType, string> = {
  issue: '该事项已经交办，不能重复交办',
  planReceived: NOT_ISSUED,
  reportReceived: NOT_ISSUED,
  startVote: NOT_ISSUED,
  recordVoteOutcome: '尚未开始测评，不能登记测评结果',
  cancelVote: '当前没有进行中的测评，无需作废',
  adjustDates: NOT_ISSUED,
  followUp: NOT_ISSUED,
  correct: '',
};

/** 当前状态为“整改中”：整改报告尚未收到，不能开始测评 */
export function refusal(action: ActionType, status: ItemStatus): string {
  const needed = NEEDED[action][status] ?? DEFAULT_NEEDED[action];
  return `当前状态为“${ITEM_STATUS_LABELS[status]}”：${needed}`;
}

/**
 * The satisfied / unsatisfied rule for a vote on a report: every tier but 不满意 counts as satisfied
 * (满意, 比较满意, 基本满意 → 办结); 不满意 sends the item back to 整改中. domain.md §4: "办结 (satisfied) or back to
 * 整改中 (not satisfied)", and §3 makes 基本满意 a pass mark (more than half 满意 + 基本满意).
 */
export function isSatisfiedOutcome(outcome: ScoredTierId): boolean {
  return outcome !== 'unsatisfied';
}

/** Unsatisfied outcomes in a row that flag an item for stronger measures (domain.md §4). */
export const FLAG_AFTER_UNSATISFIED = 2;

/** 连续两次不满意，建议检查、约谈或问责; null below the threshold. */
export function flagText(unsatisfiedStreak: number): string | null {
  if (unsatisfiedStreak < FLAG_AFTER_UNSATISFIED) return null;
  return `连续${countWord(unsatisfiedStreak)}次不满意，建议检查、约谈或问责`;
}

/** 满意 / 基本满意 / 不满意 … with what it means for the item. */
export function describeOutcome(outcome: ScoredTierId): string {
  return `${TIER_LABELS[outcome]}（${isSatisfiedOutcome(outcome) ? '办结' : '退回整改'}）`;
}
