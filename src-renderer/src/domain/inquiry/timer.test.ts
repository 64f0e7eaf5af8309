import { describe, expect, it } from 'vitest';
import { clockWentBack } from './clock';
import { foldConsole } from './consoleState';
import { AGENDA, QUESTIONS, scenario, T0 } from '../testing/inquiryFixtures';
import { question } from '../testing/inquiryFixtures';
import {
  clockSeconds,
  cueFor,
  formatClock,
  levelFor,
  timerReading,
  type Cue,
  type TimerReading,
} from './timer';

const at = (seconds: number) => T0 + seconds * 1000;

describe('timerReading', () => {
  it('counts down in whole seconds from the planned time', () => {
    const st = scenario().take('q1').phase('ask').state();
    expect(timerReading(st, at(0))).toEqual({
      segmentSeq: 2,
      phase: 'ask',
      label: '提问',
      questionId: 'q1',
      plannedSeconds: 180,
      unlimited: false,
      elapsedMs: 0,
      elapsedSeconds: 0,
      remainingSeconds: 180,
      overtimeSeconds: 0,
      running: true,
      paused: false,
      ended: false,
      level: 'normal',
    });
    expect(timerReading(st, at(0.999))?.remainingSeconds).toBe(180);
    expect(timerReading(st, at(1))?.remainingSeconds).toBe(179);
  });

  it('counts up with no warning, no overtime and no cue when the planned length is 0 (no limit)', () => {
    const q = question('q1', 1, {
      askerId: 'zhang',
      unitIds: ['unit-ziran'],
      plannedSeconds: { ask: 0, answer: 90, followUp: 0, supplement: 0 },
    });
    const s = scenario([q]).take('q1').phase('ask');
    const frames = [0, 30, 61, 89, 90, 91, 4000].map((t) => timerReading(s.state(), at(t)));
    expect(frames.map((r) => [r?.unlimited, r?.level, r?.overtimeSeconds, r && clockSeconds(r)])).toEqual([
      [true, 'normal', 0, 0],
      [true, 'normal', 0, 30],
      [true, 'normal', 0, 61],
      [true, 'normal', 0, 89],
      [true, 'normal', 0, 90],
      [true, 'normal', 0, 91],
      [true, 'normal', 0, 4000],
    ]);
    for (let i = 1; i < frames.length; i++)
      expect(cueFor(frames[i - 1] ?? null, frames[i] ?? null)).toBeNull();
  });

  it('runs over after 1:30 of a 90 s answer', () => {
    const q = question('q1', 1, {
      askerId: 'zhang',
      unitIds: ['unit-ziran'],
      plannedSeconds: { ask: 180, answer: 90, followUp: 120, supplement: 180 },
    });
    const s = scenario([q]).take('q1').phase('ask').wait(10).phase('answer');
    expect(timerReading(s.state(), at(10 + 90))).toMatchObject({ remainingSeconds: 0, level: 'critical' });
    const over = timerReading(s.state(), at(10 + 91));
    expect(over).toMatchObject({ unlimited: false, remainingSeconds: -1, level: 'overtime' });
    expect(formatClock(clockSeconds(over!))).toBe('+00:01');
  });

  it('shows nothing before a question is taken or after it is finished', () => {
    expect(timerReading(scenario().state(), T0)).toBeNull();
    expect(timerReading(scenario().take('q1').state(), T0)).toBeNull();
    expect(timerReading(scenario().take('q1').phase('ask').wait(5).finish().state(), at(99))).toBeNull();
  });

  it('does not move while paused', () => {
    const s = scenario().take('q1').phase('ask').wait(50).act({ type: 'paused' });
    expect(timerReading(s.state(), at(50))).toMatchObject({
      elapsedSeconds: 50,
      running: false,
      paused: true,
    });
    expect(timerReading(s.state(), at(79))?.elapsedSeconds).toBe(50);
    s.wait(30).act({ type: 'resumed' });
    expect(timerReading(s.state(), at(100))).toMatchObject({
      elapsedSeconds: 70,
      remainingSeconds: 110,
      running: true,
    });
  });

  it('keeps counting into overtime', () => {
    const s = scenario().take('q1').phase('ask').wait(180).phase('answer');
    expect(timerReading(s.state(), at(180 + 340))).toMatchObject({
      phase: 'answer',
      remainingSeconds: -40,
      overtimeSeconds: 40,
      level: 'overtime',
    });
  });

  it('keeps the final reading of a stopped phase while the question is current', () => {
    const s = scenario().take('q1').phase('ask').wait(200).act({ type: 'timerStopped' });
    expect(timerReading(s.state(), at(999))).toMatchObject({
      elapsedSeconds: 200,
      ended: true,
      running: false,
    });
  });

  it('warns at 60 s, critical at 30 s, overtime below 0', () => {
    expect([61, 60, 31, 30, 0, -1].map(levelFor)).toEqual([
      'normal',
      'warning',
      'warning',
      'critical',
      'critical',
      'overtime',
    ]);
  });
});

describe('clock robustness', () => {
  it('never reads negative time when the clock is earlier than the last event', () => {
    const st = scenario().take('q1').phase('ask').state();
    expect(timerReading(st, at(-5))).toMatchObject({ elapsedMs: 0, remainingSeconds: 180 });
  });

  it('holds at the last event when the clock is set back, and counts on from there', () => {
    const st = scenario().take('q1').phase('ask').state();
    expect(timerReading(st, at(100))?.elapsedSeconds).toBe(100);
    // the clock is set back one hour: the reading holds at the last event, never earlier
    expect(timerReading(st, at(100 - 3600))?.elapsedSeconds).toBe(0);
    expect(clockWentBack(st.clock, at(100 - 3600))).toBe(true);
    expect(clockWentBack(st.clock, at(100))).toBe(false);
  });

  it('measures events after a backward jump from the new clock', () => {
    const s = scenario().take('q1').phase('ask').wait(100).act({ type: 'paused' }).act({ type: 'resumed' });
    // set back one hour, then 10 s later 回答 starts: no time passes across the jump
    s.wait(-3600).wait(10).phase('answer').wait(30);
    const st = s.state();
    expect(st.segments[0]?.endedAt).toBe(at(100));
    expect(st.segments[1]?.startedAt).toBe(at(100));
    expect(timerReading(st, s.now())).toMatchObject({ phase: 'answer', elapsedSeconds: 30 });
    expect(timerReading(st, s.now() - 60_000)?.elapsedSeconds).toBe(0);
    s.act({ type: 'paused' }).wait(-10).act({ type: 'resumed' }).wait(20);
    expect(timerReading(s.state(), s.now())?.elapsedSeconds).toBe(50);
  });

  it('treats a forward jump as time passing', () => {
    const s = scenario().take('q1').phase('ask').wait(10);
    expect(timerReading(s.state(), at(10 + 3600))).toMatchObject({
      elapsedSeconds: 3610,
      overtimeSeconds: 3430,
    });
    s.wait(3600).act({ type: 'paused' });
    expect(timerReading(s.state(), at(9999))).toMatchObject({ elapsedSeconds: 3610, paused: true });
  });

  it('gives the console and the projector the same reading at the same now', () => {
    const s = scenario().take('q2').phase('ask').wait(170).act({ type: 'paused' }).wait(13);
    s.act({ type: 'resumed' }).wait(-7).phase('answer').wait(311);
    const console = s.state();
    const projector = foldConsole(QUESTIONS, AGENDA, [...s.events].reverse());
    for (let t = at(150); t < at(900); t += 777) {
      expect(timerReading(projector, t)).toEqual(timerReading(console, t));
    }
  });
});

describe('formatClock', () => {
  it('formats mm:ss, h:mm:ss and overtime', () => {
    expect([0, 59.9, 180, 3599, 3600, 3725, -40, -3725].map(formatClock)).toEqual([
      '00:00',
      '00:59',
      '03:00',
      '59:59',
      '1:00:00',
      '1:02:05',
      '+00:40',
      '+1:02:05',
    ]);
  });
});

describe('cueFor', () => {
  /** Readings of one window every `step` seconds, and the cues it plays. */
  function play(step: number, from: number, to: number, first: TimerReading | null = null) {
    const st = scenario().take('q1').phase('ask').state();
    const cues: [number, Cue][] = [];
    let previous = first;
    for (let t = from; t <= to; t += step) {
      const reading = timerReading(st, at(t));
      const cue = cueFor(previous, reading);
      if (cue && reading) cues.push([reading.remainingSeconds, cue]);
      previous = reading;
    }
    return cues;
  }

  it('fires each cue once at 60, 30 and 0 seconds left', () => {
    expect(play(0.25, 0, 400)).toEqual([
      [60, 'oneTap'],
      [30, 'twoTaps'],
      [0, 'longTone'],
    ]);
  });

  it('fires once even when frames skip over a threshold', () => {
    expect(play(7, 0, 400)).toEqual([
      [54, 'oneTap'],
      [26, 'twoTaps'],
      [-2, 'longTone'],
    ]);
  });

  it('plays only the most urgent cue when one frame crosses two thresholds', () => {
    expect(play(50, 100, 300)).toEqual([
      [30, 'twoTaps'],
      [-20, 'longTone'],
    ]);
  });

  it('stays silent after a reload below a threshold, until the next threshold', () => {
    // a fresh fold: no previous reading
    expect(play(1, 160, 178)).toEqual([]);
    expect(play(1, 160, 185)).toEqual([[0, 'longTone']]);
  });

  it('stays silent across a change of phase and while paused', () => {
    const s = scenario().take('q1').phase('ask').wait(150);
    const askReading = timerReading(s.state(), at(150));
    s.phase('answer');
    expect(cueFor(askReading, timerReading(s.state(), at(300)))).toBeNull();
    const paused = scenario().take('q1').phase('ask').wait(125).act({ type: 'paused' }).state();
    expect(cueFor(timerReading(paused, at(125)), timerReading(paused, at(200)))).toBeNull();
  });
});
