// The life cycle of a project vote round: the ballot rounds' stages (draft → open → closed → published) with
// their checks in 票决 words. Opening needs consistent counts and the quorum; closing needs every returned
// ballot entered (or totals) and a countable decision; returned > issued voids the round, to be voted again.
import type { RoundStage } from '../votes/roundRecord';
import { checkGroupCounts, type GroupCounts } from '../votes/round';
import { decideProjectVote, type ProjectDecision } from './projectDecision';
import type { ProjectRound } from './projectRound';
import { tallyProjectBallots, type ProjectBallot, type ProjectCounts } from './projectTally';

export type ProjectRoundAction = 'open' | 'enter' | 'close' | 'publish' | 'reset' | 'delete';

const ALLOWED: Record<ProjectRoundAction, readonly RoundStage[]> = {
  open: ['draft'],
  enter: ['open'],
  close: ['open'],
  publish: ['closed'],
  reset: ['open', 'closed'],
  delete: ['draft'],
};

const REFUSALS: Record<ProjectRoundAction, Partial<Record<RoundStage, string>>> = {
  open: { open: '票决已经开始', closed: '票决已经结束', published: '票决结果已经公布' },
  enter: {
    draft: '票决还没有开始，请先填写人数并开始票决',
    closed: '票决已经结束，不能再录入选票；确需更正的，请先重置（须说明原因）',
    published: '票决结果已经公布，不能再录入选票',
  },
  close: { draft: '票决还没有开始', closed: '票决已经结束', published: '票决结果已经公布' },
  publish: {
    draft: '票决还没有开始',
    open: '请先结束票决，再公布结果',
    published: '票决结果已经公布',
  },
  reset: { draft: '本轮票决已经是“设置中”', published: '票决结果已经公布，不能重置' },
  delete: {
    open: '已开始的票决不能直接删除，请先重置（须说明原因）',
    closed: '已结束的票决不能直接删除，请先重置（须说明原因）',
    published: '已公布的票决不能删除',
  },
};

/** null when the stage allows the action, else the Chinese reason it does not. */
export function projectRefusal(stage: RoundStage, action: ProjectRoundAction): string | null {
  if (ALLOWED[action].includes(stage)) return null;
  return REFUSALS[action][stage] ?? '当前状态下不能进行这项操作';
}

/** Whether the round may be opened with these counts (收回 is not known yet). */
export function checkProjectOpening(
  round: Pick<ProjectRound, 'candidateIds' | 'rules'>,
  counts: Omit<GroupCounts, 'returned'>,
): string[] {
  if (round.candidateIds.length === 0) return ['还没有候选项目，请先添加或导入候选项目'];
  if (round.rules.places > round.candidateIds.length) {
    return [`限选 ${round.rules.places} 项，多于候选项目的 ${round.candidateIds.length} 个`];
  }
  const check = checkGroupCounts({ ...counts, returned: 0 }, round.rules.requireQuorum);
  if (check.status === 'invalid' || check.status === 'noQuorum') return check.problems;
  if (counts.issued === 0) return ['发出票数为 0，无法进行票决'];
  return [];
}

/** Whether one more paper ballot may be saved: not beyond the ballots issued, marks only on this ballot. */
export function checkProjectBallot(
  round: Pick<ProjectRound, 'candidateIds' | 'counts'>,
  ballot: ProjectBallot,
  entered: number,
): string[] {
  const issued = round.counts?.issued ?? 0;
  if (entered >= issued) return [`已录入 ${entered} 张，已达发出的 ${issued} 张，不能再录入；请核对选票`];
  const known = new Set(round.candidateIds);
  if (ballot.marks.some((id) => !known.has(id))) return ['选票上有不属于本轮的项目'];
  return [];
}

/** The counts of the round: its hand-counted totals, or the tally of its ballots. */
export function countsOf(
  round: Pick<ProjectRound, 'candidateIds' | 'rules' | 'entryMode' | 'totals'>,
  ballots: readonly ProjectBallot[],
): ProjectCounts | null {
  if (round.entryMode === 'totals') return round.totals;
  return tallyProjectBallots(round.candidateIds, round.rules.places, ballots);
}

/** The decision of the round with its returned count, or why it cannot be counted yet. */
export function decideRound(
  round: Pick<ProjectRound, 'candidateIds' | 'rules' | 'entryMode' | 'totals'>,
  counts: GroupCounts,
  ballots: readonly ProjectBallot[],
): ProjectDecision | { missing: string } {
  const entered = countsOf(round, ballots);
  if (!entered) return { missing: '还没有录入汇总数' };
  return decideProjectVote(round.rules, round.candidateIds, counts, entered);
}

export type ProjectClosingCheck =
  | { kind: 'ok'; decision: ProjectDecision }
  | { kind: 'void'; problems: string[] }
  | { kind: 'refused'; problems: string[] };

/** Whether the round may be closed with `returned` ballots collected. */
export function checkProjectClosing(
  round: Pick<ProjectRound, 'candidateIds' | 'rules' | 'entryMode' | 'totals' | 'counts'>,
  returned: number,
  ballots: readonly ProjectBallot[],
): ProjectClosingCheck {
  if (!round.counts) return { kind: 'refused', problems: ['票决还没有开始'] };
  if (!Number.isSafeInteger(returned) || returned < 0) {
    return { kind: 'refused', problems: ['收回票数应为 0 或正整数'] };
  }
  const counts = { ...round.counts, returned };
  if (returned > counts.issued) {
    return {
      kind: 'void',
      problems: [`收回 ${returned} 张，多于发出的 ${counts.issued} 张，本次票决无效，请重置后重新投票`],
    };
  }
  const decision = decideRound(round, counts, ballots);
  if ('missing' in decision) return { kind: 'refused', problems: [decision.missing] };
  if (decision.status !== 'ok') return { kind: 'refused', problems: decision.problems };
  return { kind: 'ok', decision };
}
