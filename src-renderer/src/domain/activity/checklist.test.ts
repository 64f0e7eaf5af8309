import { describe, expect, it } from 'vitest';
import { firstRunChecklist, type ChecklistFacts } from './checklist';

const empty: ChecklistFacts = { settingsReady: false, people: 0, units: 0, activities: 0, inquiries: [] };
const summary = (facts: ChecklistFacts) =>
  firstRunChecklist(facts).steps.map((s) => `${s.key}:${s.done ? 'done' : 'todo'}:${s.href}`);

describe('firstRunChecklist', () => {
  it('on an empty database has all five steps undone, the first one next', () => {
    const list = firstRunChecklist(empty);
    expect(summary(empty)).toEqual([
      'settings:todo:/settings',
      'directory:todo:/directory/people',
      'activity:todo:/activities/new',
      'questions:todo:/activities/new',
      'agenda:todo:/activities/new',
    ]);
    expect(list.next?.key).toBe('settings');
    expect(list.doneCount).toBe(0);
    expect(list.steps.map((s) => s.label)).toEqual([
      '机关名称与文号前缀',
      '名册',
      '活动',
      '询问提纲',
      '议程',
    ]);
  });

  it('ticks each step from the facts, and the next step is the first undone one', () => {
    const list = firstRunChecklist({ ...empty, settingsReady: true, people: 3 });
    expect(list.steps[0]?.done).toBe(true);
    expect(list.steps[1]?.done).toBe(false);
    // People but no units: the 名册 step goes to the units.
    expect(list.steps[1]?.href).toBe('/directory/units');
    expect(list.next?.key).toBe('directory');
    expect(firstRunChecklist({ ...empty, units: 1 }).steps[1]?.href).toBe('/directory/people');
  });

  it("points the inquiry steps at the inquiry's tabs: the first with questions, else the first", () => {
    const facts: ChecklistFacts = {
      settingsReady: true,
      people: 5,
      units: 2,
      activities: 2,
      inquiries: [
        { id: 'new', questions: 0, agendaItems: 0 },
        { id: 'asked', questions: 4, agendaItems: 0 },
      ],
    };
    expect(summary(facts).slice(3)).toEqual([
      'questions:done:/activities/asked/questions',
      'agenda:todo:/activities/asked/agenda',
    ]);
    expect(firstRunChecklist(facts).next?.key).toBe('agenda');
    const fresh = { ...facts, inquiries: [{ id: 'new', questions: 0, agendaItems: 9 }] };
    expect(summary(fresh).slice(3)).toEqual([
      'questions:todo:/activities/new/questions',
      'agenda:done:/activities/new/agenda',
    ]);
  });

  it('is complete when every step is done', () => {
    const list = firstRunChecklist({
      settingsReady: true,
      people: 5,
      units: 2,
      activities: 1,
      inquiries: [{ id: 'a', questions: 4, agendaItems: 8 }],
    });
    expect(list.next).toBeNull();
    expect(list.doneCount).toBe(5);
    expect(list.steps.every((s) => s.done)).toBe(true);
  });

  it('leaves out the inquiry steps when the only activities are 工作评议', () => {
    const list = firstRunChecklist({
      settingsReady: true,
      people: 5,
      units: 2,
      activities: 1,
      inquiries: [],
    });
    expect(list.steps.map((s) => s.key)).toEqual(['settings', 'directory', 'activity']);
    expect(list.next).toBeNull();
  });
});
