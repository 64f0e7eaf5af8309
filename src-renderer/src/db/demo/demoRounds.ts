// The demo's ballot rounds: the business-environment evaluation's published round (three rater groups, paper
// ballots from a fixed seed, counted and fingerprinted) and the green-mine inquiry's per-unit round in draft.
// Counting and hashing happen before the loader's transaction (Web Crypto is not an IndexedDB operation);
// the records are made inside it, once the ids of the activities and units are known.

import type { Instant } from '../../domain/time';
import { addDays, instantAt, toCalendarDate } from '../../domain/time';
import { fingerprint, FINGERPRINT_VERSION } from '../../domain/votes/fingerprint';
import { tallyInputOf } from '../../domain/votes/lifecycle';
import { countsText } from '../../domain/votes/countsText';
import { defaultRoundTitle, defaultRulesFor } from '../../domain/votes/roundDefaults';
import type { RoundLogEntry } from '../../domain/votes/roundLog';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { tally } from '../../domain/votes/tally';
import type { BallotRecord, RoundLogRecord } from '../database';
import { DEMO_ACTIVITIES, DEMO_EVALUATION_KEY, DEMO_INQUIRY_KEY } from './demoActivities';
import { DEMO_GROUP_COUNTS, demoBallots } from './demoRoundsBallots';
import { DEMO_UNITS } from './demoUnits';

export interface DemoRoundRecords {
  voteRounds: VoteRound[];
  ballots: BallotRecord[];
  roundLog: RoundLogRecord[];
}

/** Turns demo keys into the ids the loader gave them. */
export interface DemoIds {
  activity: (key: string) => string;
  unit: (key: string) => string;
}

function unitKeysOf(activityKey: string): string[] {
  return DEMO_ACTIVITIES.find((a) => a.key === activityKey)?.units.map((u) => u.unitKey) ?? [];
}

function unitName(key: string): string {
  return DEMO_UNITS.find((u) => u.key === key)?.shortName ?? key;
}

/** A time on the evaluation's meeting day (30 days before the demo is loaded), hh:mm local. */
function onMeetingDay(now: Instant, hours: number, minutes: number): Instant {
  return instantAt(addDays(toCalendarDate(now), -30), hours, minutes);
}

/** Prepares the demo rounds; the returned function makes their records once the ids are known. */
export async function prepareDemoRounds(
  newId: () => string,
  now: Instant,
): Promise<(ids: DemoIds) => DemoRoundRecords> {
  const evaluationKeys = unitKeysOf(DEMO_EVALUATION_KEY);
  const subjects = evaluationKeys.map((unitKey) => ({ id: newId(), unitKey, name: unitName(unitKey) }));
  const ballots = demoBallots(subjects, newId);
  const rules = defaultRulesFor('evaluation');
  const counts = structuredClone(DEMO_GROUP_COUNTS) as VoteRound['counts'];
  const evidence = tallyInputOf({ rules, subjects, counts }, ballots, []);
  const result = tally(evidence);
  if (result.status !== 'counted')
    throw new Error(`demo round does not count: ${result.problems.join('; ')}`);
  const print = await fingerprint(evidence);
  const evaluationId = newId();
  const inquiryId = newId();
  const inquiryKeys = unitKeysOf(DEMO_INQUIRY_KEY);
  const inquirySubjectIds = inquiryKeys.map(() => newId());
  const publishedAt = onMeetingDay(now, 11, 40);

  return (ids) => {
    const evaluation: VoteRound = {
      id: evaluationId,
      activityId: ids.activity(DEMO_EVALUATION_KEY),
      title: defaultRoundTitle('优化营商环境工作评议', 'tiers'),
      subjectKind: 'unit',
      subjects: subjects.map((s) => ({ id: s.id, name: s.name, refId: ids.unit(s.unitKey) })),
      rules,
      counts,
      entryModes: {},
      stage: 'published',
      published: { result, fingerprint: print, fingerprintVersion: FINGERPRINT_VERSION, publishedAt },
      showOnProjector: false,
      createdAt: onMeetingDay(now, 9, 0),
    };
    const inquiry: VoteRound = {
      id: inquiryId,
      activityId: ids.activity(DEMO_INQUIRY_KEY),
      title: '促进绿色矿山建设专题询问应询单位满意度测评',
      subjectKind: 'unit',
      subjects: inquiryKeys.map((key, i) => ({
        id: inquirySubjectIds[i] ?? key,
        name: unitName(key),
        refId: ids.unit(key),
      })),
      rules: defaultRulesFor('inquiry'),
      counts: {},
      entryModes: {},
      stage: 'draft',
      published: null,
      showOnProjector: false,
      createdAt: now,
    };
    const paperNo = new Map<string, number>();
    const ballotRecords = ballots.map((ballot): BallotRecord => {
      const next = (paperNo.get(ballot.groupId) ?? 0) + 1;
      paperNo.set(ballot.groupId, next);
      return { ...ballot, roundId: evaluationId, paperNo: next };
    });
    const log = (roundId: string, entries: Omit<RoundLogEntry, 'seq' | 'reason' | 'details'>[]) =>
      entries.map((entry, i): RoundLogRecord => ({ ...entry, roundId, seq: i + 1, reason: '', details: {} }));
    return {
      voteRounds: [evaluation, inquiry],
      ballots: ballotRecords,
      roundLog: [
        ...log(evaluationId, [
          { action: 'created', at: evaluation.createdAt, summary: `新建测评“${evaluation.title}”` },
          {
            action: 'opened',
            at: onMeetingDay(now, 10, 5),
            summary: `开始测评：${countsText(rules, counts, false)}`,
          },
          {
            action: 'closed',
            at: onMeetingDay(now, 11, 30),
            summary: `收回并结束：${countsText(rules, counts, true)}`,
          },
          { action: 'published', at: publishedAt, summary: `公布结果，校验码 ${print}` },
        ]),
        ...log(inquiryId, [
          { action: 'created', at: inquiry.createdAt, summary: `新建测评“${inquiry.title}”` },
        ]),
      ],
    };
  };
}
