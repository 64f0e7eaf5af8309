// Shared fixtures for the inquiry tests (not shipped code paths; imported by *.test.ts only).
import { DEFAULT_TIMER_MINUTES } from '../settings/settings';
import { defaultAgenda } from '../inquiry/agenda';
import { toEvent, nextSeq, type ConsoleAction, type ConsoleEvent } from '../inquiry/consoleEvents';
import { phaseAction } from '../inquiry/consoleRules';
import { foldConsole, type ConsoleState } from '../inquiry/consoleState';
import { newQuestion, type Question, type QuestionInput, type TimerPhase } from '../inquiry/question';

export const MINUTES = DEFAULT_TIMER_MINUTES;
/** 2026-12-06 09:00 in Beijing */
export const T0 = Date.UTC(2026, 11, 6, 1, 0, 0);

export function question(id: string, order: number, fields: Partial<QuestionInput> = {}): Question {
  return newQuestion(id, order, MINUTES, {
    askerId: `asker-${id}`,
    unitIds: ['unit-ziran'],
    respondentName: '李局长',
    respondentTitle: '县自然资源局局长',
    text: `问题${order}`,
    ...fields,
  });
}

export const QUESTIONS: Question[] = [
  question('q1', 1, { askerId: 'zhang', unitIds: ['unit-ziran'] }),
  question('q2', 2, { askerId: 'wang', unitIds: ['unit-shengtai', 'unit-ziran'] }),
  question('q3', 3, { askerId: 'zhang', unitIds: ['unit-yingji'] }),
];

let agendaCounter = 0;
export const AGENDA = defaultAgenda(() => `a${++agendaCounter}`, MINUTES);

/** Builds an event log the way the console writes it: next seq, the clock of the moment. */
export function scenario(questions: readonly Question[] = QUESTIONS) {
  const events: ConsoleEvent[] = [];
  let clock = T0;
  const api = {
    events,
    now: () => clock,
    state: (): ConsoleState => foldConsole(questions, AGENDA, events),
    /** advances the wall clock */
    wait(seconds: number) {
      clock += seconds * 1000;
      return api;
    },
    /** sets the wall clock (it may jump back) */
    setClock(ms: number) {
      clock = ms;
      return api;
    },
    act(action: ConsoleAction) {
      events.push(toEvent(action, nextSeq(events), clock));
      return api;
    },
    take(questionId: string) {
      return api.act({ type: 'questionTaken', questionId });
    },
    phase(phase: TimerPhase) {
      return api.act(phaseAction(api.state(), phase, MINUTES));
    },
    finish() {
      return api.act({ type: 'questionFinished', questionId: api.state().currentQuestionId ?? '' });
    },
    undo() {
      return api.act({ type: 'undo', targetSeq: api.state().undoTarget?.seq ?? -1 });
    },
  };
  return api;
}
