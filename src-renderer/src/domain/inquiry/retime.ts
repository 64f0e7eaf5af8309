// When the activity's timer lengths change, the questions not yet asked may follow them: the phases whose
// length changed take the new length; questions already asked keep theirs (their minutes refer to them).
import type { TimerMinutes } from '../settings/settings';
import { minutesToSeconds } from '../settings/timerLength';
import type { ConsoleState } from './consoleState';
import { QUESTION_PHASES, type Question, type QuestionPhase } from './question';

/** A question phase whose length changed, in seconds. */
export interface LengthChange {
  phase: QuestionPhase;
  from: number;
  to: number;
}

/** The question phases whose activity length changed (表态发言 belongs to no question). */
export function lengthChanges(before: TimerMinutes, after: TimerMinutes): LengthChange[] {
  return QUESTION_PHASES.map((phase) => ({
    phase,
    from: minutesToSeconds(before[phase]),
    to: minutesToSeconds(after[phase]),
  })).filter((c) => c.from !== c.to);
}

/** Questions that had a timed phase at the meeting: they keep their lengths. */
export function askedQuestionIds(state: Pick<ConsoleState, 'segments'>): Set<string> {
  return new Set(state.segments.flatMap((s) => (s.questionId === null ? [] : [s.questionId])));
}

/**
 * The questions not yet asked that change, with their new lengths: each changed phase takes the activity's
 * new length (a length set on the question itself included). Questions already so, or asked, are left out.
 */
export function retimedQuestions<Q extends Question>(
  questions: readonly Q[],
  asked: ReadonlySet<string>,
  before: TimerMinutes,
  after: TimerMinutes,
): Q[] {
  const changes = lengthChanges(before, after);
  if (changes.length === 0) return [];
  return questions.flatMap((q) => {
    if (asked.has(q.id)) return [];
    const plannedSeconds = { ...q.plannedSeconds };
    for (const { phase, to } of changes) plannedSeconds[phase] = to;
    const changed = QUESTION_PHASES.some((p) => plannedSeconds[p] !== q.plannedSeconds[p]);
    return changed ? [{ ...q, plannedSeconds }] : [];
  });
}
