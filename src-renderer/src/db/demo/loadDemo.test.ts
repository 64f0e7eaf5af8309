import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../domain/settings/settings';
import { peopleRepository } from '../repositories/people';
import { loadSettings, saveSettings } from '../repositories/settings';
import { freshDb } from '../testing/freshDb';
import { DemoNotEmptyError, loadDemo } from './loadDemo';
import { DEMO_PEOPLE, DEMO_UNITS } from './demoData';

const now = new Date(2026, 10, 29, 9, 0);

describe('loadDemo', () => {
  it('loads people, units, both activities and the settings', async () => {
    const db = freshDb();
    await loadDemo(db, now.getTime());
    expect(await db.people.count()).toBe(DEMO_PEOPLE.length);
    expect(await db.units.count()).toBe(DEMO_UNITS.length);
    const activities = await db.activities.orderBy('date').toArray();
    expect(activities.map((a) => [a.kind, a.title, a.date])).toEqual([
      ['project', '民生实事项目票决', '2026-08-01'],
      ['evaluation', '优化营商环境', '2026-10-30'],
      ['inquiry', '促进绿色矿山建设', '2026-12-06'],
    ]);
    const inquiry = activities[2]!;
    expect(inquiry.units).toHaveLength(6);
    const unitNames = (await db.units.bulkGet(inquiry.unitIds)).map((u) => u?.shortName);
    expect(unitNames).toContain('县自然资源局');
    expect(inquiry.personIds).toContain(inquiry.chairId);
    expect((await loadSettings(db)).letterPrefix).toBe('宜人常函');
    const questions = await db.questions.where('activityId').equals(inquiry.id).sortBy('order');
    expect(questions.length).toBeGreaterThanOrEqual(12);
    expect(new Set(questions.map((q) => q.askerId)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(questions.flatMap((q) => q.unitIds))).toEqual(new Set(inquiry.unitIds));
    expect(
      questions.every((q) => inquiry.participantIds.includes(q.askerId) && q.respondentName !== ''),
    ).toBe(true);
    const agenda = await db.agendaItems.where('activityId').equals(inquiry.id).sortBy('order');
    // The evaluation's and the inquiry's rounds, and two votes on rectification reports (demoRectification).
    expect((await db.voteRounds.toArray()).map((r) => `${r.subjectKind}:${r.stage}`).sort()).toEqual([
      'report:draft',
      'report:published',
      'unit:draft',
      'unit:published',
    ]);
    expect(agenda.map((a) => a.kind)).toEqual([
      'opening',
      'report',
      'inquiry',
      'vote',
      'statement',
      'closing',
    ]);
  });

  it('loads a published project vote: 12 candidates, 41 ballots, 10 chosen, followed in different states', async () => {
    const db = freshDb();
    await loadDemo(db, now.getTime());
    const project = (await db.activities.toArray()).find((a) => a.kind === 'project');
    expect(project?.project).toEqual({
      year: 2026,
      places: 10,
      denominator: 'valid',
      meetingName: '宜丰县第十八届人民代表大会第一次会议',
    });
    expect(await db.projectCandidates.count()).toBe(12);
    const [round] = await db.projectRounds.toArray();
    expect(await db.projectBallots.count()).toBe(41);
    const decision = round?.published?.decision;
    expect(decision?.chosen).toHaveLength(10);
    expect([decision?.denominator, decision?.passVotes, decision?.runoff]).toEqual([39, 20, null]);
    const items = await db.projectItems.toArray();
    expect(items.map((i) => i.status).sort()).toEqual([
      'completed',
      'completed',
      'delayed',
      ...Array<string>(7).fill('inProgress'),
    ]);
  });

  it('refuses a database that already has records, and changes nothing', async () => {
    const db = freshDb();
    await peopleRepository.add(db, { name: '张三', title: '', category: '人大代表', groups: [], phone: '' });
    await expect(loadDemo(db, now.getTime())).rejects.toBeInstanceOf(DemoNotEmptyError);
    expect(await db.people.count()).toBe(1);
    expect(await db.activities.count()).toBe(0);
  });

  it('keeps settings the user already entered', async () => {
    const db = freshDb();
    await saveSettings(db, {
      ...DEFAULT_SETTINGS,
      orgName: '某县人大常委会',
      letterPrefix: '某人常函',
      noticePrefix: '某人常发',
    });
    await loadDemo(db, now.getTime());
    expect((await loadSettings(db)).orgName).toBe('某县人大常委会');
  });
});
