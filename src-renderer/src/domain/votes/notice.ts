// What the 测评结果通报 of a round is, before any document is made: its date, its default 主送机关, and the
// entry it takes in the register of document numbers (shared with every numbered document of the prefix).
import type { Activity, ActivityKind } from '../activity/activity';
import type { DocumentFonts } from '../settings/settings';
import { toCalendarDate, type CalendarDate } from '../time';
import type { VoteRound } from './roundRecord';

/** The local calendar date a round was published, or null when it is not published. */
export function publishedDate(round: Pick<VoteRound, 'published'>): CalendarDate | null {
  return round.published ? toCalendarDate(round.published.publishedAt) : null;
}

/** A vote on a single rectification report (整改复测): its notice reads as a short result. */
export function isReportRevote(round: Pick<VoteRound, 'subjectKind' | 'subjects'>): boolean {
  return round.subjectKind === 'report' && round.subjects.length === 1;
}

/** 县住房和城乡建设局整改情况报告 → 县住房和城乡建设局 (the unit a report is from). */
export function reportUnit(reportName: string): string {
  return reportName.replace(/整改情况报告$/, '') || '有关单位';
}

/** The default 主送机关 of the notice: the subjects' side of the activity (the unit itself for a 整改复测). */
export function defaultAddressee(ctx: {
  activity: Pick<Activity, 'kind'>;
  round: Pick<VoteRound, 'subjectKind' | 'subjects'>;
}): string {
  const [only] = ctx.round.subjects;
  if (isReportRevote(ctx.round) && only) return reportUnit(only.name);
  if (ctx.round.subjectKind === 'report') return '各有关单位';
  return ctx.activity.kind === 'evaluation' ? '各被评议单位' : '各应询单位';
}

/** The notice's entry in the number register: its prefix, the year it was published, and its document id. */
export interface NoticeNumberRequest {
  prefix: string;
  year: number;
  documentId: string;
}

/**
 * The register entry the notice of a round takes under `prefix`, or null while it cannot be numbered (no prefix
 * set, or the round not published): the first export takes the next number of the year, later ones the same.
 */
export function noticeNumberRequest(
  round: Pick<VoteRound, 'id' | 'published'>,
  prefix: string,
): NoticeNumberRequest | null {
  const year = Number((publishedDate(round) ?? '').slice(0, 4));
  if (!prefix || !year) return null;
  return { prefix, year, documentId: `round:${round.id}:results-notice` };
}

/**
 * What a numbered results notice prints besides the round (whose ballots and result are frozen at 公布): stored with
 * its number at the export that takes it (or, for a number taken before this was kept, at its next export), so the
 * same number always prints the same notice, whatever the 主送机关 typed or the settings and activity since.
 */
export interface NoticeSnapshot {
  addressee: string;
  orgName: string;
  fonts: DocumentFonts;
  activity: { kind: ActivityKind; title: string; date: string };
  rectification?: { planDays: number; reportMonths: number };
}

/**
 * The rectification items a report vote (整改复测) is on: its subjects that refer to an item, with the unit each
 * report is from — what the round page links back to (整改事项：县住建局). Empty for any other round.
 */
export function reportRoundItems(
  round: Pick<VoteRound, 'subjectKind' | 'subjects'>,
): { itemId: string; unit: string }[] {
  if (round.subjectKind !== 'report') return [];
  return round.subjects.flatMap((subject) =>
    subject.refId === null ? [] : [{ itemId: subject.refId, unit: reportUnit(subject.name) }],
  );
}
