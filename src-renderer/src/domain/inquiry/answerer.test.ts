import { describe, expect, it } from 'vitest';
import { AGENDA, QUESTIONS, scenario, T0 } from '../testing/inquiryFixtures';
import { answererReading } from './answerer';
import { foldConsole } from './consoleState';

const at = (seconds: number) => T0 + seconds * 1000;

describe('answererReading', () => {
  it('is null before any timer runs', () => {
    expect(answererReading(foldConsole(QUESTIONS, AGENDA, []), at(0))).toBeNull();
    expect(answererReading(scenario().take('q1').state(), at(0))).toBeNull();
  });

  it('reads the running phase, its level following the time left', () => {
    const st = scenario().take('q1').phase('ask').state();
    expect(answererReading(st, at(0))).toMatchObject({
      label: '提问',
      remainingSeconds: 180,
      level: 'normal',
    });
    expect(answererReading(st, at(120))).toMatchObject({ remainingSeconds: 60, level: 'warning' });
    expect(answererReading(st, at(181))).toMatchObject({ remainingSeconds: -1, level: 'overtime' });
  });

  it('follows the next phase and is null once the question is finished', () => {
    const s = scenario().take('q1').phase('ask');
    s.wait(30);
    s.phase('answer');
    expect(answererReading(s.state(), s.now())).toMatchObject({ label: '回答', elapsedSeconds: 0 });
    s.finish();
    expect(answererReading(s.state(), s.now())).toBeNull();
  });

  it('still shows the time while the projector is blanked', () => {
    const s = scenario().take('q1').phase('ask');
    s.act({ type: 'projectorBlanked', blanked: true });
    expect(answererReading(s.state(), s.now())).toMatchObject({ label: '提问' });
  });
});
