// A project vote round as the app keeps it (domain.md §6): the candidates on its ballot, its rules, the round
// counts, how the ballots come in, its stage and, once published, the frozen decision with its fingerprint. The
// stages and entry modes are the ballot rounds' (votes/roundRecord.ts); a runoff is a round of its own.
import type { Instant } from '../time';
import { MAX_TEXT_LENGTH } from '../validation';
import type { EntryMode, RoundStage } from '../votes/roundRecord';
import type { GroupCounts } from '../votes/round';
import type { Denominator } from '../votes/rules';
import type { ProjectDecision } from './projectDecision';
import type { ProjectRoundRules } from './projectRules';
import type { ProjectCounts } from './projectTally';

/** The settings of a 民生实事项目票决 activity, chosen in its form and copied into its first round. */
export interface ProjectVoteSettings {
  /** The year the projects are for (2027年民生实事项目). */
  year: number;
  /** N: places to fill, at most this many marks on a ballot. */
  places: number;
  /** A candidate passes with more than half of this number. */
  denominator: Denominator;
  /** The meeting that votes (宜丰县第十八届人民代表大会第二次会议), printed on the ballot and the 公告; '' if not set. */
  meetingName: string;
}

export interface PublishedProjectResult {
  decision: ProjectDecision;
  /** SHA-256 of the canonical evidence (projectFingerprint.ts). */
  fingerprint: string;
  publishedAt: Instant;
}

export interface ProjectRound {
  id: string;
  activityId: string;
  /** 1 for the first vote, 2 for the first 再次票决 ... */
  number: number;
  /** e.g. 2027年民生实事项目票决 / 再次票决 */
  title: string;
  /** The candidates on this round's ballot, in ballot order. */
  candidateIds: string[];
  rules: ProjectRoundRules;
  /** 应到 / 实到 / 发出 / 收回; null until the round is opened. */
  counts: GroupCounts | null;
  entryMode: EntryMode;
  /**
   * 双人复核: every paper ballot is typed twice and the round cannot be closed until both readings agree
   * (projectDoubleEntry.ts). Missing: off.
   */
  doubleEntry?: boolean;
  /** Counted by hand (entryMode 'totals'); null until saved. */
  totals: ProjectCounts | null;
  stage: RoundStage;
  published: PublishedProjectResult | null;
  createdAt: Instant;
}

/** One paper ballot as entered: 第 N 张, the candidates marked 同意, or void as a whole. No time, no voter. */
export interface ProjectBallotEntry {
  id: string;
  roundId: string;
  paperNo: number;
  marks: string[];
  void: boolean;
}

export const MIN_PROJECT_YEAR = 2000;
export const MAX_PROJECT_YEAR = 2100;

export function validateProjectVoteSettings(
  settings: ProjectVoteSettings,
): Partial<Record<'year' | 'places' | 'meetingName', string>> {
  const errors: Partial<Record<'year' | 'places' | 'meetingName', string>> = {};
  if (settings.meetingName.length > MAX_TEXT_LENGTH)
    errors.meetingName = `会议名称不能超过 ${MAX_TEXT_LENGTH} 个字`;
  if (
    !Number.isSafeInteger(settings.year) ||
    settings.year < MIN_PROJECT_YEAR ||
    settings.year > MAX_PROJECT_YEAR
  ) {
    errors.year = '请填写项目年度，例如 2027';
  }
  if (!Number.isSafeInteger(settings.places) || settings.places < 1) {
    errors.places = '限选项数应为正整数，例如 10';
  } else if (settings.places > 100) errors.places = '限选项数不能超过 100';
  return errors;
}
