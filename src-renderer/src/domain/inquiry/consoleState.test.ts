import { describe, expect, it } from 'vitest';
import { toEvent } from './consoleEvents';
import { allowedActions, checkAction, consoleRefusal } from './consoleRules';
import { foldConsole } from './consoleState';
import { AGENDA, question, QUESTIONS, scenario, T0 } from '../testing/inquiryFixtures';

describe('foldConsole: one question', () => {
  it('runs 提问 → 回答 → 追问 → 回答 → 补充回答 → finish', () => {
    const s = scenario().take('q1');
    expect(s.state().currentQuestion?.id).toBe('q1');
    expect(allowedActions(s.state()).phases).toEqual(['ask']);
    s.phase('ask').wait(100);
    expect(allowedActions(s.state()).nextPhase).toBe('answer');
    s.phase('answer').wait(200);
    expect(allowedActions(s.state()).phases).toEqual(['followUp', 'supplement']);
    s.phase('followUp').wait(50).phase('answer').wait(60).phase('supplement').wait(90);
    const st = s.state();
    expect(st.phases).toEqual(['ask', 'answer', 'followUp', 'answer', 'supplement']);
    expect(st.currentPhase).toBe('supplement');
    expect(st.followUpCount).toBe(1);
    expect(allowedActions(st).phases).toEqual(['followUp']);
    // each phase ended where the next started
    expect(
      st.segments.map((x) => [x.phase, (x.startedAt - T0) / 1000, x.endedAt && (x.endedAt - T0) / 1000]),
    ).toEqual([
      ['ask', 0, 100],
      ['answer', 100, 300],
      ['followUp', 300, 350],
      ['answer', 350, 410],
      ['supplement', 410, null],
    ]);
    expect(st.segments.map((x) => x.plannedSeconds)).toEqual([180, 300, 120, 300, 180]);
    s.finish();
    const done = s.state();
    expect(done.currentQuestion).toBeNull();
    expect(done.activeSegment).toBeNull();
    expect(done.progress.q1).toMatchObject({ status: 'done', takenAt: T0, finishedAt: T0 + 500_000 });
    expect(done.segments.at(-1)?.endedAt).toBe(T0 + 500_000);
    expect(done.queue).toEqual(['q2', 'q3']);
    expect(done.next?.id).toBe('q2');
    expect(done.ignored).toEqual([]);
  });

  it('stops the timer without finishing the question', () => {
    const s = scenario().take('q1').phase('ask').wait(10).act({ type: 'timerStopped' });
    expect(s.state().activeSegment).toBeNull();
    expect(s.state().currentPhase).toBe('ask');
    expect(allowedActions(s.state())).toMatchObject({ pause: false, stopTimer: false, finish: true });
  });
});

describe('foldConsole: the queue', () => {
  it('takes a question out of planned order', () => {
    const st = scenario().take('q3').state();
    expect(st.currentQuestionId).toBe('q3');
    expect(st.queue).toEqual(['q1', 'q2']);
    expect(st.next?.id).toBe('q1');
  });

  it('adds an unplanned question and runs it', () => {
    const q4 = question('q4', 4, { unplanned: true, text: '', askerId: 'li' });
    const s = scenario().act({ type: 'questionAdded', question: q4 });
    expect(s.state().queue).toEqual(['q1', 'q2', 'q3', 'q4']);
    s.take('q4').phase('ask').wait(60).phase('answer').wait(60).finish();
    const st = s.state();
    expect(st.progress.q4?.status).toBe('done');
    expect(st.questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
    expect(st.ignored).toEqual([]);
  });

  it('sends a deferred question to the end of the queue and brings it back', () => {
    const s = scenario().take('q1').phase('ask').wait(30);
    s.act({ type: 'questionDeferred', questionId: 'q1' });
    expect(s.state().progress.q1?.status).toBe('deferred');
    expect(s.state().queue).toEqual(['q2', 'q3', 'q1']);
    s.take('q2').phase('ask').wait(10).finish();
    expect(s.state().queue).toEqual(['q3', 'q1']);
    s.take('q1');
    const st = s.state();
    expect(st.phases).toEqual(['ask']);
    // the rules go on from 提问; the interrupted 提问 may also start again
    expect(allowedActions(st).phases).toEqual(['answer', 'ask']);
    s.phase('answer').wait(20).finish();
    expect(s.state().progress.q1).toMatchObject({ status: 'done', deferrals: 1, takenAt: T0 });
  });

  it('skips a question, which can still be taken later', () => {
    const s = scenario().act({ type: 'questionSkipped', questionId: 'q2' });
    expect(s.state().queue).toEqual(['q1', 'q3']);
    expect(allowedActions(s.state()).take).toEqual(['q1', 'q3', 'q2']);
    s.take('q2');
    expect(s.state().progress.q2?.status).toBe('current');
  });

  it('follows the agenda and tags segments with it', () => {
    const s = scenario().act({ type: 'agendaItemStarted', agendaItemId: 'a1' }).wait(600);
    s.act({ type: 'agendaItemStarted', agendaItemId: 'a3' }).take('q1').phase('ask');
    const st = s.state();
    expect(st.currentAgendaItem?.title).toBe('询问（一问一答）');
    expect(st.agendaRuns).toEqual([
      { agendaItemId: 'a1', startedAt: T0, endedAt: T0 + 600_000 },
      { agendaItemId: 'a3', startedAt: T0 + 600_000, endedAt: null },
    ]);
    expect(st.activeSegment?.agendaItemId).toBe('a3');
    expect(allowedActions(st).agendaItems).toEqual([]);
  });

  it('times a 表态发言 outside any question, ended by the next agenda item', () => {
    const s = scenario().act({ type: 'agendaItemStarted', agendaItemId: 'a5' }).phase('statement').wait(30);
    expect(s.state().activeSegment).toMatchObject({
      phase: 'statement',
      questionId: null,
      plannedSeconds: 600,
    });
    s.act({ type: 'agendaItemStarted', agendaItemId: 'a6' });
    expect(s.state().activeSegment).toBeNull();
    expect(s.state().segments[0]?.endedAt).toBe(T0 + 30_000);
  });
});

describe('illegal actions', () => {
  const reason = (s: ReturnType<typeof scenario>, action: Parameters<typeof checkAction>[1]) =>
    checkAction(s.state(), action);

  it('refuses with a Chinese reason', () => {
    const s = scenario();
    expect(reason(s, { type: 'phaseStarted', phase: 'ask', plannedSeconds: 180 })).toBe(
      '请先选择要询问的问题',
    );
    expect(reason(s, { type: 'paused' })).toBe('计时未开始');
    expect(reason(s, { type: 'undo', targetSeq: 1 })).toBe('没有可以撤销的操作');
    expect(reason(s, { type: 'questionTaken', questionId: 'nope' })).toBe('没有这个问题');
    s.take('q1');
    expect(reason(s, { type: 'questionTaken', questionId: 'q2' })).toBe('请先结束当前问题');
    expect(reason(s, { type: 'phaseStarted', phase: 'answer', plannedSeconds: 300 })).toBe(
      '提问或追问之后才能回答',
    );
    expect(reason(s, { type: 'questionFinished', questionId: 'q1' })).toBe(
      '尚未开始提问，如不询问请选择跳过',
    );
    expect(reason(s, { type: 'phaseStarted', phase: 'statement', plannedSeconds: 600 })).toBe(
      '请先结束当前问题',
    );
    expect(reason(s, { type: 'meetingEnded' })).toBe('请先结束当前问题');
    s.phase('ask');
    expect(reason(s, { type: 'phaseStarted', phase: 'followUp', plannedSeconds: 120 })).toBe(
      '回答之后才能追问',
    );
    expect(reason(s, { type: 'phaseStarted', phase: 'supplement', plannedSeconds: 180 })).toBe(
      '回答之后才能补充回答',
    );
    expect(reason(s, { type: 'phaseStarted', phase: 'ask', plannedSeconds: 180 })).toBe(
      '每个问题只能提问一次',
    );
    expect(reason(s, { type: 'phaseStarted', phase: 'answer', plannedSeconds: -1 })).toBe(
      '计时时长应为 0（不限时）到 120 分钟',
    );
    expect(reason(s, { type: 'phaseStarted', phase: 'answer', plannedSeconds: 0 })).toBeNull();
    expect(reason(s, { type: 'resumed' })).toBe('计时没有暂停');
    expect(reason(s, { type: 'questionSkipped', questionId: 'q1' })).toBe('该问题已开始询问，请结束或暂缓');
    expect(reason(s, { type: 'questionFinished', questionId: 'q2' })).toBe('只能结束当前问题');
    expect(reason(s, { type: 'agendaItemStarted', agendaItemId: 'a4' })).toBe('请先结束当前问题');
    s.act({ type: 'paused' });
    expect(reason(s, { type: 'paused' })).toBe('计时已暂停');
    expect(reason(s, { type: 'undo', targetSeq: 1 })).toBe('只能撤销最近的一步操作');
    s.finish();
    expect(reason(s, { type: 'questionTaken', questionId: 'q1' })).toBe('该问题已询问完毕');
    expect(reason(s, { type: 'questionAdded', question: QUESTIONS[0]! })).toBe('问题编号重复');
    expect(reason(s, { type: 'questionAdded', question: question('q9', 9, { askerId: '' }) })).toBe(
      '请选择询问人',
    );
    s.phase('statement');
    expect(reason(s, { type: 'questionTaken', questionId: 'q2' })).toBe('请先停止表态发言计时');
    s.act({ type: 'meetingEnded' });
    expect(reason(s, { type: 'questionTaken', questionId: 'q2' })).toBe('会议已结束');
    expect(allowedActions(s.state())).toMatchObject({
      take: [],
      phases: [],
      addQuestion: false,
      endMeeting: false,
    });
  });

  it('gives the reason as a DomainError code with its parameters', () => {
    const s = scenario().phase('statement');
    expect(consoleRefusal(s.state(), { type: 'questionTaken', questionId: 'q2' })).toEqual({
      code: 'inquiry.stopTimerFirst',
      params: { phase: '表态发言' },
    });
    expect(consoleRefusal(s.state(), { type: 'paused' })).toBeNull();
    expect(consoleRefusal(s.state(), { type: 'resumed' })).toEqual({ code: 'inquiry.timerNotPaused' });
    s.act({ type: 'timerStopped' }).take('q1');
    expect(consoleRefusal(s.state(), { type: 'phaseStarted', phase: 'ask', plannedSeconds: 7201 })).toEqual({
      code: 'inquiry.plannedSecondsRange',
      params: { maxMinutes: 120 },
    });
    expect(
      consoleRefusal(s.state(), { type: 'questionAdded', question: question('q9', 9, { unitIds: [] }) }),
    ).toMatchObject({ code: 'common.invalidInput', params: { message: expect.stringContaining('单位') } });
  });

  it('ignores illegal events found in the log, with the reason', () => {
    // a stale double press: 回答 written twice
    const s = scenario().take('q1').phase('ask').wait(5).phase('answer');
    s.act({ type: 'phaseStarted', phase: 'answer', plannedSeconds: 300 });
    const st = s.state();
    expect(st.phases).toEqual(['ask', 'answer']);
    expect(st.ignored).toEqual([{ seq: 4, type: 'phaseStarted', reason: '提问或追问之后才能回答' }]);
    expect(st.undoTarget?.seq).toBe(3);
  });

  it('lists exactly the actions checkAction accepts', () => {
    const st = scenario().take('q1').phase('ask').wait(5).phase('answer').state();
    expect(allowedActions(st)).toEqual({
      take: [],
      // waiting questions can be skipped at any time
      skip: ['q2', 'q3'],
      phases: ['followUp', 'supplement'],
      nextPhase: 'followUp',
      pause: true,
      resume: false,
      stopTimer: true,
      finish: true,
      defer: true,
      agendaItems: [],
      endMeeting: false,
      addQuestion: true,
      undo: { seq: 3, type: 'phaseStarted', label: '开始回答' },
    });
  });
});

describe('event order', () => {
  it('folds shuffled and duplicated reads to the same state', () => {
    const s = scenario().take('q2').phase('ask').wait(40).act({ type: 'paused' }).wait(10);
    s.act({ type: 'resumed' }).wait(20).phase('answer').wait(5).undo().wait(3).phase('answer');
    const reversed = [...s.events].reverse();
    const shuffled = [s.events[3]!, ...reversed, s.events[0]!];
    expect(foldConsole(QUESTIONS, AGENDA, shuffled)).toEqual(s.state());
    expect(foldConsole(QUESTIONS, AGENDA, shuffled).ignored).toEqual([]);
  });

  it('orders events by seq, not by time', () => {
    const events = [
      toEvent({ type: 'questionTaken', questionId: 'q1' }, 2, T0 + 5000),
      toEvent({ type: 'questionTaken', questionId: 'q3' }, 1, T0 + 9000),
    ];
    const st = foldConsole(QUESTIONS, AGENDA, events);
    expect(st.currentQuestionId).toBe('q3');
    expect(st.ignored.map((i) => i.reason)).toEqual(['请先结束当前问题']);
  });
});
