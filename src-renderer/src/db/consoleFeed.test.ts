import { describe, expect, it } from 'vitest';
import type { ConsoleEvent } from '../domain/inquiry/consoleEvents';
import { announceConsoleEvent, onConsoleEvent, withPush, withPushedEvents } from './consoleFeed';
import type { XunpingDb } from './database';

const event = (seq: number): ConsoleEvent => ({ type: 'paused', seq, at: 1_000 * seq });

describe('console feed', () => {
  it('adds pushed events newer than the read, and only those', () => {
    const stored = [event(1), event(2)];
    expect(withPushedEvents(stored, [])).toBe(stored);
    expect(withPushedEvents(stored, [event(2)])).toBe(stored);
    expect(withPushedEvents(stored, [event(2), event(3), event(4)])).toEqual([...stored, event(3), event(4)]);
  });

  it('adds pushes in seq order, each once, and none after a missed one', () => {
    const stored = [event(1), event(2)];
    expect(withPushedEvents(stored, [event(4), event(3), event(3)])).toEqual([...stored, event(3), event(4)]);
    // 3 was missed: 4 and 5 wait for the next read.
    expect(withPushedEvents(stored, [event(4), event(5)])).toBe(stored);
    expect(withPushedEvents(stored, [event(3), event(5)])).toEqual([...stored, event(3)]);
  });

  it('keeps pushes only on top of the read they were heard after', () => {
    const first = [event(1)];
    const second = [event(1), event(2)];
    const heard = withPush(withPush({ after: undefined, events: [] }, first, event(2)), first, event(3));
    expect(heard).toEqual({ after: first, events: [event(2), event(3)] });
    expect(withPush(heard, second, event(4))).toEqual({ after: second, events: [event(4)] });
  });

  it("delivers a committed event to the other windows' listeners of the same database and meeting", async () => {
    const db = { name: 'feed-test' } as XunpingDb;
    const other = { name: 'another-db' } as XunpingDb;
    const received: ConsoleEvent[] = [];
    const elsewhere: ConsoleEvent[] = [];
    const ownWindow: ConsoleEvent[] = [];
    const stop = onConsoleEvent(db, 'a1', (e) => received.push(e), 'another-window');
    const stopOther = onConsoleEvent(other, 'a1', (e) => elsewhere.push(e), 'another-window');
    const stopMeeting = onConsoleEvent(db, 'a2', (e) => elsewhere.push(e), 'another-window');
    const stopOwn = onConsoleEvent(db, 'a1', (e) => ownWindow.push(e));
    announceConsoleEvent(db, 'a1', event(7));
    await expect.poll(() => received).toEqual([event(7)]);
    stop();
    stopOther();
    stopMeeting();
    stopOwn();
    expect(elsewhere).toEqual([]);
    // The window that wrote the action reads it from the log: its own push is not taken back.
    expect(ownWindow).toEqual([]);
  });
});
