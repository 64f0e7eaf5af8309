import { useMemo, useRef, useState } from 'react';
import {
  addConsoleQuestion,
  performConsoleAction,
  type ConsoleDecision,
} from '../../../app/commands/console';
import {
  useActivity,
  useAgenda,
  useConsoleEvents,
  usePeople,
  useQuestions,
  useUnits,
} from '../../../app/queries';
import { useCommand, type Command, type RunResult } from '../../../app/runtime';
import type { ConsoleAction } from '../../../domain/inquiry/consoleEvents';
import { allowedActions } from '../../../domain/inquiry/consoleRules';
import { consoleFolder } from '../../../domain/inquiry/consoleState';
import { questionNames } from '../../../domain/inquiry/questionNames';

/** A question added at the meeting: asker and units; the text may be empty. */
export interface ConsoleQuestion {
  askerId: string;
  unitIds: string[];
  text: string;
}

/**
 * The live meeting of one activity: the state folded from the stored log. Every window that calls this
 * (the console, the projector) folds the same events and so shows the same thing.
 */
export function useConsole(activityId: string) {
  const activity = useActivity(activityId);
  const questions = useQuestions(activityId);
  const agenda = useAgenda(activityId);
  const events = useConsoleEvents(activityId);
  const people = usePeople();
  const units = useUnits();
  // Nothing shows a key as busy: counting it would render the whole console before and after each write.
  const { run } = useCommand({ tracksBusy: false });

  // Each new read of the log folds only the events added since the last one (foldFrom).
  const [fold] = useState(consoleFolder);
  const state = useMemo(
    () => (questions && agenda && events ? fold(questions, agenda, events) : undefined),
    [fold, questions, agenda, events],
  );
  const allowed = useMemo(() => (state ? allowedActions(state) : undefined), [state]);
  const names = useMemo(() => questionNames(people, units), [people, units]);

  // Keys are handled one after another, each against the log as it is after the previous key's write,
  // so a fast "Enter, Space" takes the question and then starts its timer.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = <I, O>(command: Command<I, O>, input: I): Promise<RunResult<O>> => {
    const next = queue.current.then(() => run(command, input, { failTitle: '操作未执行' }));
    queue.current = next.catch(() => undefined);
    return next;
  };
  /** True when an action was written. */
  const perform = (decide: ConsoleDecision): Promise<boolean> =>
    enqueue(performConsoleAction, { activityId, decide }).then((result) => result.ok && result.value);
  const dispatch = (action: ConsoleAction): Promise<boolean> => perform(() => action);
  /** The new question's id, or null when it was not added. */
  const addQuestion = (question: ConsoleQuestion): Promise<string | null> =>
    enqueue(addConsoleQuestion, { activityId, ...question }).then((result) =>
      result.ok ? result.value : null,
    );

  const loading = activity === undefined || !state || !allowed || !people || !units;
  return {
    activity,
    state,
    allowed,
    names,
    people,
    units,
    dispatch,
    perform,
    addQuestion,
    loading,
    eventCount: events?.length ?? 0,
  };
}
