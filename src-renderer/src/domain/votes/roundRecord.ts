// A ballot round as the app keeps it: what is voted on, the rules, the counts, the stage of its life cycle
// and, once published, the frozen result. Pure data; the db stores it as is.

import type { Instant } from '../time';
import type { Subject } from './ballots';
import type { FingerprintVersion } from './fingerprint';
import type { RoundResult } from './result';
import type { GroupCounts } from './round';
import type { RoundRules } from './rules';

/** draft (设置中) → open (测评中) → closed (已结束) → published (已公布); reopening is an explicit, logged action. */
export type RoundStage = 'draft' | 'open' | 'closed' | 'published';

export const ROUND_STAGE_LABELS: Record<RoundStage, string> = {
  draft: '设置中',
  open: '测评中',
  closed: '已结束',
  published: '已公布',
};

/**
 * What the subjects are: units (被评议单位 / 应询单位), answers at an inquiry, rectification reports, or the chosen
 * 民生实事项目 whose completion the deputies rate (人大评).
 */
export type SubjectKind = 'unit' | 'answer' | 'report' | 'project';

export const SUBJECT_KIND_LABELS: Record<SubjectKind, string> = {
  unit: '单位',
  answer: '回答',
  report: '整改情况报告',
  project: '民生实事项目',
};

/** A subject of a round. `refId`: the unit, question or rectification item it stands for (null: typed in). */
export interface RoundSubject extends Subject {
  refId: string | null;
}

/** How a group's votes come in: paper ballots one by one, or totals counted by hand. */
export type EntryMode = 'ballots' | 'totals';

export const ENTRY_MODE_LABELS: Record<EntryMode, string> = {
  ballots: '逐张录入',
  totals: '录入汇总数',
};

/** The result as published: frozen, with the fingerprint of the evidence it was counted from. */
export interface PublishedResult {
  result: RoundResult;
  fingerprint: string;
  /** The format the fingerprint was computed with (fingerprint.ts); absent: v1, published before v2. */
  fingerprintVersion?: FingerprintVersion;
  publishedAt: Instant;
}

export interface VoteRound {
  id: string;
  activityId: string;
  /** e.g. 优化营商环境工作评议满意度测评 */
  title: string;
  subjectKind: SubjectKind;
  /** In the order printed on the ballot form, which is the entry order. */
  subjects: RoundSubject[];
  rules: RoundRules;
  /** Group id → 应到 / 实到 / 发出 / 收回; empty until the round is opened. */
  counts: Record<string, GroupCounts>;
  /** Group id → entry mode; a missing group enters ballots. */
  entryModes: Record<string, EntryMode>;
  stage: RoundStage;
  published: PublishedResult | null;
  /** Shown on the projector (大屏); only a published round can be. */
  showOnProjector: boolean;
  createdAt: Instant;
  /** 评分模式 while it is on (members vote on screen); null or missing when it is off. */
  scoring?: ScoringSession | null;
  /** Group id → the people signed in (签到) for scoring mode: who may vote on screen; 实到 is their number. */
  presence?: Record<string, string[]>;
  /**
   * 双人复核: every paper ballot is typed a second time, by paper number, and the round closes only when the two
   * readings agree (domain/votes/doubleEntry.ts). Missing: off.
   */
  doubleEntry?: boolean;
}

/** Scoring mode in progress: the group voting on screen, and the SHA-256 of the PIN that ends it. */
export interface ScoringSession {
  groupId: string;
  pinHash: string;
}

/** What a caller gives to create or edit a round; the repository gives new subjects their ids. */
export interface RoundInput {
  title: string;
  subjectKind: SubjectKind;
  subjects: { id?: string; name: string; refId: string | null }[];
  rules: RoundRules;
  /** 双人复核; missing: off. */
  doubleEntry?: boolean;
}

export function entryModeOf(round: Pick<VoteRound, 'entryModes'>, groupId: string): EntryMode {
  return round.entryModes[groupId] ?? 'ballots';
}
