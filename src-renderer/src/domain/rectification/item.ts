// A rectification item (整改事项): what one unit must fix, where the demand came from, its deadlines and history.

import { formatChineseDate } from '../time';
import { cleanText, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, type FieldErrors } from '../validation';
import { isIsoDate } from './dueDates';
import type { FollowUpEntry } from './followUps';
import { ITEM_STATUS_LABELS, isItemStatus, type ItemStatus } from './status';
import { cleanParagraphs } from './text';

export const SOURCE_KINDS = ['inquiry', 'evaluation', 'manual'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const SOURCE_LABELS: Record<SourceKind, string> = {
  inquiry: '专题询问',
  evaluation: '工作评议',
  manual: '其他',
};

/** Where the demand came from: the questions of an inquiry, or a ranking / outcome of an evaluation round. */
export interface ItemSource {
  kind: SourceKind;
  /** inquiry: the questions whose problems the item gathers. */
  questionIds?: string[];
  /** evaluation: the ballot round the figures come from. */
  roundId?: string;
  /** evaluation: the unit's rank in that round. */
  rank?: number;
  /** evaluation: the figures as printed, e.g. 排名第5名（共6个单位），满意率66.67%，得分61.33，等次为不满意 */
  figures?: string;
}

export interface RectificationItem {
  id: string;
  /** The inquiry or evaluation it came from; null for an item entered by hand outside any activity. */
  activityId: string | null;
  unitId: string;
  /** One or more problems, each a paragraph. */
  problems: string[];
  /** 整改要求 */
  requirements: string;
  source: ItemSource;
  /** 分管领导, prefilled from the unit. */
  supervisorName: string;
  supervisorTitle: string;
  /** 责任领导 of the unit ('' when not given). */
  responsibleLeader: string;
  /** 备注 typed by the secretary; printed in the ledger. */
  note: string;
  /** yyyy-mm-dd; null until 交办. */
  issueDate: string | null;
  planDue: string | null;
  reportDue: string | null;
  status: ItemStatus;
  /** Votes on the report so far (测评轮次). */
  round: number;
  /** Unsatisfied outcomes in a row; reset by a satisfied one. */
  unsatisfiedStreak: number;
  /** Set at two unsatisfied outcomes in a row, e.g. 连续两次不满意，建议检查、约谈或问责; kept once set. */
  flag: string | null;
  /** The ballot round voting on the report while the status is 测评中. */
  voteRoundId: string | null;
  /** Append-only: workflow entries, follow-ups and corrections, in recording order. */
  history: FollowUpEntry[];
}

/** The fields a secretary types or a builder prefills; the rest belongs to the workflow. */
export type ItemDraft = Pick<
  RectificationItem,
  | 'activityId'
  | 'unitId'
  | 'problems'
  | 'requirements'
  | 'source'
  | 'supervisorName'
  | 'supervisorTitle'
  | 'responsibleLeader'
  | 'note'
>;

export type ItemField =
  | 'unitId'
  | 'problems'
  | `problems.${number}`
  | 'requirements'
  | 'supervisorName'
  | 'supervisorTitle'
  | 'responsibleLeader'
  | 'note';

export type DateField = 'issueDate' | 'planDue' | 'reportDue';

export const MAX_PROBLEMS = 30;
export const MAX_PROBLEM_LENGTH = 2000;
export const MAX_REQUIREMENTS_LENGTH = 2000;
export const MAX_NOTE_LENGTH = 500;

export function emptyDraft(activityId: string | null = null): ItemDraft {
  return {
    activityId,
    unitId: '',
    problems: [],
    requirements: '',
    source: { kind: 'manual' },
    supervisorName: '',
    supervisorTitle: '',
    responsibleLeader: '',
    note: '',
  };
}

/** Cleans the texts; blank problems are dropped. */
export function normalizeDraft(draft: ItemDraft): ItemDraft {
  return {
    activityId: draft.activityId,
    unitId: draft.unitId,
    problems: draft.problems.map(cleanParagraphs).filter((problem) => problem !== ''),
    requirements: cleanParagraphs(draft.requirements),
    source: { ...draft.source },
    supervisorName: cleanText(draft.supervisorName).replace(/ /g, ''),
    supervisorTitle: cleanText(draft.supervisorTitle),
    responsibleLeader: cleanText(draft.responsibleLeader),
    note: cleanParagraphs(draft.note),
  };
}

function tooLong(value: string, max: number): boolean {
  return [...value].length > max;
}

/** Field → Chinese message; validates the normalized draft. */
export function validateDraft(input: ItemDraft): FieldErrors<ItemField> {
  const draft = normalizeDraft(input);
  const errors: FieldErrors<ItemField> = {};
  if (draft.unitId === '') errors.unitId = '请选择整改单位';
  if (draft.problems.length === 0) errors.problems = '请至少填写一个问题';
  else if (draft.problems.length > MAX_PROBLEMS) errors.problems = `问题不能超过 ${MAX_PROBLEMS} 条`;
  draft.problems.forEach((problem, index) => {
    if (tooLong(problem, MAX_PROBLEM_LENGTH)) {
      errors[`problems.${index}`] = `第 ${index + 1} 个问题不能超过 ${MAX_PROBLEM_LENGTH} 个字`;
    }
  });
  if (draft.requirements === '') errors.requirements = '请填写整改要求';
  else if (tooLong(draft.requirements, MAX_REQUIREMENTS_LENGTH)) {
    errors.requirements = `整改要求不能超过 ${MAX_REQUIREMENTS_LENGTH} 个字`;
  }
  if (tooLong(draft.supervisorName, MAX_NAME_LENGTH)) {
    errors.supervisorName = `分管领导姓名不能超过 ${MAX_NAME_LENGTH} 个字`;
  }
  if (tooLong(draft.supervisorTitle, MAX_TEXT_LENGTH)) {
    errors.supervisorTitle = `分管领导职务不能超过 ${MAX_TEXT_LENGTH} 个字`;
  }
  if (tooLong(draft.responsibleLeader, MAX_NAME_LENGTH)) {
    errors.responsibleLeader = `责任领导不能超过 ${MAX_NAME_LENGTH} 个字`;
  }
  if (tooLong(draft.note, MAX_NOTE_LENGTH)) errors.note = `备注不能超过 ${MAX_NOTE_LENGTH} 个字`;
  return errors;
}

export interface ItemDates {
  issueDate: string | null;
  planDue: string | null;
  reportDue: string | null;
}

/** Dates must be real; once issued both deadlines are needed, not before the issue date, plan due ≤ report due. */
export function validateDates(dates: ItemDates): FieldErrors<DateField> {
  const errors: FieldErrors<DateField> = {};
  const { issueDate, planDue, reportDue } = dates;
  if (issueDate !== null && !isIsoDate(issueDate)) errors.issueDate = '交办日期不是有效的日期';
  if (planDue !== null && !isIsoDate(planDue)) errors.planDue = '整改方案期限不是有效的日期';
  if (reportDue !== null && !isIsoDate(reportDue)) errors.reportDue = '整改报告期限不是有效的日期';
  if (issueDate === null) {
    if (planDue !== null || reportDue !== null) errors.issueDate = '填写期限前请先填写交办日期';
    return errors;
  }
  if (planDue === null) errors.planDue = '请填写整改方案期限';
  if (reportDue === null) errors.reportDue = '请填写整改报告期限';
  if (Object.keys(errors).length > 0 || planDue === null || reportDue === null) return errors;
  const issued = formatChineseDate(issueDate);
  if (planDue < issueDate) errors.planDue = `整改方案期限不能早于交办日期（${issued}）`;
  if (reportDue < issueDate) errors.reportDue = `整改报告期限不能早于交办日期（${issued}）`;
  else if (planDue > reportDue) errors.planDue = '整改方案期限不能晚于整改报告期限';
  return errors;
}

/** A new item in 待交办, with the draft cleaned. Call validateDraft first; the item may still be incomplete. */
export function newItem(id: string, draft: ItemDraft): RectificationItem {
  return {
    id,
    ...normalizeDraft(draft),
    issueDate: null,
    planDue: null,
    reportDue: null,
    status: 'pending',
    round: 0,
    unsatisfiedStreak: 0,
    flag: null,
    voteRoundId: null,
    history: [],
  };
}

export function draftOf(item: RectificationItem): ItemDraft {
  const { activityId, unitId, problems, requirements, source } = item;
  const { supervisorName, supervisorTitle, responsibleLeader, note } = item;
  return {
    activityId,
    unitId,
    problems: [...problems],
    requirements,
    source: { ...source },
    supervisorName,
    supervisorTitle,
    responsibleLeader,
    note,
  };
}

/**
 * Replaces the typed fields. Only before 交办: once handed over, the notice sent is the record of what was demanded,
 * and what happens next goes into follow-up entries.
 */
export function editItem(
  item: RectificationItem,
  draft: ItemDraft,
): { item: RectificationItem } | { error: string } {
  if (item.status !== 'pending') {
    return {
      error: `当前状态为“${ITEM_STATUS_LABELS[item.status]}”：已交办的整改事项以交办文件为准，不能再修改；如需补充，请添加跟踪记录`,
    };
  }
  const errors = Object.values(validateDraft(draft));
  if (errors.length > 0) return { error: errors.join('；') };
  return { item: { ...item, ...normalizeDraft(draft) } };
}

/** The whole item, e.g. when read back from a backup: draft, dates and the status they imply. */
export function validateItem(item: RectificationItem): FieldErrors<ItemField | DateField | 'status'> {
  const errors: FieldErrors<ItemField | DateField | 'status'> = {
    ...validateDraft(draftOf(item)),
    ...validateDates(item),
  };
  if (!isItemStatus(item.status)) errors.status = '整改状态无效';
  else if (item.status === 'pending' && item.issueDate !== null) errors.status = '待交办的事项不应有交办日期';
  else if (item.status !== 'pending' && item.issueDate === null)
    errors.issueDate = '已交办的事项必须有交办日期';
  if (item.status === 'voting' && item.voteRoundId === null) errors.status = '测评中的事项缺少测评轮次';
  return errors;
}

/** 来源 as printed: 专题询问, 其他, or 工作评议：排名第5名（共6个单位），满意率66.67%，得分61.33. */
export function describeSource(source: ItemSource): string {
  const label = SOURCE_LABELS[source.kind];
  return source.figures ? `${label}：${source.figures}` : label;
}

/** Problems as one text: a single problem as is, several numbered "1. …" on their own lines. */
export function problemsText(problems: readonly string[]): string {
  if (problems.length === 1) return problems[0] ?? '';
  return problems.map((problem, index) => `${index + 1}. ${problem}`).join('\n');
}
