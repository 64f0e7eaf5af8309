import type { ErrorParams } from '../messages';

const text = (value: ErrorParams[string]): string => (value === undefined ? '' : String(value));

/** Codes of the ballot rounds (测评): refusals of the round's stage, its entry and scoring mode. */
export const votesMessages = {
  /** params.message: the reasons the domain's checks gave, joined with ； */
  'votes.refused': (p: ErrorParams) => text(p.message) || '当前状态下不能进行这项操作',
  /** 收回 > 发出: the round is void and must be reset and voted again; params.message as for refused. */
  'votes.void': (p: ErrorParams) => text(p.message) || '收回票数多于发出票数，本轮测评无效',
  'votes.notVoid': () => '收回票数没有多于发出票数，本轮测评并非无效',
  'votes.changedWhileCounting': () => '计票期间数据有变动，请重新公布',
  'votes.sheetsNoTotals': () => '评分表只能逐张录入，不能录入汇总数',
  /** params.count: the ballots entered one by one */
  'votes.ballotsEntered': (p: ErrorParams) =>
    `已逐张录入 ${text(p.count)} 张测评票，请先删除这些测评票，再改为录入汇总数`,
  'votes.totalsEntered': () => '已录入汇总数，请先清空汇总数，再改为逐张录入',
  'votes.groupEntersBallots': () => '该测评组选择的是逐张录入',
  'votes.noSuchGroup': () => '测评组不存在',
  'votes.notACount': () => '票数应为 0 或正整数',
  'votes.scoringTiersOnly': () => '评分模式目前只用于满意度测评，评分表请逐张录入',
  /** params.where: “group name” when the round has several groups, else empty */
  'votes.scoringGroupTotals': (p: ErrorParams) => `${text(p.where)}已选择录入汇总数，不能使用评分模式`,
  'votes.notARater': () => '名单中没有这位测评人，不能投票；请与会务人员联系',
  /** params.name: the member's name */
  'votes.alreadyVoted': (p: ErrorParams) => `${text(p.name)}已经投过票，每人只能投一次，本次提交未计入`,
  /** params.issued: the ballots issued to the group */
  'votes.ballotsUsedUp': (p: ErrorParams) =>
    `发出的 ${text(p.issued)} 张测评票已全部投完，不能再投票；请与会务人员联系`,
  'votes.scoringOff': () => '评分模式没有开启，不能投票；请与会务人员联系',
  'votes.scoringOn': () => '评分模式正在进行，请先在评分屏幕上输入 PIN 退出评分模式',
  /** params.name: the member's name */
  'votes.notSignedIn': (p: ErrorParams) => `${text(p.name)}没有签到，不能投票；请与会务人员联系`,
  'votes.badPin': () => 'PIN 应为 4 至 6 位数字',
  'votes.wrongPin': () => 'PIN 不正确，未退出评分模式',
  'votes.oneTierEach': () => '每个测评对象只能选择一个档次',
  'votes.notPublished': () => '结果公布后才能导出结果通报',
  /** A published round whose ballots no longer give the fingerprint frozen at 公布 (domain/votes/fingerprintCheck). */
  'votes.fingerprintMismatch': () =>
    '测评票校验码不符：测评票在公布后被改动，与已公布的结果不再一致，该结果不能在大屏显示，也不能导出。请查看操作记录并核对测评票；确需更正的，请重新开启测评（须说明原因）后重新公布',
};
