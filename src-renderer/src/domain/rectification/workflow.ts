// The rectification workflow: one pure function moves an item and writes the history entry that says so.
// 待交办 → 已交办 → 整改中 → 已报告 → 测评中 → 办结, or back to 整改中 when the vote on the report is not satisfied.

import { formatChineseDate } from '../time';
import { isTierId, TIER_LABELS, type ScoredTierId } from '../votes/tiers';
import {
  addMonths,
  DEFAULT_RECTIFICATION_SETTINGS,
  dueDatesFor,
  isIsoDate,
  type RectificationSettings,
} from './dueDates';
import {
  checkEntryDate,
  correctionEntry,
  followUpEntry,
  type EntryKind,
  type FollowUpEntry,
  type ManualKind,
} from './followUps';
import { draftOf, validateDates, validateDraft, type ItemDates, type RectificationItem } from './item';
import { ITEM_STATUS_LABELS, type ItemStatus } from './status';
import { cleanParagraphs } from './text';
import { flagText, isAllowed, isSatisfiedOutcome, refusal } from './transitions';

interface Dated {
  /** Id of the history entry the action writes (from the caller). */
  entryId: string;
  /** When it happened, yyyy-mm-dd: not after today, not before the issue date. */
  date: string;
}

export type WorkflowAction =
  /** 交办: sets the issue date; deadlines default to the settings (+15 days, +3 months). */
  | (Dated & { type: 'issue'; planDue?: string; reportDue?: string; text?: string })
  /** 收到整改方案: 已交办 → 整改中 (in 整改中: a revised plan, recorded only). */
  | (Dated & { type: 'planReceived'; text?: string })
  /** 收到整改报告: 整改中 → 已报告. */
  | (Dated & { type: 'reportReceived'; text?: string })
  /** 开始测评: 已报告 → 测评中, voting in ballot round `roundId` (subject kind 'report', refId = item id). */
  | (Dated & { type: 'startVote'; roundId: string; text?: string })
  /** 登记测评结果: 测评中 → 办结 (satisfied) or 整改中 (不满意; new report due = date + reportMonths unless given). */
  | (Dated & {
      type: 'recordVoteOutcome';
      roundId: string;
      outcome: ScoredTierId;
      figures?: string;
      reportDue?: string;
    })
  /** 测评作废 (a void round, no quorum): 测评中 → 已报告, the round count unchanged. */
  | (Dated & { type: 'cancelVote'; reason: string })
  /** 调整日期 (an extension, a wrong date): any of the three dates, with the reason. */
  | (Dated & {
      type: 'adjustDates';
      issueDate?: string;
      planDue?: string;
      reportDue?: string;
      reason: string;
    })
  /** 走访 / 督促 / 其他. */
  | (Dated & { type: 'followUp'; kind: ManualKind; text: string })
  /** A correction of an entry (see followUps.ts); `date` here is the corrected date, if it changes. */
  | {
      type: 'correct';
      entryId: string;
      corrects: string;
      date?: string;
      text?: string;
      withdraw?: boolean;
      reason: string;
    };

/** A workflow action as a screen or command gives it: the history entry's id is added when it is stored. */
export type ItemAction = WorkflowAction extends infer A
  ? A extends { entryId: string }
    ? Omit<A, 'entryId'>
    : never
  : never;

export type ActionResult = { item: RectificationItem; entry: FollowUpEntry } | { error: string };

export function isRefused(result: ActionResult): result is { error: string } {
  return 'error' in result;
}

type Step = { item: RectificationItem; entry: FollowUpEntry } | { error: string };

function joinText(...parts: (string | undefined)[]): string {
  return parts
    .map((part) => cleanParagraphs(part))
    .filter((part) => part !== '')
    .join('；');
}

function automatic(
  action: Dated,
  today: string,
  kind: EntryKind,
  text: string,
  from: ItemStatus,
  to: ItemStatus,
  extra: Pick<FollowUpEntry, 'roundId' | 'outcome'> = {},
): FollowUpEntry {
  return {
    id: action.entryId,
    kind,
    date: action.date,
    recordedOn: today,
    text,
    automatic: true,
    corrects: null,
    withdrawn: false,
    reason: '',
    statusFrom: from,
    statusTo: to,
    ...extra,
  };
}

function move(
  item: RectificationItem,
  action: Dated,
  today: string,
  kind: EntryKind,
  to: ItemStatus,
  text: string,
  changes: Partial<RectificationItem> = {},
  extra: Pick<FollowUpEntry, 'roundId' | 'outcome'> = {},
): Step {
  const entry = automatic(action, today, kind, text, item.status, to, extra);
  return { item: { ...item, ...changes, status: to }, entry };
}

function dateErrors(dates: ItemDates): string | null {
  const errors = Object.values(validateDates(dates));
  return errors.length > 0 ? errors.join('；') : null;
}

function issue(
  item: RectificationItem,
  action: Extract<WorkflowAction, { type: 'issue' }>,
  today: string,
  settings: RectificationSettings,
): Step {
  const missing = Object.values(validateDraft(draftOf(item)));
  if (missing.length > 0) return { error: `整改事项信息不完整，不能交办：${missing.join('；')}` };
  const defaults = dueDatesFor(action.date, settings);
  const dates = {
    issueDate: action.date,
    planDue: action.planDue ?? defaults.planDue,
    reportDue: action.reportDue ?? defaults.reportDue,
  };
  const error = dateErrors(dates);
  if (error !== null) return { error };
  const text = joinText(
    `整改方案期限${formatChineseDate(dates.planDue)}，整改报告期限${formatChineseDate(dates.reportDue)}`,
    action.text,
  );
  return move(item, action, today, 'issued', 'issued', text, dates);
}

function isScoredTier(value: unknown): value is ScoredTierId {
  return isTierId(value) && value !== 'unknown';
}

function voteOutcome(
  item: RectificationItem,
  action: Extract<WorkflowAction, { type: 'recordVoteOutcome' }>,
  today: string,
  settings: RectificationSettings,
): Step {
  if (action.roundId !== item.voteRoundId) return { error: '测评轮次不符：该事项正在进行的是另一轮测评' };
  if (!isScoredTier(action.outcome)) return { error: '测评等次无效' };
  const round = item.round + 1;
  const head = `第${round}次测评：${TIER_LABELS[action.outcome]}`;
  const figures = cleanParagraphs(action.figures);
  const result = figures === '' ? head : `${head}（${figures}）`;
  const extra = { roundId: action.roundId, outcome: action.outcome };
  if (isSatisfiedOutcome(action.outcome)) {
    const changes = { round, unsatisfiedStreak: 0, voteRoundId: null };
    return move(item, action, today, 'voteResult', 'closed', `${result}，办结`, changes, extra);
  }
  const reportDue = action.reportDue ?? addMonths(action.date, settings.reportMonths);
  if (!isIsoDate(reportDue) || reportDue < action.date) return { error: '新的整改报告期限不能早于测评日期' };
  const error = dateErrors({ issueDate: item.issueDate, planDue: item.planDue, reportDue });
  if (error !== null) return { error };
  const unsatisfiedStreak = item.unsatisfiedStreak + 1;
  const flag = flagText(unsatisfiedStreak) ?? item.flag;
  const text = joinText(
    `${result}，退回整改，整改报告期限${formatChineseDate(reportDue)}`,
    flag ?? undefined,
  );
  const changes = { round, unsatisfiedStreak, flag, reportDue, voteRoundId: null };
  return move(item, action, today, 'voteResult', 'rectifying', text, changes, extra);
}

function adjustDates(
  item: RectificationItem,
  action: Extract<WorkflowAction, { type: 'adjustDates' }>,
  today: string,
): Step {
  const reason = cleanParagraphs(action.reason);
  if (reason === '') return { error: '请填写调整原因' };
  const next: ItemDates = {
    issueDate: action.issueDate ?? item.issueDate,
    planDue: action.planDue ?? item.planDue,
    reportDue: action.reportDue ?? item.reportDue,
  };
  if (next.issueDate !== null && next.issueDate > today) return { error: '交办日期不能晚于今天' };
  const error = dateErrors(next);
  if (error !== null) return { error };
  const labels: Record<keyof ItemDates, string> = {
    issueDate: '交办日期',
    planDue: '整改方案期限',
    reportDue: '整改报告期限',
  };
  const changed = (Object.keys(labels) as (keyof ItemDates)[]).filter((key) => next[key] !== item[key]);
  if (changed.length === 0) return { error: '日期没有变化' };
  const show = (value: string | null) => (value === null ? '未填' : formatChineseDate(value));
  const lines = changed.map((key) => `${labels[key]}由${show(item[key])}改为${show(next[key])}`);
  const text = `${lines.join('，')}。原因：${reason}`;
  return move(item, action, today, 'datesAdjusted', item.status, text, next);
}

function step(
  item: RectificationItem,
  action: WorkflowAction,
  today: string,
  settings: RectificationSettings,
): Step {
  if (action.type === 'correct') {
    const entry = correctionEntry(item.history, { ...action, id: action.entryId }, today, item.issueDate);
    return 'error' in entry ? entry : { item, entry };
  }
  if (action.type === 'followUp') {
    if (item.status === 'pending' && action.kind !== 'note') {
      return { error: `当前状态为“${ITEM_STATUS_LABELS.pending}”：该事项尚未交办，只能添加“其他”记录` };
    }
    const entry = followUpEntry(
      { id: action.entryId, kind: action.kind, date: action.date, text: action.text },
      today,
      item.issueDate,
    );
    return 'error' in entry ? entry : { item, entry };
  }
  // an issue date, or a date being corrected, may lie before the current issue date
  const earliest = action.type === 'issue' || action.type === 'adjustDates' ? null : item.issueDate;
  const dateError = checkEntryDate(action.date, today, earliest);
  if (dateError !== null) return { error: dateError };
  switch (action.type) {
    case 'issue':
      return issue(item, action, today, settings);
    case 'planReceived': {
      const revised = item.status === 'rectifying' ? '修改后的整改方案' : undefined;
      return move(item, action, today, 'planReceived', 'rectifying', joinText(revised, action.text));
    }
    case 'reportReceived':
      return move(item, action, today, 'reportReceived', 'reported', joinText(action.text));
    case 'startVote': {
      if (action.roundId === '') return { error: '请选择测评轮次' };
      const text = joinText(`第${item.round + 1}次测评`, action.text);
      const extra = { roundId: action.roundId };
      return move(item, action, today, 'voteStarted', 'voting', text, { voteRoundId: action.roundId }, extra);
    }
    case 'recordVoteOutcome':
      return voteOutcome(item, action, today, settings);
    case 'cancelVote': {
      const reason = cleanParagraphs(action.reason);
      if (reason === '') return { error: '请填写测评作废的原因' };
      const text = `第${item.round + 1}次测评作废：${reason}`;
      const extra = item.voteRoundId === null ? {} : { roundId: item.voteRoundId };
      return move(item, action, today, 'voteCancelled', 'reported', text, { voteRoundId: null }, extra);
    }
    case 'adjustDates':
      return adjustDates(item, action, today);
  }
}

/**
 * Applies one action to an item. Refused moves return a Chinese reason naming the current status and what is
 * needed. On success the entry is appended to the returned item's history (the input item is not changed).
 */
export function applyAction(
  item: RectificationItem,
  action: WorkflowAction,
  today: string,
  settings: RectificationSettings = DEFAULT_RECTIFICATION_SETTINGS,
): ActionResult {
  if (!isIsoDate(today)) return { error: '今天的日期无效' };
  if (!isAllowed(item.status, action.type)) return { error: refusal(action.type, item.status) };
  if (action.entryId === '' || item.history.some((entry) => entry.id === action.entryId)) {
    return { error: '记录编号重复' };
  }
  const result = step(item, action, today, settings);
  if ('error' in result) return result;
  return { item: { ...result.item, history: [...item.history, result.entry] }, entry: result.entry };
}
