// Builders for the unit tests of the project vote commands: services with a 民生实事项目票决, units and candidates.
import { createActivity } from '../../db/repositories/activities';
import { unitsRepository } from '../../db/repositories/units';
import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import type { ProjectRound } from '../../domain/projects/projectRound';
import {
  addProjectBallot,
  closeProjectRound,
  publishProjectRound,
  saveCandidate,
  startProjectRound,
} from '../commands/projects';
import { testServices, type TestServices } from './services';

/** Services at 2026-11-29 09:00 (+08:00) with a project vote of `places` places and `count` candidates. */
export async function withProjectVote(
  count = 12,
  places = 10,
): Promise<{ s: TestServices; activityId: string; unitId: string; candidateIds: string[] }> {
  const s = testServices('2026-11-29T09:00:00+08:00');
  const unit = await unitsRepository.add(s.db, {
    fullName: '宜丰县住房和城乡建设局',
    shortName: '县住建局',
    kind: '政府工作部门',
    headName: '',
    headTitle: '',
    supervisorName: '',
    supervisorTitle: '',
  });
  const activity = await createActivity(
    s.db,
    {
      kind: 'project',
      title: '2027年民生实事项目票决',
      date: '2026-11-29',
      venue: '',
      chairId: null,
      units: [],
      participantIds: [],
      timerMinutes: DEFAULT_TIMER_MINUTES,
      status: 'planning',
      project: { year: 2027, places, denominator: 'valid', meetingName: '' },
    },
    s.clock.now(),
  );
  const candidateIds: string[] = [];
  for (let i = 1; i <= count; i += 1) {
    const input = {
      name: `项目${i}`,
      unitId: unit.id,
      budgetWan: 100 * i,
      description: '',
      plannedCompletion: '2027-10-31',
    };
    candidateIds.push((await saveCandidate(s, { activityId: activity.id, id: null, input })).id);
  }
  return { s, activityId: activity.id, unitId: unit.id, candidateIds };
}

/**
 * Starts the activity's next vote (the first, or a 再次票决 set up) with one deputy present per ballot, enters
 * each ballot's marks (none void), closes and publishes it.
 */
export async function publishedVote(
  s: TestServices,
  activityId: string,
  ballots: readonly (readonly string[])[],
): Promise<ProjectRound> {
  const n = ballots.length;
  const round = await startProjectRound(s, { activityId, counts: { entitled: n, present: n, issued: n } });
  for (const marks of ballots)
    await addProjectBallot(s, { roundId: round.id, marks: [...marks], void: false });
  await closeProjectRound(s, { roundId: round.id, returned: n });
  return publishProjectRound(s, { roundId: round.id });
}
