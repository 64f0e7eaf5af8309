// What the projector (大屏) shows of the meeting: the line above the big timer. Pure, so the console's
// windows and the tests agree on it.
import type { ConsoleState } from './consoleState';
import type { QuestionNames } from './questionNames';
import type { TimerReading } from './timer';

/**
 * Who asks whom (and who answers) while a question is on; else the agenda item while its timer runs
 * (e.g. a 表态发言); else who is next; else the agenda item, or nothing before the meeting.
 */
export function projectorHeadline(
  state: ConsoleState,
  reading: TimerReading | null,
  names: Pick<QuestionNames, 'asker' | 'units'>,
): string {
  const q = state.currentQuestion;
  if (q) return `${names.asker(q)} → ${names.units(q)}${q.respondentName ? ` / ${q.respondentName}` : ''}`;
  if (reading) return state.currentAgendaItem?.title ?? reading.label;
  if (state.next) return `下一位：${names.asker(state.next)} → ${names.units(state.next)}`;
  return state.currentAgendaItem?.title ?? '';
}
