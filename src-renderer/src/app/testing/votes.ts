// Builders for the unit tests of the votes commands: services with an activity, a round in each stage.
import { createActivity } from '../../db/repositories/activities';
import { peopleRepository } from '../../db/repositories/people';
import { DEFAULT_SETTINGS, DEFAULT_TIMER_MINUTES, type Settings } from '../../domain/settings/settings';
import type { TierBallot } from '../../domain/votes/ballots';
import { defaultRulesFor } from '../../domain/votes/roundDefaults';
import type { RoundInput, VoteRound } from '../../domain/votes/roundRecord';
import type { TierId } from '../../domain/votes/tiers';
import { addBallot } from '../commands/votesEntry';
import { closeRound, openRound, publishRound } from '../commands/votesLifecycle';
import { saveRound } from '../commands/votesRounds';
import { testServices, type TestServices } from './services';

/** Two units, one group (常委会组成人员: the default rules of an inquiry round). */
export function twoUnits(over: Partial<RoundInput> = {}): RoundInput {
  return {
    title: '优化营商环境工作评议满意度测评',
    subjectKind: 'unit',
    subjects: [
      { name: '县自然资源局', refId: 'u1' },
      { name: '县林业局', refId: 'u2' },
    ],
    rules: defaultRulesFor('inquiry'),
    ...over,
  };
}

/** Services at 2026-11-29 09:00 (+08:00) with an evaluation whose participants are the people named. */
export async function withActivity(
  names: string[] = [],
): Promise<{ s: TestServices; activityId: string; personIds: string[] }> {
  const s = testServices('2026-11-29T09:00:00+08:00');
  const personIds: string[] = [];
  for (const name of names) {
    const input = {
      name,
      title: '',
      category: '常委会组成人员' as const,
      groups: ['常委会组成人员'],
      phone: '',
    };
    personIds.push((await peopleRepository.add(s.db, input)).id);
  }
  const activity = await createActivity(
    s.db,
    {
      kind: 'evaluation',
      title: '优化营商环境工作评议',
      date: '2026-11-29',
      venue: '',
      chairId: null,
      units: [],
      participantIds: personIds,
      timerMinutes: DEFAULT_TIMER_MINUTES,
      status: 'planning',
    },
    s.clock.now(),
  );
  return { s, activityId: activity.id, personIds };
}

/** Stores settings as they are (a half-filled 设置 page included), without the 设置 page's checks. */
export async function withSettings(s: TestServices, over: Partial<Settings>): Promise<void> {
  await s.db.settings.put({ ...DEFAULT_SETTINGS, ...over, id: 'app' });
}

/** A ballot of the round's subjects, in their order (null: left blank). */
export function marksOf(round: VoteRound, marks: (TierId | null)[]): Omit<TierBallot, 'id' | 'groupId'> {
  const entries = round.subjects.flatMap((subject, i) => {
    const mark = marks[i] ?? null;
    return mark === null ? [] : [[subject.id, [mark]] as const];
  });
  return { form: 'tiers', wholeVoid: false, marks: Object.fromEntries(entries) };
}

/** A round opened with 15 entitled, 13 present and 13 ballots issued to 常委会组成人员 (the people named take part). */
export async function openedRound(
  names: string[] = [],
): Promise<{ s: TestServices; round: VoteRound; personIds: string[] }> {
  const { s, activityId, personIds } = await withActivity(names);
  const draft = await saveRound(s, { activityId, roundId: null, input: twoUnits() });
  const round = await openRound(s, {
    roundId: draft.id,
    counts: { members: { entitled: 15, present: 13, issued: 13 } },
  });
  return { s, round, personIds };
}

/** An opened round with 13 ballots entered (all 满意, the last one 基本满意 for the second unit), closed. */
export async function closedRound(): Promise<{ s: TestServices; round: VoteRound }> {
  const { s, round } = await openedRound();
  for (let i = 0; i < 13; i++) {
    const ballot = marksOf(round, ['satisfied', i === 12 ? 'basic' : 'satisfied']);
    await addBallot(s, { roundId: round.id, groupId: 'members', ballot });
  }
  return { s, round: await closeRound(s, { roundId: round.id, returned: { members: 13 } }) };
}

export async function publishedRound(): Promise<{ s: TestServices; round: VoteRound }> {
  const { s, round } = await closedRound();
  return { s, round: await publishRound(s, { roundId: round.id }) };
}
