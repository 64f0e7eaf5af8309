import type { ErrorParams } from '../messages';

const text = (value: ErrorParams[string]): string => (value === undefined ? '' : String(value));

/** Codes of the 民生实事项目票决: candidates, rounds and follow-up. */
export const projectsMessages = {
  /** params.message: the reasons the domain's checks gave, joined with ； */
  'projects.refused': (p: ErrorParams) => text(p.message) || '当前状态下不能进行这项操作',
  /** 收回 > 发出; params.message as for refused. */
  'projects.void': (p: ErrorParams) => text(p.message) || '收回票数多于发出票数，本次票决无效，应重新投票',
  'projects.candidatesLocked': () => '票决已经开始，候选项目不能再修改、增删或调整顺序',
  /** params.name: the candidate's name; params.order: its place on the ballot */
  'projects.duplicateCandidate': (p: ErrorParams) =>
    `已有名为“${text(p.name)}”的候选项目（第 ${text(p.order)} 项）`,
  /** A published round whose ballots no longer give the fingerprint frozen at 公布 (votes/fingerprintCheck). */
  'projects.fingerprintMismatch': () =>
    '选票校验码不符：选票在公布后被改动，与已公布的票决结果不再一致，不能导出票决结果公告。请查看操作记录并核对选票',
  'projects.notProjectVote': () => '该活动不是民生实事项目票决',
  'projects.noRunoff': () => '本轮票决没有末位得票相同的项目，无需再次票决',
  'projects.runoffExists': () => '已经设置了再次票决',
  'projects.roundPending': () => '上一轮票决还没有公布结果',
  'projects.ballotsEntered': () => '已逐张录入选票，请先删除这些选票，再改为录入汇总数',
  'projects.totalsEntered': () => '已录入汇总数，请先清空汇总数，再改为逐张录入',
  /** params.message: why the follow-up action cannot be done (followUp.ts) */
  'projects.followUp': (p: ErrorParams) => text(p.message) || '不能进行这项跟踪操作',
};
