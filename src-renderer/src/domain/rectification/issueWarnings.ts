// Dates worth a second look before a number is taken (印发前的日期核对). None of them forbids issuing: the
// secretary may have a reason (a document signed last week and numbered today), so the dialog warns and issues
// after the user confirms. Pure: the caller reads the registry and the activities.

import { formatChineseDate } from '../time';
import { isIsoDate } from './dueDates';

export interface IssueDateCheck {
  /** 成文日期, yyyy-mm-dd */
  date: string;
  /** The latest number of the same prefix and year (highest sequence, voided ones included), or null. */
  latestInSequence: { number: string; issuedOn: string } | null;
  /** The meetings the document reports on (专题询问 / 工作评议), with their dates. */
  meetings: readonly { name: string; date: string }[];
  /** The deadlines the document will print, per unit (both, either or none set). */
  deadlines: readonly { unit: string; planDue: string | null; reportDue: string | null }[];
}

/**
 * The warnings, in Chinese, one sentence each; empty when the dates are consistent: the document is not dated
 * before the latest number of its sequence, nor before the meeting it reports on, and none of its deadlines has
 * already passed on the day it is dated.
 */
export function issueDateWarnings(check: IssueDateCheck): string[] {
  const { date } = check;
  if (!isIsoDate(date)) return [];
  const warnings: string[] = [];
  const latest = check.latestInSequence;
  if (latest !== null && isIsoDate(latest.issuedOn) && date < latest.issuedOn) {
    warnings.push(
      `成文日期${formatChineseDate(date)}早于本序列上一个文号${latest.number}的日期` +
        `（${formatChineseDate(latest.issuedOn)}），编号在后的文件日期却在前。`,
    );
  }
  const meetings = new Map(check.meetings.map((meeting) => [`${meeting.name}|${meeting.date}`, meeting]));
  for (const meeting of meetings.values()) {
    if (isIsoDate(meeting.date) && date < meeting.date) {
      warnings.push(
        `成文日期${formatChineseDate(date)}早于所报告的${meeting.name}（${formatChineseDate(meeting.date)}召开）。`,
      );
    }
  }
  const passed: string[] = [];
  for (const { unit, planDue, reportDue } of check.deadlines) {
    const late = [
      planDue !== null && isIsoDate(planDue) && planDue < date
        ? `整改方案期限${formatChineseDate(planDue)}`
        : null,
      reportDue !== null && isIsoDate(reportDue) && reportDue < date
        ? `整改报告期限${formatChineseDate(reportDue)}`
        : null,
    ].filter((text) => text !== null);
    if (late.length > 0) passed.push(`${unit}的${late.join('、')}`);
  }
  if (passed.length > 0) {
    warnings.push(`文件印发时期限已过：${passed.join('；')}，单位收到文件时已无法按期办理。`);
  }
  return warnings;
}
