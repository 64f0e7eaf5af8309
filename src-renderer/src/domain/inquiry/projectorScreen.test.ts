import { describe, expect, it } from 'vitest';
import { AGENDA, scenario } from '../testing/inquiryFixtures';
import { projectorScreen } from './projectorScreen';
import { LEVEL_LABELS, levelFor } from './timer';

const names = { asker: (q: { askerId: string }) => q.askerId, units: () => '局', supervisors: () => [] };
const item = (kind: string) => AGENDA.find((a) => a.kind === kind)!;
const screenOf = (s: ReturnType<typeof scenario>) => projectorScreen(s.state(), s.now(), names);

describe('the projector follows the agenda', () => {
  it('stands by before the meeting', () => {
    expect(screenOf(scenario())).toEqual({ kind: 'standby' });
  });

  it('shows a non-question item by name, kind and planned length, with its own countdown', () => {
    const s = scenario()
      .act({ type: 'agendaItemStarted', agendaItemId: item('report').id })
      .wait(19 * 60 + 5);
    const screen = screenOf(s);
    expect(screen).toMatchObject({
      kind: 'agenda',
      item: { title: item('report').title },
      kindLabel: '汇报',
      plannedMinutes: 20,
      reading: { plannedSeconds: 1200, remainingSeconds: 55, level: 'warning' },
    });
  });

  it('names who is next only during the question item', () => {
    const s = scenario().act({ type: 'agendaItemStarted', agendaItemId: item('inquiry').id });
    expect(screenOf(s)).toEqual({ kind: 'next', headline: '下一位：zhang → 局' });
    s.act({ type: 'agendaItemStarted', agendaItemId: item('vote').id });
    expect(screenOf(s).kind).toBe('agenda');
  });

  it('still names who is next in a meeting run without the agenda, once questions started', () => {
    const s = scenario().take('q1').phase('ask').wait(10).finish();
    expect(screenOf(s)).toEqual({ kind: 'next', headline: '下一位：wang → 局' });
  });

  it('shows the question with its timer, and a stopped timer as ended', () => {
    const s = scenario().take('q1').phase('ask').wait(10);
    expect(screenOf(s)).toMatchObject({ kind: 'question', reading: { running: true, ended: false } });
    s.act({ type: 'timerStopped' });
    expect(screenOf(s)).toMatchObject({ kind: 'question', reading: { ended: true, elapsedSeconds: 10 } });
  });

  it('shows a 表态发言 with its timer under the agenda item’s name', () => {
    const s = scenario().act({ type: 'agendaItemStarted', agendaItemId: item('statement').id });
    s.phase('statement').wait(5);
    expect(screenOf(s)).toMatchObject({
      kind: 'statement',
      title: '表态发言',
      speaker: null,
      reading: { label: '表态发言' },
    });
  });

  it('hides 下一位 when the secretary turns it off (N), and shows it again when turned on', () => {
    const s = scenario().act({ type: 'agendaItemStarted', agendaItemId: item('inquiry').id });
    s.act({ type: 'nextShown', shown: false });
    expect(screenOf(s)).toMatchObject({ kind: 'agenda', item: { kind: 'inquiry' } });
    s.take('q1').phase('ask').finish();
    expect(screenOf(s).kind).toBe('agenda');
    s.undo();
    expect(s.state().nextShown).toBe(false);
    s.act({ type: 'nextShown', shown: true });
    expect(screenOf(s).kind).toBe('question');
    s.finish();
    expect(screenOf(s)).toEqual({ kind: 'next', headline: '下一位：wang → 局' });
  });

  it('shows a 表态发言’s speaker, and once stopped its final time as ended until the meeting moves on', () => {
    const s = scenario().act({ type: 'agendaItemStarted', agendaItemId: item('statement').id });
    s.act({ type: 'phaseStarted', phase: 'statement', plannedSeconds: 300, speaker: ' 县长 王强 ' }).wait(70);
    expect(screenOf(s)).toMatchObject({
      kind: 'statement',
      speaker: '县长 王强',
      reading: { running: true },
    });
    s.act({ type: 'timerStopped' }).wait(30);
    expect(screenOf(s)).toMatchObject({
      kind: 'statement',
      speaker: '县长 王强',
      reading: { ended: true, elapsedSeconds: 70 },
    });
    s.act({ type: 'agendaItemStarted', agendaItemId: item('closing').id });
    expect(screenOf(s).kind).toBe('agenda');
  });

  it('closes after 结束会议', () => {
    const s = scenario().act({ type: 'agendaItemStarted', agendaItemId: item('closing').id });
    s.act({ type: 'meetingEnded' });
    expect(screenOf(s)).toEqual({ kind: 'closed' });
  });
});

describe('timer levels in words', () => {
  it('writes each warning level, so colour is never the only sign', () => {
    expect([61, 60, 31, 30, 0, -1].map((r) => LEVEL_LABELS[levelFor(r)])).toEqual([
      '',
      '剩余1分钟',
      '剩余1分钟',
      '剩余30秒',
      '剩余30秒',
      '超时',
    ]);
  });
});

describe('blanking the projector (K)', () => {
  it('shows black whatever the meeting does, and the meeting again when brought back', () => {
    const s = scenario().take('q1').phase('ask').wait(10);
    s.act({ type: 'projectorBlanked', blanked: true });
    expect(screenOf(s)).toEqual({ kind: 'blank' });
    s.wait(5).finish();
    s.act({ type: 'meetingEnded' });
    expect(screenOf(s)).toEqual({ kind: 'blank' });
    s.act({ type: 'projectorBlanked', blanked: false });
    expect(screenOf(s)).toEqual({ kind: 'closed' });
  });

  it('is not undone: undo takes back the meeting action before it and leaves the projector black', () => {
    const s = scenario().take('q1').phase('ask').wait(10);
    s.act({ type: 'projectorBlanked', blanked: true });
    expect(s.state().undoTarget?.type).toBe('phaseStarted');
    s.undo();
    expect(s.state().projectorBlanked).toBe(true);
    expect(s.state().segments).toEqual([]);
    expect(screenOf(s)).toEqual({ kind: 'blank' });
  });

  it('keeps the timers running while blanked', () => {
    const s = scenario().take('q1').phase('ask').wait(10);
    s.act({ type: 'projectorBlanked', blanked: true }).wait(20);
    s.act({ type: 'projectorBlanked', blanked: false });
    expect(screenOf(s)).toMatchObject({ kind: 'question', reading: { elapsedSeconds: 30, running: true } });
  });

  it('starts not blanked', () => {
    expect(scenario().state().projectorBlanked).toBe(false);
  });
});
