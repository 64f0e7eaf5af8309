// Use cases of the live console (会议控制台): every key the secretary presses becomes one action written to
// the meeting's log at the clock's time. The screen runs them one after another (useConsole), so each is
// decided against the log as the previous one left it.
import { setActivityStatus } from '../../db/repositories/activities';
import { NotFoundError } from '../../db/errors';
import { applyConsoleAction, decideConsoleAction, loadConsoleState } from '../../db/repositories/console';
import type { ConsoleAction } from '../../domain/inquiry/consoleEvents';
import { allowedActions, type AllowedActions } from '../../domain/inquiry/consoleRules';
import type { ConsoleState } from '../../domain/inquiry/consoleState';
import { nextOrder } from '../../domain/inquiry/ordering';
import { defaultRespondent, newQuestion } from '../../domain/inquiry/question';
import type { DisplayList, ScreenMode } from '../../../../src-main/contract';
import type { Command, Services } from '../runtime/services';
import { activityStatusFor } from '../../domain/inquiry/meetingFlow';

/** What to do, decided on the state as stored now; nothing (null) when the state does not allow it. */
export type ConsoleDecision = (
  state: ConsoleState,
  allowed: AllowedActions,
) => ConsoleAction | null | undefined;

/**
 * Folds the stored log, lets `decide` pick the action, and appends it at the clock's time (checked again in the
 * write's transaction). True when an action was written, false when there was nothing to do.
 */
export const performConsoleAction: Command<{ activityId: string; decide: ConsoleDecision }, boolean> = async (
  services,
  { activityId, decide },
) => {
  const { db, clock } = services;
  const written = await decideConsoleAction(
    db,
    activityId,
    (fresh) => decide(fresh, allowedActions(fresh)),
    clock.now(),
  );
  if (!written) return false;
  await syncActivityStatus(services, activityId, written.state);
  return true;
};

/**
 * Reads and folds the meeting's log once as the console opens, so that the first key reads and folds only what
 * is new (the repository keeps the fold; a memo only). Nothing is written.
 */
export const prepareConsole: Command<{ activityId: string }, void> = async ({ db }, { activityId }) => {
  await loadConsoleState(db, activityId);
};

/** The activity is 进行中 once the meeting started and 已结束 after 结束会议 (activityStatusFor). */
async function syncActivityStatus(
  { db, clock }: Services,
  activityId: string,
  state: ConsoleState,
): Promise<void> {
  const activity = await db.activities.get(activityId);
  if (!activity) return;
  const status = activityStatusFor(state, activity.status);
  if (status !== activity.status) await setActivityStatus(db, activityId, status, clock.now());
}

export interface ConsoleQuestionInput {
  activityId: string;
  askerId: string;
  unitIds: string[];
  /** may be empty: the text can be filled in later */
  text: string;
}

/** 临时增加问题: a hand went up. The new question joins the queue after the others; returns its id. */
export const addConsoleQuestion: Command<ConsoleQuestionInput, string> = async (
  { db, clock, ids },
  { activityId, askerId, unitIds, text },
) => {
  const activity = await db.activities.get(activityId);
  if (!activity) throw new NotFoundError('该活动');
  const fresh = await loadConsoleState(db, activityId);
  const question = newQuestion(ids.next(), nextOrder(fresh.questions), activity.timerMinutes, {
    askerId,
    unitIds,
    text,
    unplanned: true,
    ...defaultRespondent(activity.units, unitIds),
  });
  await applyConsoleAction(db, activityId, { type: 'questionAdded', question }, clock.now());
  return question.id;
};

/** Which copy of the meeting a screen shows: the meeting itself, or its rehearsal (演练). */
interface ScreenInput {
  activityId: string;
  /** 'meeting' when left out. */
  mode?: ScreenMode;
}

/** 打开大屏: the projector window of the activity (on the second display in Electron), or of its rehearsal. */
export const openProjector: Command<ScreenInput, void> = ({ desktop }, { activityId, mode = 'meeting' }) =>
  desktop.openProjector(activityId, mode);

/** The displays the 答询人提示屏 can go to, and the one suggested (none in a browser). */
export const listDisplays: Command<void, DisplayList> = ({ desktop }) => desktop.listDisplays();

/** 答询人提示屏: on the chosen display (null: the suggested one), of the meeting or of its rehearsal. */
export const openAnswerer: Command<ScreenInput & { displayId: number | null }, void> = (
  { desktop },
  { activityId, displayId, mode = 'meeting' },
) => desktop.openAnswerer({ activityId, displayId, mode });
