import { DomainError } from '../../domain/errors';
import type { Instant } from '../../domain/time';
import { addDays, toCalendarDate, yearOf } from '../../domain/time';
import type { Activity } from '../../domain/activity/activity';
import type { Person } from '../../domain/directory/person';
import type { Unit } from '../../domain/directory/unit';
import { newId, type ActivityRecord, type XunpingDb } from '../database';
import { loadSettings } from '../repositories/settings';
import { isEmpty } from '../status';
import { defaultAgenda } from '../../domain/inquiry/agenda';
import { defaultRespondent, newQuestion } from '../../domain/inquiry/question';
import type { AgendaItemRecord, QuestionRecord } from '../database';
import { DEMO_ACTIVITIES, DEMO_INQUIRY_KEY, DEMO_PEOPLE, DEMO_SETTINGS, DEMO_UNITS } from './demoData';
import { DEMO_QUESTIONS } from './demoQuestions';
import { prepareDemoProjects } from './demoProjects';
import { prepareDemoRectification } from './demoRectification';
import { prepareDemoRounds } from './demoRounds';

/** The demo loads only into an empty database, so it never mixes with real data. */
export class DemoNotEmptyError extends DomainError<'demo.notEmpty'> {
  constructor() {
    super('demo.notEmpty');
    this.name = 'DemoNotEmptyError';
  }
}

function idFor(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`demo data refers to an unknown key: ${key}`);
  return id;
}

/**
 * Loads the 宜丰县 demo into an empty database in one transaction. Dates are placed around `now`, so the
 * demo always looks current. The settings are filled only where the organisation is not set yet.
 */
export async function loadDemo(db: XunpingDb, now: Instant): Promise<void> {
  const today = toCalendarDate(now);
  const makeRounds = await prepareDemoRounds(newId, now);
  const rectification = await prepareDemoRectification(newId);
  const makeProjects = await prepareDemoProjects(newId, now);
  await db.transaction(
    'rw',
    [
      db.people,
      db.units,
      db.activities,
      db.settings,
      db.questions,
      db.agendaItems,
      db.voteRounds,
      db.ballots,
      db.roundLog,
      db.rectificationItems,
      db.documentNumbers,
      db.issuedDocuments,
      db.projectCandidates,
      db.projectRounds,
      db.projectBallots,
      db.projectItems,
    ],
    async () => {
      if (!(await isEmpty(db))) throw new DemoNotEmptyError();
      const ids = new Map<string, string>();

      const people: Person[] = DEMO_PEOPLE.map(({ key, ...person }) => {
        ids.set(key, newId());
        return { ...person, id: idFor(ids, key), archived: false };
      });
      const units: Unit[] = DEMO_UNITS.map(({ key, ...unit }) => {
        ids.set(key, newId());
        return { ...unit, id: idFor(ids, key), archived: false };
      });
      const activities: ActivityRecord[] = DEMO_ACTIVITIES.map((demo) => {
        const { key: _key, chairKey, units: demoUnits, participantKeys, daysFromToday, ...rest } = demo;
        const date = addDays(today, daysFromToday);
        const activity: Activity = {
          ...rest,
          ...(rest.project ? { project: { ...rest.project, year: yearOf(date) } } : {}),
          id: newId(),
          date,
          chairId: idFor(ids, chairKey),
          units: demoUnits.map(({ unitKey, ...respondent }) => ({
            unitId: idFor(ids, unitKey),
            ...respondent,
          })),
          participantIds: participantKeys.map((k) => idFor(ids, k)),
          archived: false,
          createdAt: now,
          updatedAt: now,
        };
        const personIds = [...new Set([...activity.participantIds, idFor(ids, chairKey)])];
        return { ...activity, unitIds: activity.units.map((u) => u.unitId), personIds };
      });

      // The inquiry arrives prepared: its question list and the usual agenda, ready for the console.
      const inquiryIndex = DEMO_ACTIVITIES.findIndex((a) => a.key === DEMO_INQUIRY_KEY);
      const inquiry = activities[inquiryIndex];
      if (!inquiry) throw new Error('demo data has no inquiry');
      const questions: QuestionRecord[] = DEMO_QUESTIONS.map((q, i) => {
        const unitIds = q.unitKeys.map((k) => idFor(ids, k));
        const question = newQuestion(newId(), i + 1, inquiry.timerMinutes, {
          askerId: idFor(ids, q.askerKey),
          unitIds,
          text: q.text,
          ...defaultRespondent(inquiry.units, unitIds),
        });
        return { ...question, activityId: inquiry.id };
      });
      const agenda: AgendaItemRecord[] = defaultAgenda(newId, inquiry.timerMinutes).map((item) => ({
        ...item,
        activityId: inquiry.id,
      }));

      await db.people.bulkAdd(people);
      await db.units.bulkAdd(units);
      await db.activities.bulkAdd(activities);
      await db.questions.bulkAdd(questions);
      await db.agendaItems.bulkAdd(agenda);
      // The evaluation's published round and the inquiry's per-unit round, ready to open.
      const rounds = makeRounds({
        activity: (key) =>
          idFor(new Map(DEMO_ACTIVITIES.map((a, i) => [a.key, activities[i]?.id ?? ''])), key),
        unit: (key) => idFor(ids, key),
      });
      await db.voteRounds.bulkAdd(rounds.voteRounds);
      await db.ballots.bulkAdd(rounds.ballots);
      await db.roundLog.bulkAdd(rounds.roundLog);
      if ((await loadSettings(db)).orgName === '') await db.settings.put({ ...DEMO_SETTINGS, id: 'app' });

      // Rectification of the evaluation's bottom units: notices issued, one item closed, one waiting for its
      // vote, one overdue (see demoRectification.ts).
      const evaluationRound = rounds.voteRounds.find((r) => r.stage === 'published');
      const evaluation = activities.find((a) => a.id === evaluationRound?.activityId);
      if (!evaluationRound || !evaluation) throw new Error('demo data has no published evaluation round');
      const made = rectification.make({
        today,
        activity: evaluation,
        round: evaluationRound,
        units,
        settings: await loadSettings(db),
      });
      await db.rectificationItems.bulkAdd(made.items);
      await db.documentNumbers.bulkAdd(made.numbers);
      await db.issuedDocuments.bulkAdd(made.documents);
      await db.voteRounds.bulkAdd(made.voteRounds);
      await db.ballots.bulkAdd(made.ballots);
      await db.roundLog.bulkAdd(made.roundLog);

      // The 民生实事项目票决: published, ten projects followed in different states (demoProjects.ts).
      const projects = makeProjects({
        activity: (key) =>
          idFor(new Map(DEMO_ACTIVITIES.map((a, i) => [a.key, activities[i]?.id ?? ''])), key),
        unit: (key) => idFor(ids, key),
      });
      await db.projectCandidates.bulkAdd(projects.candidates);
      await db.projectRounds.bulkAdd(projects.rounds);
      await db.projectBallots.bulkAdd(projects.ballots);
      await db.projectItems.bulkAdd(projects.items);
    },
  );
}
