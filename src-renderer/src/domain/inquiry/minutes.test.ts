import { describe, expect, it } from 'vitest';
import { computeMinutes, formatDuration } from './minutes';
import { question, scenario, T0 } from '../testing/inquiryFixtures';

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
    expect(minutes.skipped.map((q) => q.id)).toEqual(['q3']);
    expect(minutes.notAsked).toEqual([]);
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
    expect(minutes.totals).toEqual({
      questionsAsked: 3,
      plannedSeconds: 2040,
      actualSeconds: 1450,
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
    expect(minutes.totals).toMatchObject({
      plannedSeconds: 2640,
      actualSeconds: 2100,
      overtimeSeconds: 130,
      meetingSeconds: 3030,
      endedAt: at(3030),
    });
    expect(minutes.agenda.map((a) => a.actualSeconds)).toEqual([600, 0, 1480, 0, 650, 300]);
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
