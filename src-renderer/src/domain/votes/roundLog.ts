// The log of a round (操作记录): every stage change, correction and deletion, with when and why. Entering a new
// ballot is not logged: a log line with a time per ballot would let ballots be traced by their order.

import type { Instant } from '../time';

export type RoundLogAction =
  | 'created'
  | 'setupEdited'
  | 'opened'
  | 'entryModeChanged'
  | 'totalsSaved'
  | 'ballotCorrected'
  | 'ballotDeleted'
  | 'closed'
  | 'voided'
  | 'reset'
  | 'published'
  | 'reopened'
  | 'projectorShown'
  | 'projectorHidden'
  /** The ballots of a published round no longer give its fingerprint (see fingerprintCheck.ts). */
  | 'fingerprintMismatch'
  /** 双人复核: the two readings of a paper differed and one was kept (both readings in the details). */
  | 'doubleEntryResolved';

export const ROUND_LOG_LABELS: Record<RoundLogAction, string> = {
  created: '新建测评',
  setupEdited: '修改设置',
  opened: '开始测评',
  entryModeChanged: '更改录入方式',
  totalsSaved: '保存汇总数',
  ballotCorrected: '更正测评票',
  ballotDeleted: '删除测评票',
  closed: '收回并结束',
  voided: '本轮无效',
  reset: '重置为设置中',
  published: '公布结果',
  reopened: '重新开启',
  projectorShown: '在大屏显示',
  projectorHidden: '取消大屏显示',
  fingerprintMismatch: '校验码不符',
  doubleEntryResolved: '复核裁定',
};

export interface RoundLogEntry {
  /** 1, 2, 3 ... per round. */
  seq: number;
  action: RoundLogAction;
  /** Why (required for reopening and resetting); '' when none was asked. */
  reason: string;
  at: Instant;
  /** One Chinese sentence saying what changed, e.g. 更正人大代表第 12 张：11210 → 11220. */
  summary: string;
  /** The values before and after, for a correction; the counts, for a stage change. */
  details: Record<string, unknown>;
}

/** The next sequence number after the entries of one round. */
export function nextLogSeq(entries: readonly Pick<RoundLogEntry, 'seq'>[]): number {
  return entries.reduce((max, entry) => Math.max(max, entry.seq), 0) + 1;
}
