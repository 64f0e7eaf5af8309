import { describe, expect, it } from 'vitest';
import { dbWithEveryTable } from '../testing/everyTable';
import { checkRecord, RECORD_SCHEMAS, type TableName } from '.';

describe('record schemas', () => {
  it('accept every row of the demo and of a live meeting, in every table', async () => {
    const db = await dbWithEveryTable();
    for (const table of Object.keys(RECORD_SCHEMAS) as TableName[]) {
      const rows = await db.table(table).toArray();
      expect(rows.length, `${table} has rows`).toBeGreaterThan(0);
      for (const row of rows) expect(checkRecord(table, row), table).toBeNull();
    }
    db.close();
  });

  it('refuse a malformed person with the path of the bad field', async () => {
    const db = await dbWithEveryTable();
    const person = (await db.people.toArray())[0];
    expect(checkRecord('people', { ...person, category: '路人' })).toMatch(/^category: /);
    expect(checkRecord('people', { ...person, name: 42 })).toMatch(/^name: .*string/);
    expect(checkRecord('people', { id: 'p1' })).toMatch(/name/);
    expect(checkRecord('people', null)).toMatch(/整条记录/);
    db.close();
  });

  it('refuse malformed nested records with a readable path', async () => {
    const db = await dbWithEveryTable();
    const item = (await db.rectificationItems.toArray()).find((i) => i.history.length > 0);
    if (!item) throw new Error('the demo has no item with a history');
    const history = item.history.map((entry, i) => (i === 0 ? { ...entry, date: '2026-02-30' } : entry));
    expect(checkRecord('rectificationItems', { ...item, history })).toBe(
      'history.0.date: 不是有效的日期（yyyy-mm-dd）',
    );
    const ballot = (await db.ballots.toArray()).find(
      (b) => b.form === 'tiers' && Object.keys(b.marks).length > 0,
    );
    if (!ballot) throw new Error('the demo has no marked ballot');
    const subject = Object.keys(ballot.marks)[0] ?? '';
    expect(checkRecord('ballots', { ...ballot, marks: { [subject]: ['great'] } })).toMatch(
      new RegExp(`^marks\\.${subject}\\.0: `),
    );
    const event = (await db.consoleEvents.toArray()).find((e) => e.type === 'phaseStarted');
    expect(checkRecord('consoleEvents', { ...event, phase: 'sing' })).toMatch(/^phase: /);
    expect(checkRecord('consoleEvents', { ...event, type: 'dance' })).toMatch(/^type: /);
    db.close();
  });

  it('accept lengths of 0 (no limit) and to the second, refuse fractions of a second and negatives', async () => {
    const db = await dbWithEveryTable();
    const activity = (await db.activities.toArray()).find((a) => a.kind === 'inquiry');
    const question = (await db.questions.toArray())[0];
    if (!activity || !question) throw new Error('the demo has no inquiry');
    const minutes = { ...activity.timerMinutes, ask: 0, answer: 1.5, followUp: 4 / 3 };
    expect(checkRecord('activities', { ...activity, timerMinutes: minutes })).toBeNull();
    expect(checkRecord('activities', { ...activity, timerMinutes: { ...minutes, ask: 1.001 } })).toMatch(
      /^timerMinutes\.ask: /,
    );
    expect(checkRecord('activities', { ...activity, timerMinutes: { ...minutes, ask: -1 } })).toMatch(
      /^timerMinutes\.ask: /,
    );
    const planned = { ...question.plannedSeconds, ask: 0, answer: 90 };
    expect(checkRecord('questions', { ...question, plannedSeconds: planned })).toBeNull();
    expect(checkRecord('questions', { ...question, plannedSeconds: { ...planned, ask: 1.5 } })).toMatch(
      /^plannedSeconds\.ask: /,
    );
    db.close();
  });

  it('refuse a published result whose fractions are not exact', async () => {
    const db = await dbWithEveryTable();
    const round = (await db.voteRounds.toArray()).find((r) => r.published !== null);
    if (!round?.published) throw new Error('the demo has no published round');
    const [subject, ...rest] = round.published.result.subjects;
    if (!subject) throw new Error('the published round has no subjects');
    const broken = { ...subject, score: { n: 1, d: 2, value: 0.5 } };
    const published = {
      ...round.published,
      result: { ...round.published.result, subjects: [broken, ...rest] },
    };
    expect(checkRecord('voteRounds', { ...round, published })).toMatch(
      /^published\.result\.subjects\.0\.score\.n: /,
    );
    db.close();
  });
});
