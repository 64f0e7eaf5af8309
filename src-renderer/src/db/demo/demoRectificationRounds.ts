// The demo's votes on rectification reports: one published (satisfied, so its item is 办结) and one in draft (its
// item is 测评中, waiting for the meeting). Counting and hashing happen before the loader's transaction.

import { addDays, instantAt, type Instant } from '../../domain/time';
import type { TierBallot } from '../../domain/votes/ballots';
import { countsText } from '../../domain/votes/countsText';
import { fingerprint, FINGERPRINT_VERSION } from '../../domain/votes/fingerprint';
import { tallyInputOf } from '../../domain/votes/lifecycle';
import type { RoundLogEntry } from '../../domain/votes/roundLog';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { tally } from '../../domain/votes/tally';
import type { TierId } from '../../domain/votes/tiers';
import type { BallotRecord, RoundLogRecord } from '../database';
import { reportRoundInput, reportRoundRules } from '../../domain/rectification';
import type { RectificationItem } from '../../domain/rectification';

/** 常委会组成人员 at the meeting that heard the report: 28 entitled, 24 present; 17 满意, 6 基本满意, 1 不满意. */
const COUNTS = { members: { entitled: 28, present: 24, issued: 24, returned: 24 } };
const MARKS: TierId[] = [
  ...Array<TierId>(17).fill('satisfied'),
  ...Array<TierId>(6).fill('basic'),
  ...Array<TierId>(1).fill('unsatisfied'),
];

/** A local time on a day given in days from `today`. */
export function at(today: string, days: number, hours: number, minutes = 0): Instant {
  return instantAt(addDays(today, days), hours, minutes);
}

export interface ReportRoundPlan {
  roundId: string;
  subjectId: string;
  itemId: string;
  ballots: TierBallot[];
  /** The counted result and its fingerprint, for the published round. */
  published: Omit<NonNullable<VoteRound['published']>, 'publishedAt'>;
}

/** Counts the satisfied vote on the closed item's report, before the transaction. */
export async function planPublishedReportRound(
  newId: () => string,
  itemId: string,
): Promise<ReportRoundPlan> {
  const roundId = newId();
  const subjectId = newId();
  const rules = reportRoundRules();
  const ballots = MARKS.map((mark): TierBallot => ({
    form: 'tiers',
    id: newId(),
    groupId: 'members',
    wholeVoid: false,
    marks: { [subjectId]: [mark] },
  }));
  const evidence = tallyInputOf(
    { rules, subjects: [{ id: subjectId, name: '' }], counts: COUNTS },
    ballots,
    [],
  );
  const result = tally(evidence);
  if (result.status !== 'counted') throw new Error(`demo report round: ${result.problems.join('; ')}`);
  return {
    roundId,
    subjectId,
    itemId,
    ballots,
    published: { result, fingerprint: await fingerprint(evidence), fingerprintVersion: FINGERPRINT_VERSION },
  };
}

export interface ReportRoundRecords {
  round: VoteRound;
  ballots: BallotRecord[];
  log: RoundLogRecord[];
}

function logOf(
  roundId: string,
  entries: Omit<RoundLogEntry, 'seq' | 'reason' | 'details'>[],
): RoundLogRecord[] {
  return entries.map((entry, i) => ({ ...entry, roundId, seq: i + 1, reason: '', details: {} }));
}

/** The published round on `item`'s report, voted `days` from today. */
export function publishedReportRound(
  plan: ReportRoundPlan,
  item: RectificationItem,
  activityId: string,
  unitName: string,
  today: string,
  days: number,
): ReportRoundRecords {
  const input = reportRoundInput(item, unitName);
  const publishedAt = at(today, days, 10, 40);
  const round: VoteRound = {
    id: plan.roundId,
    activityId,
    title: input.title,
    subjectKind: 'report',
    subjects: [{ id: plan.subjectId, name: input.subjects[0]?.name ?? '', refId: item.id }],
    rules: input.rules,
    counts: structuredClone(COUNTS),
    entryModes: {},
    stage: 'published',
    published: { ...plan.published, publishedAt },
    showOnProjector: false,
    createdAt: at(today, days, 9, 0),
  };
  const summary = (returned: boolean) => countsText(round.rules, round.counts, returned);
  return {
    round,
    ballots: plan.ballots.map((ballot, i) => ({ ...ballot, roundId: round.id, paperNo: i + 1 })),
    log: logOf(round.id, [
      { action: 'created', at: round.createdAt, summary: `新建测评“${round.title}”` },
      { action: 'opened', at: at(today, days, 10, 5), summary: `开始测评：${summary(false)}` },
      { action: 'closed', at: at(today, days, 10, 30), summary: `收回并结束：${summary(true)}` },
      { action: 'published', at: publishedAt, summary: `公布结果，校验码 ${plan.published.fingerprint}` },
    ]),
  };
}

/** A round in draft on `item`'s report, created `days` from today, ready to be opened at the meeting. */
export function draftReportRound(
  roundId: string,
  subjectId: string,
  item: RectificationItem,
  activityId: string,
  unitName: string,
  today: string,
  days: number,
): ReportRoundRecords {
  const input = reportRoundInput(item, unitName);
  const round: VoteRound = {
    id: roundId,
    activityId,
    title: input.title,
    subjectKind: 'report',
    subjects: [{ id: subjectId, name: input.subjects[0]?.name ?? '', refId: item.id }],
    rules: input.rules,
    counts: {},
    entryModes: {},
    stage: 'draft',
    published: null,
    showOnProjector: false,
    createdAt: at(today, days, 15, 0),
  };
  return {
    round,
    ballots: [],
    log: logOf(roundId, [{ action: 'created', at: round.createdAt, summary: `新建测评“${round.title}”` }]),
  };
}
