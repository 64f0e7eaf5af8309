import { describe, expect, it } from 'vitest';
import { AGENDA, scenario } from '../testing/inquiryFixtures';
import { activityStatusFor, leavingAgendaWarnings } from './meetingFlow';

const item = (kind: string) => AGENDA.find((a) => a.kind === kind)!;

describe('leaving an agenda item', () => {
  it('asks when questions still wait on the question item', () => {
    const s = scenario().act({ type: 'agendaItemStarted', agendaItemId: item('inquiry').id });
    expect(leavingAgendaWarnings(s.state())).toEqual(['还有 3 个问题没有询问，离开询问议程后仍可回来继续。']);
  });

  it('asks when a timer would stop (a 表态发言)', () => {
    const s = scenario().act({ type: 'agendaItemStarted', agendaItemId: item('statement').id });
    expect(leavingAgendaWarnings(s.state())).toEqual([]);
    s.phase('statement').wait(5);
    expect(leavingAgendaWarnings(s.state())).toEqual(['「表态发言」正在计时，进入下一项议程会停止计时。']);
  });

  it('goes on at once from another item, or when every question was asked', () => {
    const s = scenario().act({ type: 'agendaItemStarted', agendaItemId: item('report').id });
    expect(leavingAgendaWarnings(s.state())).toEqual([]);
    const one = scenario([]).act({ type: 'agendaItemStarted', agendaItemId: item('inquiry').id });
    expect(leavingAgendaWarnings(one.state())).toEqual([]);
  });
});

describe('the activity’s status from the meeting', () => {
  it('is 进行中 once the meeting started, 已结束 after 结束会议, 进行中 again after undoing it', () => {
    const s = scenario();
    expect(activityStatusFor(s.state(), 'planning')).toBe('planning');
    s.act({ type: 'agendaItemStarted', agendaItemId: item('opening').id });
    expect(activityStatusFor(s.state(), 'planning')).toBe('running');
    s.act({ type: 'meetingEnded' });
    expect(activityStatusFor(s.state(), 'running')).toBe('finished');
    s.undo();
    expect(activityStatusFor(s.state(), 'finished')).toBe('running');
  });
});
