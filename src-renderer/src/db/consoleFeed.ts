// Each console action, pushed to the app's other windows the moment its write commits (BroadcastChannel), so the
// projector can paint it without reading the whole log again first. IndexedDB stays the truth: a window merges
// pushed events only onto the read they came after, and its next read of the log replaces them.
import type { ConsoleEvent } from '../domain/inquiry/consoleEvents';
import type { XunpingDb } from './database';

const CHANNEL = 'xunping-console-events';

interface FeedMessage {
  database: string;
  activityId: string;
  event: ConsoleEvent;
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
  const message: FeedMessage = { database: db.name, activityId, event };
  channel.postMessage(message);
  channel.close();
}

/** Calls `listener` with each event another window committed to the log of `activityId`; returns the unsubscribe. */
export function onConsoleEvent(
  db: XunpingDb,
  activityId: string,
  listener: (event: ConsoleEvent) => void,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = ({ data }: MessageEvent<unknown>) => {
    if (isFeedMessage(data) && data.database === db.name && data.activityId === activityId)
      listener(data.event);
  };
  return () => channel.close();
}

/**
 * The log as read, with the pushed events that came after that read and are newer than anything in it. Pushed
 * events that arrived while an older read was shown are dropped: the read that replaced it has them.
 */
export function withPushedEvents<E extends ConsoleEvent>(
  stored: readonly E[],
  pushed: readonly E[],
): readonly E[] {
  if (pushed.length === 0) return stored;
  const newest = stored.reduce((max, event) => Math.max(max, event.seq), 0);
  const later = pushed.filter((event) => event.seq > newest);
  return later.length === 0 ? stored : [...stored, ...later];
}
