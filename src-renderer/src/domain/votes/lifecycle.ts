// The life cycle of a ballot round: which action each stage allows, and the Chinese reason when it does not.
// draft → open → closed → published; reopen (closed or published → open) and reset (open or closed → draft)
// only by an explicit action with a reason, which the repository logs.

import { cleanText, MAX_TEXT_LENGTH, type FieldErrors } from '../validation';
import type { Ballot, Subject } from './ballots';
import type { RoundRules } from './rules';
import { validateBallot } from './ballots';
import type { TallyInput } from './entries';
import { checkRound, type GroupCounts } from './round';
import { entryModeOf, type RoundStage, type VoteRound } from './roundRecord';
import { tally } from './tally';
import { validateRules } from './validateRules';

export type RoundAction =
  'editSetup' | 'open' | 'enter' | 'close' | 'publish' | 'reopen' | 'reset' | 'delete' | 'projector';

const ALLOWED: Record<RoundAction, readonly RoundStage[]> = {
  editSetup: ['draft'],
  open: ['draft'],
  enter: ['open'],
  close: ['open'],
  publish: ['closed'],
  reopen: ['closed', 'published'],
  reset: ['open', 'closed'],
  delete: ['draft'],
  projector: ['published'],
};

const REFUSALS: Record<RoundAction, Partial<Record<RoundStage, string>>> = {
  editSetup: {
    open: '测评已经开始，测评对象和计票规则不能再修改；确需修改的，请先将本轮重置为“设置中”（须说明原因）',
    closed: '测评已经结束，测评对象和计票规则不能再修改',
    published: '测评结果已经公布，不能再修改',
  },
  open: {
    open: '本轮测评已经开始',
    closed: '本轮测评已经结束',
    published: '本轮测评结果已经公布',
  },
  enter: {
    draft: '测评尚未开始：请先填写应到、实到和发出人数，开始测评后再录入',
    closed: '本轮测评已经结束，不能再录入；确需更正的，请先重新开启（须说明原因）',
    published: '测评结果已经公布，不能再录入或更正；确需更正的，请先重新开启（须说明原因）',
  },
  close: {
    draft: '测评尚未开始',
    closed: '本轮测评已经结束',
    published: '本轮测评结果已经公布',
  },
  publish: {
    draft: '测评尚未开始，没有可公布的结果',
    open: '请先收回测评票并结束测评，再公布结果',
    published: '本轮测评结果已经公布',
  },
  reopen: {
    draft: '本轮测评尚未开始，无需重新开启',
    open: '本轮测评正在进行，无需重新开启',
  },
  reset: {
    draft: '本轮测评已经是“设置中”',
    published: '测评结果已经公布，请先重新开启（须说明原因），再重置',
  },
  delete: {
    open: '已开始的测评不能直接删除；确需删除的，请先重置为“设置中”（须说明原因）',
    closed: '已结束的测评不能直接删除；确需删除的，请先重置为“设置中”（须说明原因）',
    published: '已公布的测评不能删除',
  },
  projector: {
    draft: '只有已公布的测评结果才能在大屏显示',
    open: '只有已公布的测评结果才能在大屏显示',
    closed: '结果公布后才能在大屏显示',
  },
};

/** null when the stage allows the action, else the Chinese reason it does not. */
export function refusal(stage: RoundStage, action: RoundAction): string | null {
  if (ALLOWED[action].includes(stage)) return null;
  return REFUSALS[action][stage] ?? '当前状态下不能进行这项操作';
}

export function allows(stage: RoundStage, action: RoundAction): boolean {
  return refusal(stage, action) === null;
}

/** Reopening and resetting need a reason; returns the cleaned reason or the Chinese problem. */
export function checkReason(reason: string): { reason: string } | { problem: string } {
  const clean = cleanText(reason);
  if (clean.length === 0) return { problem: '请说明原因，原因将记入操作记录' };
  if (clean.length > MAX_TEXT_LENGTH) return { problem: `原因不能超过 ${MAX_TEXT_LENGTH} 个字` };
  return { reason: clean };
}

/**
 * Field errors of the setup (title, subjects and rules, the rules' keys prefixed "rules."): none means the
 * round may be saved and opened.
 */
export function setupErrors(round: Pick<VoteRound, 'title' | 'subjects' | 'rules'>): FieldErrors {
  const errors: FieldErrors = {};
  if (!cleanText(round.title)) errors.title = '请填写测评名称';
  const names = new Set<string>();
  for (const subject of round.subjects) {
    const name = cleanText(subject.name);
    if (!name) errors.subjects ??= '测评对象名称不能为空';
    else if (names.has(name)) errors.subjects ??= `测评对象“${name}”重复`;
    names.add(name);
  }
  if (round.subjects.length === 0) errors.subjects = '请至少添加一个测评对象';
  const ids = round.subjects.map((subject) => subject.id);
  if (new Set(ids).size !== ids.length) errors.subjects ??= '测评对象编号重复';
  for (const [key, message] of Object.entries(validateRules(round.rules))) errors[`rules.${key}`] = message;
  return errors;
}

/** The setup's problems as a list of Chinese sentences. */
export function checkSetup(round: Pick<VoteRound, 'title' | 'subjects' | 'rules'>): string[] {
  return Object.values(setupErrors(round)).filter((message): message is string => message !== undefined);
}

/** The counts of opening: 应到, 实到 and 发出 per group; 收回 is not known yet. */
export type OpeningCounts = Record<string, Omit<GroupCounts, 'returned'>>;

/** Whether the round may be opened with these counts: setup complete, counts consistent, quorum present. */
export function checkOpening(
  round: Pick<VoteRound, 'title' | 'subjects' | 'rules'>,
  counts: OpeningCounts,
): string[] {
  const setup = checkSetup(round);
  if (setup.length > 0) return setup;
  const full = Object.fromEntries(
    Object.entries(counts).map(([groupId, c]): [string, GroupCounts] => [groupId, { ...c, returned: 0 }]),
  );
  const check = checkRound(round.rules, full);
  if (check.status === 'invalid' || check.status === 'noQuorum') return check.problems;
  const noBallots = round.rules.groups.filter((group) => (counts[group.id]?.issued ?? 0) === 0);
  if (noBallots.length === round.rules.groups.length) return ['发出票数为 0，无法进行测评'];
  return [];
}

/** The evidence a round is counted from, as the domain's tally reads it. */
export function tallyInputOf(
  round: { rules: RoundRules; subjects: readonly Subject[]; counts: VoteRound['counts'] },
  ballots: readonly Ballot[],
  totals: TallyInput['totals'],
): TallyInput {
  const subjects = round.subjects.map(({ id, name }) => ({ id, name }));
  return { rules: round.rules, subjects, counts: round.counts, ballots, totals };
}

export type ClosingCheck =
  | { kind: 'ok' }
  /** 收回 > 发出: the round is void and must be voted again. */
  | { kind: 'void'; problems: string[] }
  /** Something is missing or wrong: fix it, then close. */
  | { kind: 'refused'; problems: string[] };

/** Whether the round may be closed with the returned counts already in `input.counts`. */
export function checkClosing(input: TallyInput): ClosingCheck {
  const result = tally(input);
  if (result.status === 'counted') return { kind: 'ok' };
  if (result.status === 'void') {
    return { kind: 'void', problems: [...result.problems, '请将本轮重置后重新测评'] };
  }
  const problems =
    result.status === 'incomplete'
      ? result.problems.map((problem) => `${problem}，全部录入后才能结束`)
      : result.problems;
  return { kind: 'refused', problems };
}

/** Whether one more paper ballot may be saved in its group (the stage is checked separately). */
export function checkNewBallot(round: VoteRound, ballot: Ballot, enteredInGroup: number): string[] {
  const group = round.rules.groups.find((g) => g.id === ballot.groupId);
  if (!group) return ['测评票所属的测评组不存在'];
  const where = round.rules.groups.length > 1 ? `“${group.name}”` : '';
  if (entryModeOf(round, group.id) !== 'ballots') return [`${where}已选择录入汇总数，不能逐张录入测评票`];
  const issued = round.counts[group.id]?.issued ?? 0;
  if (enteredInGroup >= issued) {
    return [`${where}已录入 ${enteredInGroup} 张，已达发出的 ${issued} 张，不能再录入；请核对测评票`];
  }
  return validateBallot(ballot, round.rules, round.subjects);
}
