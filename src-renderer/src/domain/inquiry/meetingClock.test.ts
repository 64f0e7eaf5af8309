import { describe, expect, it } from 'vitest';
import { meetingElapsedSeconds, meetingStart } from './meetingClock';
import { scenario, T0 } from '../testing/inquiryFixtures';
import { formatTimeOfDay, instantAt } from '../time';

describe('meetingElapsedSeconds', () => {
  it('is null before anything starts, even when the log only has a selection', () => {
    const s = scenario().act({ type: 'questionSelected', questionId: 'q2' }).wait(90);
    expect(meetingStart(s.state())).toBeNull();
    expect(meetingElapsedSeconds(s.state(), s.now())).toBeNull();
  });

  it('counts from the first agenda item, whole seconds', () => {
    const s = scenario().wait(30).act({ type: 'agendaItemStarted', agendaItemId: 'a1' }).wait(125);
    expect(meetingElapsedSeconds(s.state(), s.now() + 900)).toBe(125);
  });

  it('counts from the first question taken when the agenda is not used', () => {
    const s = scenario().wait(10).take('q1').wait(61);
    expect(meetingStart(s.state())).toBe(T0 + 10_000);
    expect(meetingElapsedSeconds(s.state(), s.now())).toBe(61);
  });

  it('stops at 结束会议', () => {
    const s = scenario().take('q1').phase('ask').wait(100).finish().wait(20);
    s.act({ type: 'meetingEnded' }).wait(3600);
    expect(meetingElapsedSeconds(s.state(), s.now())).toBe(120);
  });

  it('never goes back before the last event when the wall clock is set back', () => {
    const s = scenario().act({ type: 'agendaItemStarted', agendaItemId: 'a1' }).wait(300);
    expect(meetingElapsedSeconds(s.state(), s.now() - 200_000)).toBe(100);
    s.act({ type: 'nextShown', shown: false });
    expect(meetingElapsedSeconds(s.state(), s.now() - 200_000)).toBe(300);
  });
});

describe('formatTimeOfDay', () => {
  it('gives the local time to the second', () => {
    expect(formatTimeOfDay(instantAt('2026-12-06', 9, 5) + 7_000)).toBe('09:05:07');
  });
});
