import { describe, expect, it } from 'vitest';
import { timerReading } from './timer';
import { question, scenario, T0 } from '../testing/inquiryFixtures';

const at = (seconds: number) => T0 + seconds * 1000;

describe('undo', () => {
  it('undoes an accidental phase change: the previous phase runs on, the time since counts to it', () => {
    const s = scenario().take('q1').phase('ask').wait(100).phase('answer').wait(20);
    expect(s.state().undoTarget).toEqual({ seq: 3, type: 'phaseStarted', label: '开始回答' });
    s.undo();
    const st = s.state();
    expect(st.currentPhase).toBe('ask');
    expect(st.phases).toEqual(['ask']);
    expect(st.segments).toHaveLength(1);
    expect(timerReading(st, at(130))).toMatchObject({ phase: 'ask', elapsedSeconds: 130, running: true });
    expect(st.undoTarget).toEqual({ seq: 2, type: 'phaseStarted', label: '开始提问' });
    s.wait(30).phase('answer');
    expect(s.state().segments[0]?.endedAt).toBe(at(150));
  });

  it('undoes a pause: the time counts as running', () => {
    const s = scenario().take('q1').phase('ask').wait(60).act({ type: 'paused' }).wait(30).undo();
    const reading = timerReading(s.state(), at(100));
    expect(reading).toMatchObject({ elapsedSeconds: 100, running: true, paused: false });
  });

  it('undoes a resume: the timer is paused again since the pause', () => {
    const s = scenario().take('q1').phase('ask').wait(60).act({ type: 'paused' }).wait(30);
    s.act({ type: 'resumed' }).wait(10).undo();
    expect(timerReading(s.state(), at(500))).toMatchObject({
      elapsedSeconds: 60,
      paused: true,
      running: false,
    });
  });

  it('undoes taking a question', () => {
    const s = scenario().take('q2').undo();
    const st = s.state();
    expect(st.currentQuestion).toBeNull();
    expect(st.progress.q2).toMatchObject({ status: 'pending', takenAt: null });
    expect(st.queue).toEqual(['q1', 'q2', 'q3']);
    expect(st.undoTarget).toBeNull();
  });

  it('undoes finishing: the question is current again and its last phase runs on', () => {
    const s = scenario().take('q1').phase('ask').wait(60).phase('answer').wait(240).finish().wait(10).undo();
    const st = s.state();
    expect(st.currentQuestionId).toBe('q1');
    expect(st.progress.q1).toMatchObject({ status: 'current', finishedAt: null });
    expect(st.activeSegment?.phase).toBe('answer');
    expect(timerReading(st, at(310))).toMatchObject({ elapsedSeconds: 250, running: true });
  });

  it('undoes step by step, most recent first; an undo is never itself undone', () => {
    const s = scenario().take('q1').phase('ask').wait(5).act({ type: 'paused' }).undo().undo();
    expect(s.state()).toMatchObject({ currentQuestionId: 'q1', segments: [], phases: [] });
    expect(s.state().undoTarget?.type).toBe('questionTaken');
    s.undo();
    expect(s.state().undoTarget).toBeNull();
    expect(s.state().ignored).toEqual([]);
  });

  it('undoes adding and deferring', () => {
    const q4 = question('q4', 4, { unplanned: true, text: '' });
    const s = scenario().act({ type: 'questionAdded', question: q4 }).take('q4').phase('ask');
    s.act({ type: 'questionDeferred', questionId: 'q4' }).undo();
    expect(s.state().currentQuestionId).toBe('q4');
    s.undo().undo().undo();
    expect(s.state().questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
    expect(s.state().progress.q4).toBeUndefined();
  });

  it('ignores a stale second undo of the same action', () => {
    const s = scenario().take('q1').phase('ask');
    const target = s.state().undoTarget?.seq ?? -1;
    s.act({ type: 'undo', targetSeq: target }).act({ type: 'undo', targetSeq: target });
    const st = s.state();
    expect(st.currentQuestionId).toBe('q1');
    expect(st.segments).toEqual([]);
    expect(st.ignored).toEqual([{ seq: 4, type: 'undo', reason: '只能撤销最近的一步操作' }]);
  });
});
