// The one meaning of "next" in the meeting room: the question the console highlights and names as 下一题,
// the projector names as 下一位, and Enter takes. Console and projector both read `state.next`, which is this.
import { statusOf, type ConsoleCore } from './consoleCore';

/** Questions the secretary can select: the queue (pending, then deferred), then skipped ones by order. */
export function selectableIds(core: ConsoleCore, queue: readonly string[]): string[] {
  const skipped = core.questions.filter((q) => statusOf(core, q.id) === 'skipped').map((q) => q.id);
  return [...queue, ...skipped];
}

/**
 * The selected question while it is still waiting (pending, deferred or skipped); else the first question
 * of the queue in queue order (pending by planned order, then deferred ones in the order deferred); else null.
 * Taking or skipping the selected question clears the selection, so after Enter + 暂缓 (H) or 跳过 (T)
 * the next is the first waiting question again, never the deferred or skipped one. A question added at the
 * meeting (A) joins the queue and does not change the next.
 */
export function nextQuestionId(core: ConsoleCore, queue: readonly string[]): string | null {
  const selected = core.selectedQuestionId;
  if (selected !== null && selectableIds(core, queue).includes(selected)) return selected;
  return queue[0] ?? null;
}

/** The question ↑ (-1) or ↓ (+1) selects from the current next; null at either end. */
export function moveSelection(
  core: ConsoleCore,
  queue: readonly string[],
  next: string | null,
  step: -1 | 1,
): string | null {
  const selectable = selectableIds(core, queue);
  const index = next === null ? -1 : selectable.indexOf(next);
  return selectable[index + step] ?? null;
}
