// A long meeting: 300 questions each asked with a follow-up and a supplement (about 2,700 events),
// folded and read the way the console and the projector do every frame. Figures only.
import { bench, describe } from 'vitest';
import { DEFAULT_TIMER_MINUTES } from '../settings/settings';
import type { ConsoleEvent } from './consoleEvents';
import { allowedActions } from './consoleRules';
import { foldConsole, foldFrom } from './consoleState';
import { computeMinutes } from './minutes';
import { newQuestion } from './question';
import { timerReading } from './timer';

const questions = Array.from({ length: 300 }, (_, i) =>
  newQuestion(`q${i}`, i + 1, DEFAULT_TIMER_MINUTES, {
    askerId: `a${i % 30}`,
    unitIds: [`u${i % 16}`],
    text: '问题',
  }),
);
const events: ConsoleEvent[] = [];
let at = Date.UTC(2026, 11, 6, 1);
const push = (e: Record<string, unknown>) => {
  events.push({ ...e, seq: events.length + 1, at } as ConsoleEvent);
  at += 30_000;
};
for (const q of questions) {
  push({ type: 'questionTaken', questionId: q.id });
  for (const [phase, planned] of [
    ['ask', 180],
    ['answer', 300],
    ['followUp', 120],
    ['answer', 300],
    ['supplement', 180],
  ] as const) {
    push({ type: 'phaseStarted', phase, plannedSeconds: planned });
  }
  push({ type: 'paused' });
  push({ type: 'resumed' });
  push({ type: 'questionFinished', questionId: q.id });
}
const shuffled = [...events].reverse();

describe('console log of 300 questions', () => {
  bench('fold (events read in reverse order)', () => {
    foldConsole(questions, [], shuffled);
  });
  const state = foldConsole(questions, [], events);
  bench('timer reading for one frame', () => {
    timerReading(state, at);
  });
  bench('minutes', () => {
    computeMinutes(state, at);
  });
});

describe('one key halfway through a meeting of 300 questions', () => {
  // 150 questions asked, 150 waiting: the rules check every waiting question on each key.
  const half = events.slice(0, events.length / 2);
  const fold = foldFrom(null, questions, [], half.slice(0, -1));
  bench('fold the key (foldFrom one event)', () => {
    foldFrom(fold, questions, [], half);
  });
  const state = foldConsole(questions, [], half);
  bench('allowed actions', () => {
    allowedActions(state);
  });
});
