import { describe, expect, it } from 'vitest';
import { AGENDA, MINUTES, scenario } from '../testing/inquiryFixtures';
import { answeredQuestion, commandActions } from './consoleCommands';
import { allowedActions } from './consoleRules';
import type { ConsoleState } from './consoleState';

const actionsOf = (state: ConsoleState) => commandActions(MINUTES, state, allowedActions(state));

describe('the console keys', () => {
  it('before a question: takes or skips the announced next, starts a 表态发言 or the first agenda item', () => {
    const actions = actionsOf(scenario().act({ type: 'questionSelected', questionId: 'q2' }).state());
    expect(actions).toMatchObject({
      take: { type: 'questionTaken', questionId: 'q2' },
      skip: { type: 'questionSkipped', questionId: 'q2' },
      statement: { type: 'phaseStarted', phase: 'statement', plannedSeconds: MINUTES.statement * 60 },
      nextAgenda: { type: 'agendaItemStarted', agendaItemId: AGENDA[0]?.id },
      startPause: null,
      finish: null,
      undo: null,
    });
    expect(actionsOf(scenario().state()).take).toEqual({ type: 'questionTaken', questionId: 'q1' });
    const none = scenario([]).state();
    expect(actionsOf(none).take).toBeNull();
  });

  it('space starts the first phase with the question’s own plan, then pauses and resumes', () => {
    const s = scenario().take('q1');
    expect(actionsOf(s.state())).toMatchObject({
      startPause: { type: 'phaseStarted', phase: 'ask', plannedSeconds: 180 },
      nextPhase: { type: 'phaseStarted', phase: 'ask' },
      take: null,
      finish: null,
      defer: { type: 'questionDeferred', questionId: 'q1' },
      undo: { type: 'undo', targetSeq: 1 },
    });
    s.phase('ask').wait(30);
    expect(actionsOf(s.state())).toMatchObject({
      startPause: { type: 'paused' },
      nextPhase: { type: 'phaseStarted', phase: 'answer', plannedSeconds: 300 },
      followUp: null,
      finish: { type: 'questionFinished', questionId: 'q1' },
      stopTimer: { type: 'timerStopped' },
    });
    s.act({ type: 'paused' });
    expect(actionsOf(s.state()).startPause).toEqual({ type: 'resumed' });
  });

  it('offers nothing but undo once the meeting has ended', () => {
    const actions = actionsOf(scenario().act({ type: 'meetingEnded' }).state());
    const offered = Object.entries(actions).filter(([, action]) => action !== null);
    expect(offered).toEqual([['undo', { type: 'undo', targetSeq: 1 }]]);
  });
});

describe('the answer a vote is about', () => {
  it('is the current question, else the one finished last, else none', () => {
    const s = scenario();
    expect(answeredQuestion(s.state())).toBeNull();
    s.take('q3').phase('ask').wait(10).finish().wait(10).take('q1').phase('ask').wait(10).finish();
    expect(answeredQuestion(s.state())?.id).toBe('q1');
    s.take('q2');
    expect(answeredQuestion(s.state())?.id).toBe('q2');
  });
});
