import { useMemo, useRef } from 'react';
import { appDb } from '../../../db/appDb';
import {
  useActivity,
  useAgenda,
  useConsoleEvents,
  usePeople,
  useQuestions,
  useUnits,
} from '../../../app/queries/live';
import { applyConsoleAction, loadConsoleState } from '../../../db/repositories/console';
import type { ConsoleAction } from '../../../domain/inquiry/consoleEvents';
import { allowedActions, type AllowedActions } from '../../../domain/inquiry/consoleRules';
import { foldConsole, type ConsoleState } from '../../../domain/inquiry/consoleState';
import type { Question } from '../../../domain/inquiry/question';
import { notifyError } from '../../../ui/notify';

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

  const state = useMemo(
    () => (questions && agenda && events ? foldConsole(questions, agenda, events) : undefined),
    [questions, agenda, events],
  );
  const allowed = useMemo(() => (state ? allowedActions(state) : undefined), [state]);
  const names = useMemo(() => {
    const person = new Map((people ?? []).map((p) => [p.id, p.name]));
    const unit = new Map((units ?? []).map((u) => [u.id, u.shortName]));
    return {
      asker: (q: Question) => person.get(q.askerId) ?? '（已删除）',
      units: (q: Question) => q.unitIds.map((id) => unit.get(id) ?? '（已删除）').join('、'),
    };
  }, [people, units]);

  // Keys are handled one after another, each against the log as it is after the previous key's write,
  // so a fast "Enter, Space" takes the question and then starts its timer.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const perform = (
    decide: (state: ConsoleState, allowed: AllowedActions) => ConsoleAction | null | undefined,
  ) => {
    const next = queue.current.then(async () => {
      const fresh = await loadConsoleState(appDb, activityId);
      const action = decide(fresh, allowedActions(fresh));
      if (!action) return false;
      await applyConsoleAction(appDb, activityId, action, Date.now());
      return true;
    });
    queue.current = next.catch(() => undefined);
    return next.catch((error: unknown) => {
      notifyError(error, '操作未执行');
      return false;
    });
  };
  const dispatch = (action: ConsoleAction): Promise<boolean> => perform(() => action);

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
    loading,
    eventCount: events?.length ?? 0,
  };
}
