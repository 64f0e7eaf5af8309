import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMER_MINUTES } from '../settings/settings';
import { QUESTIONS, question, scenario } from '../testing/inquiryFixtures';
import { askedQuestionIds, lengthChanges, retimedQuestions } from './retime';

const after = { ...DEFAULT_TIMER_MINUTES, answer: 1.5, followUp: 0, statement: 12 };

describe('retiming the questions not yet asked', () => {
  it('names the question phases whose length changed, in seconds', () => {
    expect(lengthChanges(DEFAULT_TIMER_MINUTES, after)).toEqual([
      { phase: 'answer', from: 300, to: 90 },
      { phase: 'followUp', from: 120, to: 0 },
    ]);
    expect(lengthChanges(DEFAULT_TIMER_MINUTES, { ...DEFAULT_TIMER_MINUTES, statement: 1 })).toEqual([]);
  });

  it('gives the unasked questions the new lengths of the changed phases and keeps the asked ones', () => {
    const state = scenario()
      .take('q2')
      .phase('ask')
      .wait(10)
      .act({ type: 'questionDeferred', questionId: 'q2' });
    state.take('q3');
    const asked = askedQuestionIds(state.state());
    expect([...asked]).toEqual(['q2']);
    const retimed = retimedQuestions(QUESTIONS, asked, DEFAULT_TIMER_MINUTES, after);
    expect(retimed.map((q) => [q.id, q.plannedSeconds])).toEqual([
      ['q1', { ask: 180, answer: 90, followUp: 0, supplement: 180 }],
      ['q3', { ask: 180, answer: 90, followUp: 0, supplement: 180 }],
    ]);
  });

  it('leaves out questions already at the new lengths and keeps a phase that did not change', () => {
    const own = question('q9', 9, {
      askerId: 'zhang',
      unitIds: ['unit-ziran'],
      plannedSeconds: { ask: 60, answer: 90, followUp: 0, supplement: 240 },
    });
    const other = question('q8', 8, {
      askerId: 'zhang',
      unitIds: ['unit-ziran'],
      plannedSeconds: { ask: 60, answer: 600, followUp: 120, supplement: 240 },
    });
    const retimed = retimedQuestions([own, other], new Set(), DEFAULT_TIMER_MINUTES, after);
    expect(retimed.map((q) => [q.id, q.plannedSeconds])).toEqual([
      ['q8', { ask: 60, answer: 90, followUp: 0, supplement: 240 }],
    ]);
    expect(retimedQuestions(QUESTIONS, new Set(), DEFAULT_TIMER_MINUTES, DEFAULT_TIMER_MINUTES)).toEqual([]);
  });
});
