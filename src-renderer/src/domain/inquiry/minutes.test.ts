import { describe, expect, it } from 'vitest';
import { computeMinutes, formatDuration, type InquiryMinutes } from './minutes';
import { QUESTIONS, question, scenario, T0 } from '../testing/inquiryFixtures';
import { toCalendarDate } from '../time';

const at = (seconds: number) => T0 + seconds * 1000;

/** q2 out of order, then a full q1, q3 skipped, an unplanned q4 still answering at 2080 s. */
function meeting() {
  const s = scenario().act({ type: 'agendaItemStarted', agendaItemId: 'a1' }).wait(600);
  s.act({ type: 'agendaItemStarted', agendaItemId: 'a3' });
  s.take('q2').phase('ask').wait(60).phase('answer').wait(120).finish();
  // 提问 3 min, 回答 5 min 40 s, 追问 100 s with a 30 s pause, 回答 150 s, 补充回答 200 s
  s.take('q1').phase('ask').wait(180).phase('answer').wait(340).phase('followUp').wait(50);
  s.act({ type: 'paused' }).wait(30).act({ type: 'resumed' }).wait(50);
  s.phase('answer').wait(150).phase('supplement').wait(200).finish();
  s.act({ type: 'questionSkipped', questionId: 'q3' });
  const q4 = question('q4', 4, { askerId: 'li', unitIds: ['unit-yingji'], unplanned: true, text: '' });
  s.act({ type: 'questionAdded', question: q4 }).take('q4').phase('ask').wait(200).phase('answer').wait(100);
  expect(s.now()).toBe(at(2080));
  expect(s.state().ignored).toEqual([]);
  return s;
}

describe('computeMinutes', () => {
  it('gives planned and actual time per phase of a full question', () => {
    const minutes = computeMinutes(meeting().state(), at(2080));
    const q1 = minutes.asked[1];
    expect(q1?.question.id).toBe('q1');
    expect(q1?.phases).toEqual([
      { phase: 'ask', label: '提问', count: 1, plannedSeconds: 180, actualSeconds: 180, overtimeSeconds: 0 },
      {
        phase: 'answer',
        label: '回答',
        count: 2,
        plannedSeconds: 600,
        actualSeconds: 490,
        overtimeSeconds: 40,
      },
      {
        phase: 'followUp',
        label: '追问',
        count: 1,
        plannedSeconds: 120,
        actualSeconds: 100,
        overtimeSeconds: 0,
      },
      {
        phase: 'supplement',
        label: '补充回答',
        count: 1,
        plannedSeconds: 180,
        actualSeconds: 200,
        overtimeSeconds: 20,
      },
    ]);
    expect(q1).toMatchObject({
      status: 'done',
      takenAt: at(780),
      finishedAt: at(1780),
      followUps: 1,
      supplement: true,
      plannedSeconds: 1080,
      actualSeconds: 970,
      overtimeSeconds: 60,
    });
    expect(q1?.segments.map((x) => [x.label, x.actualSeconds, x.overtimeSeconds])).toEqual([
      ['提问', 180, 0],
      ['回答', 340, 40],
      ['追问', 100, 0],
      ['回答', 150, 0],
      ['补充回答', 200, 20],
    ]);
  });

  it('lists questions in the order they were asked, skipped ones apart, and counts what still runs', () => {
    const minutes = computeMinutes(meeting().state(), at(2080));
    expect(minutes.asked.map((m) => [m.question.id, m.status, m.actualSeconds])).toEqual([
      ['q2', 'done', 180],
      ['q1', 'done', 970],
      ['q4', 'current', 300],
    ]);
    expect(minutes.notAsked.map((n) => [n.question.id, n.reason, n.label])).toEqual([
      ['q3', 'skipped', '已跳过'],
    ]);
    expect(computeMinutes(meeting().state(), at(2090)).asked[2]?.actualSeconds).toBe(310);
  });

  it('totals per unit (a question counts for each of its units) and per asker', () => {
    const minutes = computeMinutes(meeting().state(), at(2080));
    const row = (t: (typeof minutes.byUnit)[number]) => [
      t.id,
      t.questions,
      t.plannedSeconds,
      t.actualSeconds,
      t.overtimeSeconds,
      t.followUps,
      t.supplements,
    ];
    expect(minutes.byUnit.map(row)).toEqual([
      ['unit-shengtai', 1, 480, 180, 0, 0, 0],
      ['unit-ziran', 2, 1560, 1150, 60, 1, 1],
      ['unit-yingji', 1, 480, 300, 20, 0, 0],
    ]);
    expect(minutes.byAsker.map(row)).toEqual([
      ['wang', 1, 480, 180, 0, 0, 0],
      ['zhang', 1, 1080, 970, 60, 1, 1],
      ['li', 1, 480, 300, 20, 0, 0],
    ]);
    // the rows: 开场 (600 s as planned), then the three questions
    expect(minutes.totals).toEqual({
      questionsAsked: 3,
      plannedSeconds: 2640,
      actualSeconds: 2050,
      overtimeSeconds: 80,
      meetingSeconds: 2080,
      startedAt: T0,
      endedAt: null,
    });
    expect(minutes.agenda.map((a) => [a.item.id, a.plannedSeconds, a.actualSeconds])).toEqual([
      ['a1', 600, 600],
      ['a2', 1200, 0],
      ['a3', 7200, 1480],
      ['a4', 900, 0],
      ['a5', 600, 0],
      ['a6', 900, 0],
    ]);
  });

  it('adds the 表态发言 and stops counting when the meeting ends', () => {
    const s = meeting().finish().act({ type: 'agendaItemStarted', agendaItemId: 'a5' });
    s.phase('statement').wait(650).act({ type: 'agendaItemStarted', agendaItemId: 'a6' }).wait(300);
    s.act({ type: 'meetingEnded' });
    const minutes = computeMinutes(s.state(), at(99_999));
    expect(
      minutes.statements.map((x) => [
        x.label,
        x.agendaItemId,
        x.plannedSeconds,
        x.actualSeconds,
        x.overtimeSeconds,
      ]),
    ).toEqual([['表态发言', 'a5', 600, 650, 50]]);
    // 开场 600/600, q2 480/180, q1 1080/970 (+60), q4 480/300 (+20), 表态发言 600/650 (+50), 主任讲话 900/300
    expect(minutes.totals).toMatchObject({
      plannedSeconds: 4140,
      actualSeconds: 3000,
      overtimeSeconds: 130,
      meetingSeconds: 3030,
      endedAt: at(3030),
    });
    expect(minutes.agenda.map((a) => a.actualSeconds)).toEqual([600, 0, 1480, 0, 650, 300]);
  });
});

const columnSum = (m: InquiryMinutes, key: 'plannedSeconds' | 'actualSeconds' | 'overtimeSeconds') =>
  m.rows.reduce((total, row) => total + row[key], 0);

describe('the rows of the minutes', () => {
  it('are the questions, the 表态发言 and the other agenda items that ran, in the order they ran', () => {
    const s = meeting().finish().act({ type: 'agendaItemStarted', agendaItemId: 'a4' }).wait(1000);
    s.act({ type: 'agendaItemStarted', agendaItemId: 'a5' }).phase('statement').wait(650);
    s.act({ type: 'agendaItemStarted', agendaItemId: 'a6' }).wait(300).act({ type: 'meetingEnded' });
    const minutes = computeMinutes(s.state(), at(99_999));
    const title = (r: InquiryMinutes['rows'][number]) =>
      r.kind === 'question' ? r.minutes.question.id : r.title;
    expect(
      minutes.rows.map((r) => [r.kind, title(r), r.plannedSeconds, r.actualSeconds, r.overtimeSeconds]),
    ).toEqual([
      ['agenda', '开场（主持人介绍应询人员）', 600, 600, 0],
      ['question', 'q2', 480, 180, 0],
      ['question', 'q1', 1080, 970, 60],
      ['question', 'q4', 480, 300, 20],
      ['agenda', '满意度测评', 900, 1000, 100],
      ['statement', '表态发言', 600, 650, 50],
      ['agenda', '主任讲话', 900, 300, 0],
    ]);
  });

  it('sum to the totals: 超时合计 is the sum of the overtime column', () => {
    const s = meeting().finish().act({ type: 'agendaItemStarted', agendaItemId: 'a4' }).wait(1000);
    s.act({ type: 'agendaItemStarted', agendaItemId: 'a5' }).phase('statement').wait(650);
    for (const now of [at(2080), at(3100), at(9999)]) {
      const minutes = computeMinutes(s.state(), now);
      expect(minutes.totals.overtimeSeconds).toBe(columnSum(minutes, 'overtimeSeconds'));
      expect(minutes.totals.plannedSeconds).toBe(columnSum(minutes, 'plannedSeconds'));
      expect(minutes.totals.actualSeconds).toBe(columnSum(minutes, 'actualSeconds'));
    }
    expect(computeMinutes(s.state(), at(9999)).totals.overtimeSeconds).toBe(80 + 100 + 50 + (9999 - 3730));
  });

  it('count no overtime for a phase with no limit', () => {
    const q = question('q1', 1, {
      askerId: 'zhang',
      unitIds: ['unit-ziran'],
      plannedSeconds: { ask: 0, answer: 90, followUp: 120, supplement: 180 },
    });
    const s = scenario([q]).take('q1').phase('ask').wait(500).phase('answer').wait(100).finish();
    const minutes = computeMinutes(s.state(), s.now());
    expect(
      minutes.asked[0]?.segments.map((x) => [x.plannedSeconds, x.actualSeconds, x.overtimeSeconds]),
    ).toEqual([
      [0, 500, 0],
      [90, 100, 10],
    ]);
    expect(minutes.totals.overtimeSeconds).toBe(10);
  });
});

describe('the questions not asked', () => {
  const deferredNeverResumed = () =>
    scenario()
      .take('q1')
      .phase('ask')
      .wait(200)
      .act({ type: 'questionDeferred', questionId: 'q1' })
      .take('q2')
      .phase('ask')
      .wait(60)
      .phase('answer')
      .wait(100)
      .finish();

  it('do not count a question deferred and never taken again as asked, nor its time in the totals', () => {
    const minutes = computeMinutes(deferredNeverResumed().state(), at(999));
    expect(minutes.asked.map((m) => m.question.id)).toEqual(['q2']);
    // q1's 200 s 提问 (20 s over) was cut short by the deferral: it is in no row and no total
    expect(minutes.totals).toMatchObject({ questionsAsked: 1, actualSeconds: 160, overtimeSeconds: 0 });
    expect(minutes.byAsker.map((t) => t.id)).toEqual(['wang']);
    expect(minutes.notAsked.map((n) => [n.question.id, n.label, n.timedSeconds])).toEqual([
      ['q1', '暂缓后未再询问', 200],
      ['q3', '未询问', 0],
    ]);
  });

  it('count a deferred question taken again as asked', () => {
    const s = deferredNeverResumed().take('q1').phase('answer').wait(30).finish();
    const minutes = computeMinutes(s.state(), s.now());
    expect(minutes.asked.map((m) => [m.question.id, m.actualSeconds, m.deferrals])).toEqual([
      ['q1', 230, 1],
      ['q2', 160, 0],
    ]);
    expect(minutes.notAsked.map((n) => n.question.id)).toEqual(['q3']);
  });

  it('list every question of the list before the meeting', () => {
    const minutes = computeMinutes(scenario().state(), T0);
    expect(minutes.notAsked.map((n) => [n.question.id, n.reason])).toEqual(
      QUESTIONS.map((q) => [q.id, 'pending']),
    );
    expect(minutes.rows).toEqual([]);
  });
});

describe('the meeting date', () => {
  it('is the day the meeting ran (its first event), not the day the minutes are made', () => {
    expect(computeMinutes(scenario().state(), T0).meetingDate).toBeNull();
    const s = scenario().wait(3600).act({ type: 'agendaItemStarted', agendaItemId: 'a1' });
    const weekLater = s.now() + 7 * 86_400_000;
    expect(computeMinutes(s.state(), weekLater).meetingDate).toBe(toCalendarDate(T0 + 3_600_000));
    expect(computeMinutes(s.state(), weekLater).meetingDate).not.toBe(toCalendarDate(weekLater));
  });
});

describe('formatDuration', () => {
  it('writes durations the way minutes do', () => {
    expect([0, 40, 180, 220, 3600, 3900, 3725].map(formatDuration)).toEqual([
      '0秒',
      '40秒',
      '3分钟',
      '3分40秒',
      '1小时',
      '1小时5分钟',
      '1小时2分5秒',
    ]);
  });
});
