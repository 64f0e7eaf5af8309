// Builders shared by the votes repository tests (not used by the app).

import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import { defaultRulesFor } from '../../domain/votes/roundDefaults';
import type { RoundInput } from '../../domain/votes/roundRecord';
import type { TierBallot } from '../../domain/votes/ballots';
import type { TierId } from '../../domain/votes/tiers';
import { freshDb } from './freshDb';
import type { XunpingDb } from '../database';
import { createActivity } from '../repositories/activities';

export const t0 = new Date('2026-11-29T08:00:00Z');

export async function dbWithActivity(): Promise<{ db: XunpingDb; activityId: string }> {
  const db = freshDb();
  const activity = await createActivity(
    db,
    {
      kind: 'inquiry',
      title: '促进绿色矿山建设',
      date: '2026-12-06',
      venue: '',
      chairId: null,
      units: [],
      participantIds: [],
      timerMinutes: DEFAULT_TIMER_MINUTES,
      status: 'planning',
    },
    t0.getTime(),
  );
  return { db, activityId: activity.id };
}

/** Two subjects, one group (常委会组成人员), the default rules. */
export function twoUnits(over: Partial<RoundInput> = {}): RoundInput {
  return {
    title: '满意度测评',
    subjectKind: 'unit',
    subjects: [
      { name: '县自然资源局', refId: 'u1' },
      { name: '县林业局', refId: 'u2' },
    ],
    rules: defaultRulesFor('inquiry'),
    ...over,
  };
}

let counter = 0;

export function paper(subjectIds: string[], marks: (TierId | null)[], groupId = 'members'): TierBallot {
  counter += 1;
  const entries = subjectIds.flatMap((id, i) => {
    const mark = marks[i] ?? null;
    return mark === null ? [] : [[id, [mark]] as const];
  });
  return { form: 'tiers', id: `b${counter}`, groupId, wholeVoid: false, marks: Object.fromEntries(entries) };
}
