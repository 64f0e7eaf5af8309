import { describe, expect, it } from 'vitest';
import type { ConsoleEvent } from '../domain/inquiry/consoleEvents';
import { announceConsoleEvent, onConsoleEvent, withPushedEvents } from './consoleFeed';
import type { XunpingDb } from './database';

const event = (seq: number): ConsoleEvent => ({ type: 'paused', seq, at: 1_000 * seq });

describe('console feed', () => {
  it('adds pushed events newer than the read, and only those', () => {
    const stored = [event(1), event(2)];
    expect(withPushedEvents(stored, [])).toBe(stored);
    expect(withPushedEvents(stored, [event(2)])).toBe(stored);
    expect(withPushedEvents(stored, [event(2), event(3), event(4)])).toEqual([...stored, event(3), event(4)]);
  });

  it("delivers a committed event to the other windows' listeners of the same database and meeting", async () => {
    const db = { name: 'feed-test' } as XunpingDb;
    const other = { name: 'another-db' } as XunpingDb;
    const received: ConsoleEvent[] = [];
    const elsewhere: ConsoleEvent[] = [];
    const stop = onConsoleEvent(db, 'a1', (e) => received.push(e));
    const stopOther = onConsoleEvent(other, 'a1', (e) => elsewhere.push(e));
    const stopMeeting = onConsoleEvent(db, 'a2', (e) => elsewhere.push(e));
    announceConsoleEvent(db, 'a1', event(7));
    await expect.poll(() => received).toEqual([event(7)]);
    stop();
    stopOther();
    stopMeeting();
    expect(elsewhere).toEqual([]);
  });
});
