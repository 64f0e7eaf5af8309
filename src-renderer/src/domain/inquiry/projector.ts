// What the projector (大屏) shows of the meeting: the line above the big timer. Pure, so the console's
// windows and the tests agree on it.
import type { ConsoleState } from './consoleState';
import type { Question } from './question';
import type { QuestionNames } from './questionNames';
import type { TimerReading } from './timer';

export type HeadlineNames = Pick<QuestionNames, 'asker' | 'units' | 'supervisors'>;

/**
 * Who answers now: during a 补充回答 the 分管领导 of the question's units (the 副县长, never the 局长 who gave
 * the answer), or just 补充回答 when the directory names none; otherwise the question's respondent.
 */
export function answererOf(
  state: Pick<ConsoleState, 'currentPhase'>,
  q: Question,
  names: HeadlineNames,
): string {
  if (state.currentPhase === 'supplement') {
    const supervisors = names.supervisors(q);
    return supervisors.length > 0 ? `补充回答：${supervisors.join('、')}` : '补充回答';
  }
  return q.respondentName;
}

/**
 * Who asks whom (and who answers) while a question is on; else the agenda item while its timer runs
 * (e.g. a 表态发言); else who is next; else the agenda item, or nothing before the meeting.
 */
export function projectorHeadline(
  state: ConsoleState,
  reading: TimerReading | null,
  names: HeadlineNames,
): string {
  const q = state.currentQuestion;
  if (q) {
    const answerer = answererOf(state, q, names);
    return `${names.asker(q)} → ${names.units(q)}${answerer ? ` / ${answerer}` : ''}`;
  }
  if (reading) return state.currentAgendaItem?.title ?? reading.label;
  if (state.next) return `下一位：${names.asker(state.next)} → ${names.units(state.next)}`;
  return state.currentAgendaItem?.title ?? '';
}
