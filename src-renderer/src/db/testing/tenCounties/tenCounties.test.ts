import { describe, expect, it } from 'vitest';
import { checkBackup, parseBackupText } from '../../backupCheck';
import { consoleRefusal } from '../../../domain/inquiry/consoleRules';
import { foldConsole } from '../../../domain/inquiry/consoleState';
import type { AgendaItemRecord, ConsoleEventRecord, QuestionRecord } from '../../database';
import { tenCountiesBackupParts, tenCountiesTables } from './tenCounties';

// Generated once for the checks below (a few seconds: 40 rounds are counted and fingerprinted).
const generated = tenCountiesTables();

describe('the ten-county dataset', () => {
  it('is a backup the app accepts, with the stated counts', async () => {
    const tables = await generated;
    const text = tenCountiesBackupParts(tables).join('');
    const backup = await checkBackup(parseBackupText(text));
    const count = (table: keyof typeof backup.rows) => backup.rows[table].length;
    expect(count('units')).toBe(160);
    expect(count('people')).toBe(820);
    const people = backup.rows.people as { groups: string[] }[];
    expect(people.filter((p) => p.groups.length > 0)).toHaveLength(350);
    expect(new Set(people.flatMap((p) => p.groups)).size).toBe(3);
    expect(count('voteRounds')).toBe(40);
    expect(count('ballots')).toBe(20_000);
    const rounds = backup.rows.voteRounds as { subjects: unknown[]; stage: string }[];
    expect(rounds.every((r) => r.subjects.length === 16 && r.stage === 'published')).toBe(true);
    expect(count('questions')).toBe(300);
    expect(count('consoleEvents')).toBeGreaterThanOrEqual(2_600);
    expect(count('consoleEvents')).toBeLessThan(2_620);
    expect(count('rectificationItems')).toBe(500);
  }, 120_000);

  it('gives the same rows for the same seed', async () => {
    const [a, b] = [await generated, await tenCountiesTables()];
    expect(tenCountiesBackupParts(b).join('')).toBe(tenCountiesBackupParts(a).join(''));
    const other = await tenCountiesTables(7);
    expect(other.find((t) => t.name === 'people')?.rows[0]).not.toEqual(
      a.find((t) => t.name === 'people')?.rows[0],
    );
  }, 120_000);

  it("has a console log the console's rules accept, with questions still waiting", async () => {
    const tables = await generated;
    const rows = (name: string) => tables.find((t) => t.name === name)?.rows ?? [];
    const questions = rows('questions') as QuestionRecord[];
    const agenda = rows('agendaItems') as AgendaItemRecord[];
    const events = rows('consoleEvents') as ConsoleEventRecord[];
    // Every 211th event is checked against the state folded from the events before it (all would be slow).
    for (let i = 0; i < events.length; i += 211) {
      const event = events[i];
      if (!event) continue;
      const { seq: _seq, at: _at, activityId: _a, ...action } = event;
      expect(consoleRefusal(foldConsole(questions, agenda, events.slice(0, i)), action)).toBeNull();
    }
    const state = foldConsole(questions, agenda, events);
    expect(state.currentQuestionId).toBeNull();
    const done = Object.values(state.progress).filter((p) => p.finishedAt !== null).length;
    expect(done).toBeGreaterThan(250);
    expect(done).toBeLessThan(300);
  }, 120_000);
});
