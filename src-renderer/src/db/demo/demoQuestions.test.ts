import { describe, expect, it } from 'vitest';
import { newQuestion, normalizeQuestion, validateQuestion } from '../../domain/inquiry/question';
import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import { DEMO_ACTIVITIES, DEMO_INQUIRY_KEY } from './demoActivities';
import { DEMO_QUESTIONS, type DemoQuestion } from './demoQuestions';

const inquiry = DEMO_ACTIVITIES.find((a) => a.key === DEMO_INQUIRY_KEY);
if (!inquiry) throw new Error('the demo inquiry is missing');
const askerKeys = new Set(inquiry.participantKeys);
const unitKeys = inquiry.units.map((u) => u.unitKey);

/** A question built from a demo question, with the demo keys standing in for ids. */
function build(q: DemoQuestion, index: number) {
  return newQuestion(`q-${index + 1}`, index + 1, DEFAULT_TIMER_MINUTES, {
    askerId: q.askerKey,
    unitIds: q.unitKeys,
    text: q.text,
  });
}

describe('DEMO_QUESTIONS', () => {
  it('has a realistic question list for the inquiry', () => {
    expect(DEMO_QUESTIONS.length).toBeGreaterThanOrEqual(14);
    expect(new Set(DEMO_QUESTIONS.map((q) => q.askerKey)).size).toBeGreaterThanOrEqual(8);
  });

  it('asks only the inquiry participants', () => {
    for (const q of DEMO_QUESTIONS) expect(askerKeys.has(q.askerKey), q.askerKey).toBe(true);
  });

  it('addresses only the inquiry units, and every one of them', () => {
    for (const q of DEMO_QUESTIONS) {
      expect(q.unitKeys.length).toBeGreaterThan(0);
      for (const key of q.unitKeys) expect(unitKeys, key).toContain(key);
    }
    expect(new Set(DEMO_QUESTIONS.flatMap((q) => q.unitKeys))).toEqual(new Set(unitKeys));
    expect(DEMO_QUESTIONS.some((q) => q.unitKeys.length > 1)).toBe(true);
  });

  it('builds valid, already normalized questions', () => {
    DEMO_QUESTIONS.forEach((q, index) => {
      const question = build(q, index);
      expect(validateQuestion(question), q.text).toEqual({});
      expect(normalizeQuestion(question)).toEqual(question);
    });
  });

  it('has distinct texts of question length that end with a question', () => {
    expect(new Set(DEMO_QUESTIONS.map((q) => q.text)).size).toBe(DEMO_QUESTIONS.length);
    for (const q of DEMO_QUESTIONS) {
      const length = [...q.text].length;
      expect(length, q.text).toBeGreaterThanOrEqual(60);
      expect(length, q.text).toBeLessThanOrEqual(150);
      expect(q.text.endsWith('？'), q.text).toBe(true);
    }
  });
});
