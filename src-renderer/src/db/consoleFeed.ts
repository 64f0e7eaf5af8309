// Each console action, pushed to the app's other windows the moment its write commits (BroadcastChannel), so the
// projector can paint it without reading the whole log again first. IndexedDB stays the truth: a window merges
// pushed events only onto the read they came after, and its next read of the log replaces them.
import type { ConsoleEvent } from '../domain/inquiry/consoleEvents';
import type { XunpingDb } from './database';

const CHANNEL = 'xunping-console-events';

/**
 * This window, in the messages it sends: a window does not take back its own pushes (the console that wrote an
 * action reads it from the log; painting it twice per key only delayed the other windows).
 */
const THIS_WINDOW = Math.random().toString(36).slice(2);

interface FeedMessage {
  database: string;
  activityId: string;
  event: ConsoleEvent;
  from?: string;
}

function isFeedMessage(value: unknown): value is FeedMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Partial<FeedMessage>;
  return (
    typeof message.database === 'string' &&
    typeof message.activityId === 'string' &&
    typeof message.event === 'object' &&
    message.event !== null &&
    typeof message.event.seq === 'number'
  );
}

/** Tells the other windows that `event` was committed to the log of `activityId`. */
export function announceConsoleEvent(db: XunpingDb, activityId: string, event: ConsoleEvent): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  const message: FeedMessage = { database: db.name, activityId, event, from: THIS_WINDOW };
  channel.postMessage(message);
  channel.close();
}

/**
 * Calls `listener` with each event another window committed to the log of `activityId`; returns the unsubscribe.
 * `self` names this window (tests stand for another one).
 */
export function onConsoleEvent(
  db: XunpingDb,
  activityId: string,
  listener: (event: ConsoleEvent) => void,
  self: string = THIS_WINDOW,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = ({ data }: MessageEvent<unknown>) => {
    if (
      isFeedMessage(data) &&
      data.database === db.name &&
      data.activityId === activityId &&
      data.from !== self
    )
      listener(data.event);
  };
  return () => channel.close();
}

/** The events pushed since the read `after` (the array a window's live query last returned). */
export interface PushedEvents<E extends ConsoleEvent> {
  after: unknown;
  events: readonly E[];
}

/** `pushed` with `event`, heard while `stored` is the last read: pushes that came before that read are dropped. */
export function withPush<E extends ConsoleEvent>(
  pushed: PushedEvents<E>,
  stored: unknown,
  event: E,
): PushedEvents<E> {
  return { after: stored, events: [...(pushed.after === stored ? pushed.events : []), event] };
}

/**
 * The log as read, with the pushed events that continue it: seq after seq from the newest read (a log's seqs
 * have no gaps: each write takes the next), each once, whatever order they came in. A push after one that was
 * missed waits for the next read, which has both; so the log shown is always one the database held.
 */
export function withPushedEvents<E extends ConsoleEvent>(
  stored: readonly E[],
  pushed: readonly E[],
): readonly E[] {
  if (pushed.length === 0) return stored;
  let newest = stored.reduce((max, event) => Math.max(max, event.seq), 0);
  const bySeq = new Map(pushed.map((event) => [event.seq, event]));
  const later: E[] = [];
  for (let next = bySeq.get(newest + 1); next; next = bySeq.get(newest + 1)) {
    later.push(next);
    newest = next.seq;
  }
  return later.length === 0 ? stored : [...stored, ...later];
}
