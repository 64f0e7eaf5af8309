// The log of a project vote round (操作记录) in 票决 words: the ballot rounds' log (votes/roundLog.ts) with the
// same actions, shown with the labels a 票决 uses. As there, entering a new ballot is not logged.
import { ROUND_LOG_LABELS, type RoundLogAction } from '../votes/roundLog';
import type { GroupCounts } from '../votes/round';

export const PROJECT_ROUND_LOG_LABELS: Record<RoundLogAction, string> = {
  ...ROUND_LOG_LABELS,
  created: '新建票决',
  setupEdited: '修改设置',
  opened: '开始票决',
  ballotCorrected: '更正选票',
  ballotDeleted: '删除选票',
  closed: '收回并结束',
  reset: '作废重投',
  reopened: '重新开启票决',
};

/** "应到 7 人，实到 6 人，发出 6 张" (and "，收回 6 张" once known). */
export function projectCountsText(counts: Omit<GroupCounts, 'returned'> & { returned?: number }): string {
  const returned = counts.returned === undefined ? '' : `，收回 ${counts.returned} 张`;
  return `应到 ${counts.entitled} 人，实到 ${counts.present} 人，发出 ${counts.issued} 张${returned}`;
}
