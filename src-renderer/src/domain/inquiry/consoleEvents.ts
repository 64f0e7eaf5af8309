// The append-only log of the live console. Every window folds the same events (see README.md).
import { PHASE_LABELS, type Question, type TimerPhase } from './question';

/** What the secretary does; an event is an action with the writer's seq and the wall-clock time. */
export type ConsoleAction =
  /** 进入议程: the meeting moves to an agenda item (any item, in any order). */
  | { type: 'agendaItemStarted'; agendaItemId: string }
  /** 选择问题: any pending, deferred or skipped question becomes the current one. */
  | { type: 'questionTaken'; questionId: string }
  /**
   * 选择下一题: the question announced as next (console highlight, projector 下一位, what Enter takes).
   * Not an undoable action: undo skips over it.
   */
  | { type: 'questionSelected'; questionId: string }
  /** 增加问题: an unplanned question joins the queue at its `order` (it is not taken yet). */
  | { type: 'questionAdded'; question: Question }
  /**
   * The timer starts for a phase; a running phase of the same question ends at that moment. A 表态发言 may
   * name its speaker (Y asks who speaks), shown on the projector with the timer.
   */
  | { type: 'phaseStarted'; phase: TimerPhase; plannedSeconds: number; speaker?: string }
  | { type: 'paused' }
  | { type: 'resumed' }
  /** 停止计时: the running phase ends; the question stays current. Ends a 表态发言. */
  | { type: 'timerStopped' }
  | { type: 'questionFinished'; questionId: string }
  /** 暂缓: the current question goes to the end of the queue, keeping the phases it had. */
  | { type: 'questionDeferred'; questionId: string }
  /** 跳过: a question that has not started is not asked (it can still be taken later). */
  | { type: 'questionSkipped'; questionId: string }
  | { type: 'meetingEnded' }
  /**
   * 大屏显示下一位 (N): whether the projector names who is next between questions. Not an undoable action
   * (undo skips over it), like the selection.
   */
  | { type: 'nextShown'; shown: boolean }
  /**
   * 大屏黑屏 (K): the projector shows nothing but black until the secretary brings it back. Not undoable,
   * like nextShown; a reload keeps it because it is in the log.
   */
  | { type: 'projectorBlanked'; blanked: boolean }
  /** 撤销: removes the most recent action that is not undone yet; an undo itself cannot be undone. */
  | { type: 'undo'; targetSeq: number };

export type ConsoleActionType = ConsoleAction['type'];

/**
 * `seq` is strictly increasing per activity and assigned by the writer (max + 1, in the same
 * transaction as the insert); `at` is the writer's wall clock (epoch ms) when it happened.
 */
export type ConsoleEvent = ConsoleAction & { seq: number; at: number };

export const CONSOLE_ACTION_TYPES: readonly ConsoleActionType[] = [
  'agendaItemStarted',
  'questionTaken',
  'questionAdded',
  'questionSelected',
  'phaseStarted',
  'paused',
  'resumed',
  'timerStopped',
  'questionFinished',
  'questionDeferred',
  'questionSkipped',
  'meetingEnded',
  'nextShown',
  'projectorBlanked',
  'undo',
];

const ACTION_LABELS: Record<Exclude<ConsoleActionType, 'phaseStarted'>, string> = {
  agendaItemStarted: '进入议程',
  questionTaken: '选择问题',
  questionAdded: '增加问题',
  questionSelected: '选择下一题',
  paused: '暂停计时',
  resumed: '继续计时',
  timerStopped: '停止计时',
  questionFinished: '结束问题',
  questionDeferred: '暂缓问题',
  questionSkipped: '跳过问题',
  meetingEnded: '结束会议',
  nextShown: '大屏下一位',
  projectorBlanked: '大屏黑屏',
  undo: '撤销',
};

/** A short Chinese name of the action, e.g. 开始回答, for the undo button and the event list. */
export function actionLabel(action: ConsoleAction): string {
  return action.type === 'phaseStarted' ? `开始${PHASE_LABELS[action.phase]}` : ACTION_LABELS[action.type];
}

export function toEvent(action: ConsoleAction, seq: number, at: number): ConsoleEvent {
  return { ...action, seq, at };
}

/** The seq the writer gives the next event. */
export function nextSeq(events: readonly Pick<ConsoleEvent, 'seq'>[]): number {
  return events.reduce((max, e) => Math.max(max, e.seq), 0) + 1;
}

/** JSON with sorted keys, so that two copies of one event compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Sorts by seq whatever order the reads returned, and drops exact duplicates. Two different events
 * with one seq (a writer bug) are both kept, in a fixed order, so every window folds them the same way.
 */
export function sortEvents(events: readonly ConsoleEvent[]): ConsoleEvent[] {
  const keyed = events
    .filter((e) => Number.isFinite(e.seq))
    .map((event) => ({ event, key: canonical(event) }))
    .sort((a, b) => a.event.seq - b.event.seq || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.filter((e, i) => i === 0 || e.key !== keyed[i - 1]?.key).map((e) => e.event);
}
