// The ten counties' long meeting: a 300-question 专题询问 in progress, with about 2,600 console actions already
// in its log (agenda items, each asked question's phases, pauses, the next question announced). The log follows
// the console's rules; the last ~20 questions are still waiting, so a bench can go on pressing keys.
import type { Person } from '../../../domain/directory/person';
import type { Unit } from '../../../domain/directory/unit';
import { defaultAgenda } from '../../../domain/inquiry/agenda';
import type { ConsoleAction } from '../../../domain/inquiry/consoleEvents';
import { defaultRespondent, newQuestion } from '../../../domain/inquiry/question';
import { DEFAULT_TIMER_MINUTES } from '../../../domain/settings/settings';
import { instantAt, type CalendarDate } from '../../../domain/time';
import type { ActivityRecord, AgendaItemRecord, ConsoleEventRecord, QuestionRecord } from '../../database';
import { DEMO_QUESTIONS } from '../../demo/demoQuestions';
import type { Seeded } from './random';

export const QUESTION_COUNT = 300;
/** The log stops once it holds this many events, at a question's end. */
export const CONSOLE_EVENTS_TARGET = 2_600;

export interface InquiryRecords {
  activity: ActivityRecord;
  questions: QuestionRecord[];
  agendaItems: AgendaItemRecord[];
  consoleEvents: ConsoleEventRecord[];
}

export function tenCountyInquiry(
  s: Seeded,
  units: readonly Unit[],
  people: readonly Person[],
  date: CalendarDate,
): InquiryRecords {
  const inquiryUnits = units.slice(0, 16);
  const askers = people
    .filter((p) => p.category === '常委会组成人员' || p.groups.includes('人大代表'))
    .slice(0, 60);
  const chairId = people[0]?.id ?? null;
  const minutes = { ...DEFAULT_TIMER_MINUTES };
  const activityUnits = inquiryUnits.map((u) => ({
    unitId: u.id,
    respondentName: u.headName,
    respondentTitle: u.headTitle,
  }));
  const activity: ActivityRecord = {
    id: s.id(),
    kind: 'inquiry',
    title: '十县区促进绿色矿山建设联动专题询问',
    date,
    venue: '市人大常委会第一会议室',
    chairId,
    units: activityUnits,
    participantIds: askers.map((p) => p.id),
    timerMinutes: minutes,
    status: 'running',
    agendaStart: '08:30',
    archived: false,
    createdAt: instantAt(date, 7),
    updatedAt: instantAt(date, 7),
    unitIds: inquiryUnits.map((u) => u.id),
    personIds: chairId === null ? askers.map((p) => p.id) : [...askers.map((p) => p.id), chairId],
  };
  const questions: QuestionRecord[] = Array.from({ length: QUESTION_COUNT }, (_, i) => {
    const unitIds = [s.pick(inquiryUnits).id];
    if (i % 7 === 3) unitIds.push(s.pick(inquiryUnits.filter((u) => u.id !== unitIds[0])).id);
    const question = newQuestion(s.id(), i + 1, minutes, {
      askerId: s.pick(askers).id,
      unitIds,
      text: DEMO_QUESTIONS[i % DEMO_QUESTIONS.length]?.text ?? '问题',
      ...defaultRespondent(activityUnits, unitIds),
    });
    return { ...question, activityId: activity.id };
  });
  const agendaItems = defaultAgenda(s.id, minutes).map((item) => ({ ...item, activityId: activity.id }));

  const consoleEvents: ConsoleEventRecord[] = [];
  let at = instantAt(date, 8, 30);
  const push = (action: ConsoleAction, seconds: number) => {
    consoleEvents.push({ ...action, seq: consoleEvents.length + 1, at, activityId: activity.id });
    at += seconds * 1000;
  };
  for (const item of agendaItems.filter((a) => a.kind !== 'vote' && a.kind !== 'statement').slice(0, 3)) {
    push({ type: 'agendaItemStarted', agendaItemId: item.id }, 60 * item.plannedMinutes);
  }
  const seconds = (m: number) => Math.round(m * 60);
  for (const [i, q] of questions.entries()) {
    if (consoleEvents.length >= CONSOLE_EVENTS_TARGET) break;
    push({ type: 'questionTaken', questionId: q.id }, 5);
    push({ type: 'phaseStarted', phase: 'ask', plannedSeconds: seconds(minutes.ask) }, 150);
    push({ type: 'phaseStarted', phase: 'answer', plannedSeconds: seconds(minutes.answer) }, 240);
    push({ type: 'paused' }, 20);
    push({ type: 'resumed' }, 30);
    push({ type: 'phaseStarted', phase: 'followUp', plannedSeconds: seconds(minutes.followUp) }, 90);
    push({ type: 'phaseStarted', phase: 'answer', plannedSeconds: seconds(minutes.answer) }, 200);
    if (i % 3 === 0) {
      push({ type: 'phaseStarted', phase: 'supplement', plannedSeconds: seconds(minutes.supplement) }, 100);
    }
    const next = questions[i + 1];
    if (next) push({ type: 'questionSelected', questionId: next.id }, 3);
    push({ type: 'questionFinished', questionId: q.id }, 10);
  }
  return { activity, questions, agendaItems, consoleEvents };
}
