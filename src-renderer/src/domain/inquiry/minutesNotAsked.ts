// The questions of the list the meeting did not ask, and why: never taken, deferred and never taken again, or
// skipped. Part of the minutes (minutes.ts).
import type { ConsoleState } from './consoleState';
import type { Question } from './question';

/** Why a question of the list was not asked. */
export type NotAskedReason = 'pending' | 'deferred' | 'skipped';
export const NOT_ASKED_LABELS: Record<NotAskedReason, string> = {
  pending: '未询问',
  deferred: '暂缓后未再询问',
  skipped: '已跳过',
};

export interface NotAskedQuestion {
  question: Question;
  reason: NotAskedReason;
  /** 未询问, 暂缓后未再询问, 已跳过 */
  label: string;
  /** time a deferred question ran before it was put off (not in the rows nor the totals) */
  timedSeconds: number;
}

function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((total, item) => total + pick(item), 0);
}

/** Every question not in `asked` and not done, by order, with what it ran before a deferral. */
export function notAskedOf(
  state: ConsoleState,
  asked: ReadonlySet<string>,
  figures: readonly { questionId: string | null; actualSeconds: number }[],
): NotAskedQuestion[] {
  return state.questions.flatMap((question): NotAskedQuestion[] => {
    if (asked.has(question.id)) return [];
    const status = state.progress[question.id]?.status ?? 'pending';
    if (status === 'done') return [];
    const reason: NotAskedReason =
      status === 'skipped' ? 'skipped' : status === 'deferred' ? 'deferred' : 'pending';
    const timedSeconds = sum(
      figures.filter((f) => f.questionId === question.id),
      (f) => f.actualSeconds,
    );
    return [{ question, reason, label: NOT_ASKED_LABELS[reason], timedSeconds }];
  });
}
