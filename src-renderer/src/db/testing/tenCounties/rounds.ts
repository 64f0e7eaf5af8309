// The ten counties' evaluations: each county evaluated its 16 units in four years, one published round each
// (40 rounds × 500 paper ballots = 20,000 ballots in three rater groups), counted and fingerprinted by the
// domain's own tally and fingerprint, so a restore's check passes.
import type { Person } from '../../../domain/directory/person';
import type { Unit } from '../../../domain/directory/unit';
import { DEFAULT_TIMER_MINUTES } from '../../../domain/settings/settings';
import { instantAt } from '../../../domain/time';
import type { TierBallot } from '../../../domain/votes/ballots';
import { countsText } from '../../../domain/votes/countsText';
import { fingerprint, FINGERPRINT_VERSION } from '../../../domain/votes/fingerprint';
import { tallyInputOf } from '../../../domain/votes/lifecycle';
import type { GroupCounts } from '../../../domain/votes/round';
import { defaultRoundTitle, defaultRulesFor } from '../../../domain/votes/roundDefaults';
import type { VoteRound } from '../../../domain/votes/roundRecord';
import { tally } from '../../../domain/votes/tally';
import type { TierId } from '../../../domain/votes/tiers';
import type { ActivityRecord, BallotRecord, RoundLogRecord } from '../../database';
import { COUNTIES } from './directory';
import type { Seeded } from './random';

export const YEARS = [2023, 2024, 2025, 2026] as const;
/** Returned ballots per group in every round: 500 in all. */
export const ROUND_COUNTS: Readonly<Record<string, GroupCounts>> = {
  members: { entitled: 35, present: 32, issued: 32, returned: 30 },
  deputies: { entitled: 300, present: 285, issued: 285, returned: 280 },
  clients: { entitled: 200, present: 192, issued: 192, returned: 190 },
};

export interface EvaluationRecords {
  activities: ActivityRecord[];
  voteRounds: VoteRound[];
  ballots: BallotRecord[];
  roundLog: RoundLogRecord[];
}

/**
 * Ballots for one round: each unit has its own chance of 满意 / 基本满意; 2 % of the boxes are left blank and
 * 0.5 % are ticked twice (无效), as on real paper.
 */
export function roundBallots(s: Seeded, subjectIds: readonly string[], counts = ROUND_COUNTS): TierBallot[] {
  const profile = subjectIds.map(() => {
    const satisfied = 0.4 + s.random() * 0.55;
    return { satisfied, basic: (1 - satisfied) * 0.7 };
  });
  const ballots: TierBallot[] = [];
  for (const [groupId, c] of Object.entries(counts)) {
    for (let n = 0; n < c.returned; n += 1) {
      const marks: Record<string, TierId[]> = {};
      subjectIds.forEach((subjectId, k) => {
        const p = profile[k] ?? { satisfied: 1, basic: 0 };
        const r = s.random();
        const tier: TierId =
          r < p.satisfied ? 'satisfied' : r < p.satisfied + p.basic ? 'basic' : 'unsatisfied';
        const odd = s.random();
        marks[subjectId] = odd < 0.02 ? [] : odd < 0.025 ? ['satisfied', 'basic'] : [tier];
      });
      ballots.push({ form: 'tiers', id: s.id(), groupId, wholeVoid: false, marks });
    }
  }
  return ballots;
}

export async function tenCountyEvaluations(
  s: Seeded,
  units: readonly Unit[],
  people: readonly Person[],
): Promise<EvaluationRecords> {
  const records: EvaluationRecords = { activities: [], voteRounds: [], ballots: [], roundLog: [] };
  const raters = people.filter((p) => p.groups.length > 0).map((p) => p.id);
  const chairId = people[0]?.id ?? null;
  for (const [c, county] of COUNTIES.entries()) {
    const countyUnits = units.slice(c * 16, c * 16 + 16);
    for (const year of YEARS) {
      const date = `${year}-06-${String(10 + c).padStart(2, '0')}`;
      const at = (hours: number, minutes = 0) => instantAt(date, hours, minutes);
      const title = `${county}优化营商环境工作评议（${year}年）`;
      const activity: ActivityRecord = {
        id: s.id(),
        kind: 'evaluation',
        title,
        date,
        venue: `${county}人大常委会会议室`,
        chairId,
        units: countyUnits.map((u) => ({
          unitId: u.id,
          respondentName: u.headName,
          respondentTitle: u.headTitle,
        })),
        participantIds: raters,
        timerMinutes: { ...DEFAULT_TIMER_MINUTES },
        status: 'finished',
        archived: false,
        createdAt: at(8),
        updatedAt: at(12),
        unitIds: countyUnits.map((u) => u.id),
        personIds: chairId === null ? raters : [...raters, chairId],
      };
      const subjects = countyUnits.map((u) => ({ id: s.id(), name: u.shortName, refId: u.id }));
      const rules = defaultRulesFor('evaluation');
      const counts = structuredClone(ROUND_COUNTS) as VoteRound['counts'];
      const ballots = roundBallots(
        s,
        subjects.map((x) => x.id),
      );
      const evidence = tallyInputOf({ rules, subjects, counts }, ballots, []);
      const result = tally(evidence);
      if (result.status !== 'counted') throw new Error(`round does not count: ${result.problems.join('; ')}`);
      const print = await fingerprint(evidence);
      const round: VoteRound = {
        id: s.id(),
        activityId: activity.id,
        title: defaultRoundTitle(title, 'tiers'),
        subjectKind: 'unit',
        subjects,
        rules,
        counts,
        entryModes: {},
        stage: 'published',
        published: {
          result,
          fingerprint: print,
          fingerprintVersion: FINGERPRINT_VERSION,
          publishedAt: at(11, 40),
        },
        showOnProjector: false,
        createdAt: at(9),
      };
      const paperNo = new Map<string, number>();
      for (const ballot of ballots) {
        const next = (paperNo.get(ballot.groupId) ?? 0) + 1;
        paperNo.set(ballot.groupId, next);
        records.ballots.push({ ...ballot, roundId: round.id, paperNo: next });
      }
      const entries: [RoundLogRecord['action'], number, string][] = [
        ['created', round.createdAt, `新建测评“${round.title}”`],
        ['opened', at(10, 5), `开始测评：${countsText(rules, counts, false)}`],
        ['closed', at(11, 30), `收回并结束：${countsText(rules, counts, true)}`],
        ['published', at(11, 40), `公布结果，校验码 ${print}`],
      ];
      entries.forEach(([action, when, summary], i) =>
        records.roundLog.push({
          roundId: round.id,
          seq: i + 1,
          action,
          at: when,
          summary,
          reason: '',
          details: {},
        }),
      );
      records.activities.push(activity);
      records.voteRounds.push(round);
    }
  }
  return records;
}
