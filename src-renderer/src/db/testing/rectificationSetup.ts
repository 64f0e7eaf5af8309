// Builders shared by the rectification repository tests (not used by the app).

import { emptyDraft, type ItemDraft } from '../../domain/rectification';
import { DEFAULT_SETTINGS, DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import { defaultRulesFor } from '../../domain/votes/roundDefaults';
import type { TierBallot } from '../../domain/votes/ballots';
import type { TierId } from '../../domain/votes/tiers';
import type { XunpingDb } from '../database';
import { freshDb } from './freshDb';
import { createActivity } from '../repositories/activities';
import { saveSettings } from '../repositories/settings';
import { unitsRepository } from '../repositories/units';
import { addBallot, closeRound, createRound, openRound, publishRound } from '../repositories/votes';

/** 2026-03-10 09:00 local */
export const NOW = new Date(2026, 2, 10, 9, 0);
export const TODAY = '2026-03-10';

export const UNIT_NAMES = ['县住房和城乡建设局', '县自然资源局', '县供电公司', '县税务局'];

export interface Setup {
  db: XunpingDb;
  activityId: string;
  unitIds: string[];
}

/** A database with the settings filled, four units and an evaluation of them. */
export async function setup(options: { settings?: boolean } = {}): Promise<Setup> {
  const db = freshDb();
  if (options.settings !== false) {
    await saveSettings(db, {
      ...DEFAULT_SETTINGS,
      orgName: '宜丰县人民代表大会常务委员会',
      noticePrefix: '宜人常发',
      letterPrefix: '宜人常函',
    });
  }
  const unitIds: string[] = [];
  for (const name of UNIT_NAMES) {
    const unit = await unitsRepository.add(db, {
      fullName: name.replace(/^县/, '宜丰县'),
      shortName: name,
      kind: '政府工作部门',
      headName: '',
      headTitle: '',
      supervisorName: '孙建华',
      supervisorTitle: '县人民政府副县长',
    });
    unitIds.push(unit.id);
  }
  const activity = await createActivity(
    db,
    {
      kind: 'evaluation',
      title: '优化营商环境',
      date: '2026-03-02',
      venue: '',
      chairId: null,
      units: unitIds.map((unitId) => ({ unitId, respondentName: '', respondentTitle: '' })),
      participantIds: [],
      timerMinutes: DEFAULT_TIMER_MINUTES,
      status: 'running',
    },
    NOW.getTime(),
  );
  return { db, activityId: activity.id, unitIds };
}

export function draftFor(s: Setup, unitIndex: number, fields: Partial<ItemDraft> = {}): ItemDraft {
  return {
    ...emptyDraft(s.activityId),
    unitId: s.unitIds[unitIndex] ?? '',
    problems: [`${UNIT_NAMES[unitIndex] ?? ''}审批时限长，企业反映强烈`],
    requirements: '压缩审批时限，建立限时办结制度',
    ...fields,
  };
}

function ballot(id: string, groupId: string, marks: Record<string, TierId>): TierBallot {
  return {
    form: 'tiers',
    id,
    groupId,
    wholeVoid: false,
    marks: Object.fromEntries(Object.entries(marks).map(([subject, tier]) => [subject, [tier]])),
  };
}

let ballotCounter = 0;

/**
 * Opens, fills, closes and publishes a round: `marks[i]` is ballot i, one tier per subject in subject order.
 * 应到 is `entitled` (default: the number of ballots).
 */
export async function voteAndPublish(
  db: XunpingDb,
  roundId: string,
  marks: TierId[][],
  entitled = marks.length,
): Promise<void> {
  const round = await db.voteRounds.get(roundId);
  if (!round) throw new Error('no round');
  const counts = Object.fromEntries(
    round.rules.groups.map((g) => [g.id, { entitled, present: marks.length, issued: marks.length }]),
  );
  await openRound(db, roundId, counts, NOW.getTime());
  const groupId = round.rules.groups[0]?.id ?? 'members';
  for (const row of marks) {
    ballotCounter += 1;
    const byId = Object.fromEntries(round.subjects.map((s, i) => [s.id, row[i] ?? 'satisfied']));
    await addBallot(db, roundId, ballot(`b${ballotCounter}`, groupId, byId));
  }
  await closeRound(db, roundId, { [groupId]: marks.length }, NOW.getTime());
  await publishRound(db, roundId, NOW.getTime());
}

/** A published evaluation round of the four units with one group: units 3 and 4 rank last (bottomN 2). */
export async function publishedEvaluation(s: Setup): Promise<string> {
  const rules = { ...defaultRulesFor('inquiry'), bottomN: 2 };
  const round = await createRound(
    s.db,
    s.activityId,
    {
      title: '优化营商环境工作评议满意度测评',
      subjectKind: 'unit',
      subjects: UNIT_NAMES.map((name, i) => ({ name, refId: s.unitIds[i] ?? null })),
      rules,
    },
    NOW.getTime(),
  );
  const marks: TierId[][] = Array.from({ length: 10 }, (_, i) => [
    'satisfied',
    i < 8 ? 'satisfied' : 'basic',
    i < 5 ? 'satisfied' : 'unsatisfied',
    i < 3 ? 'basic' : 'unsatisfied',
  ]);
  await voteAndPublish(s.db, round.id, marks);
  return round.id;
}
