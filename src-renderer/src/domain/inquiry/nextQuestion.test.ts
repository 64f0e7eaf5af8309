import { describe, expect, it } from 'vitest';
import { commandActions } from './consoleCommands';
import { allowedActions } from './consoleRules';
import { foldConsole } from './consoleState';
import { toEvent } from './consoleEvents';
import { moveSelection, selectableIds } from './nextQuestion';
import { projectorHeadline } from './projector';
import { MINUTES, question, QUESTIONS, scenario, T0 } from '../testing/inquiryFixtures';

const names = {
  asker: (q: { askerId: string }) => `asker-${q.askerId}`,
  units: () => 'unit',
  supervisors: () => [],
};
const select = (questionId: string) => ({ type: 'questionSelected', questionId }) as const;

describe('the one next question', () => {
  it('is the first of the queue until one is selected, then the selected one', () => {
    const s = scenario();
    expect(s.state().next?.id).toBe('q1');
    s.act(select('q3'));
    expect(s.state().next?.id).toBe('q3');
  });

  it('is what Enter takes and what the projector announces', () => {
    const state = scenario().act(select('q2')).state();
    expect(commandActions(MINUTES, state, allowedActions(state)).take).toEqual({
      type: 'questionTaken',
      questionId: 'q2',
    });
    expect(projectorHeadline(state, null, names)).toBe('下一位：asker-wang → unit');
  });

  it('after 暂缓 is the first waiting question, not the deferred one again', () => {
    const s = scenario().act(select('q2')).take('q2').phase('ask').wait(10);
    s.act({ type: 'questionDeferred', questionId: 'q2' });
    expect(s.state().queue).toEqual(['q1', 'q3', 'q2']);
    expect(s.state().next?.id).toBe('q1');
  });

  it('after 跳过 of the selected question is the first waiting question', () => {
    const s = scenario().act(select('q2')).act({ type: 'questionSkipped', questionId: 'q2' });
    expect(s.state().next?.id).toBe('q1');
    // a skipped question can still be selected and taken
    s.act(select('q2'));
    expect(s.state().next?.id).toBe('q2');
  });

  it('does not change when a question is added at the meeting', () => {
    const s = scenario().act(select('q2'));
    s.act({ type: 'questionAdded', question: question('x9', 9, { unplanned: true }) });
    expect(s.state().next?.id).toBe('q2');
    expect(s.state().queue.at(-1)).toBe('x9');
  });

  it('survives an undo (selecting is not an undoable action)', () => {
    const s = scenario().take('q1').phase('ask').wait(5).act(select('q3'));
    expect(s.state().undoTarget?.type).toBe('phaseStarted');
    s.undo();
    expect(s.state().next?.id).toBe('q3');
  });

  it('refuses to select the current or a finished question', () => {
    const s = scenario().take('q1');
    s.act(select('q1'));
    expect(s.state().ignored.at(-1)?.type).toBe('questionSelected');
    s.phase('ask').finish().act(select('q1'));
    expect(s.state().ignored.at(-1)?.type).toBe('questionSelected');
    expect(s.state().next?.id).toBe('q2');
  });

  it('folds the same whatever order the events were read in', () => {
    const events = [
      toEvent(select('q3'), 1, T0),
      toEvent({ type: 'questionTaken', questionId: 'q3' }, 2, T0 + 1000),
      toEvent(select('q2'), 3, T0 + 2000),
    ];
    const a = foldConsole(QUESTIONS, [], events);
    const b = foldConsole(QUESTIONS, [], [...events].reverse());
    expect(a.next?.id).toBe('q2');
    expect(b.next?.id).toBe('q2');
  });
});

describe('moving the selection', () => {
  it('walks the queue, then the skipped questions, and stops at either end', () => {
    const state = scenario().act({ type: 'questionSkipped', questionId: 'q1' }).state();
    expect(selectableIds(state, state.queue)).toEqual(['q2', 'q3', 'q1']);
    expect(moveSelection(state, state.queue, 'q2', 1)).toBe('q3');
    expect(moveSelection(state, state.queue, 'q3', 1)).toBe('q1');
    expect(moveSelection(state, state.queue, 'q1', 1)).toBeNull();
    expect(moveSelection(state, state.queue, 'q2', -1)).toBeNull();
  });
});
