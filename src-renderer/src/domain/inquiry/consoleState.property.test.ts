import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toEvent, type ConsoleAction, type ConsoleEvent } from './consoleEvents';
import { allowedActions, phaseAction } from './consoleRules';
import { effectiveTimes } from './clock';
import {
  applyAction,
  hasStarted,
  initialCore,
  lastQuestionSegment,
  type ConsoleCore,
  type UndoTarget,
} from './consoleCore';
import { sortEvents } from './consoleEvents';
import { checkAction } from './consoleRules';
import { foldConsole, foldFrom, type ConsoleFold } from './consoleState';
import { CHECKPOINT_EVERY } from './undoStack';
import { computeMinutes } from './minutes';
import { AGENDA, MINUTES, question, QUESTIONS, T0 } from '../testing/inquiryFixtures';
import { timerReading } from './timer';

const ILLEGAL: ConsoleAction[] = [
  { type: 'resumed' },
  { type: 'phaseStarted', phase: 'supplement', plannedSeconds: 180 },
  { type: 'questionTaken', questionId: 'q1' },
  { type: 'undo', targetSeq: 1 },
];

/** A console session: each step picks one of the actions allowed at that moment (or, rarely, any action). */
const step = fc.record({
  pick: fc.nat(99_999),
  illegal: fc.nat(19),
  /** wall-clock move before the action: mostly forward, sometimes set back */
  dt: fc.oneof(fc.integer({ min: 0, max: 400_000 }), fc.integer({ min: -120_000, max: 0 })),
});

function play(steps: readonly { pick: number; illegal: number; dt: number }[]) {
  const events: ConsoleEvent[] = [];
  let clock = T0;
  steps.forEach(({ pick, illegal, dt }, index) => {
    clock += dt;
    const state = foldConsole(QUESTIONS, AGENDA, events);
    const allowed = allowedActions(state);
    const current = state.currentQuestionId;
    const when = (ok: boolean, action: ConsoleAction) => (ok ? [action] : []);
    // [weight, actions]: timing actions are common, skipping and agenda moves are rare
    const groups: [number, ConsoleAction[]][] = [
      [6, allowed.phases.map((phase) => phaseAction(state, phase, MINUTES))],
      [4, allowed.take.map((questionId): ConsoleAction => ({ type: 'questionTaken', questionId }))],
      [3, when(allowed.finish && current !== null, { type: 'questionFinished', questionId: current ?? '' })],
      [2, when(allowed.pause, { type: 'paused' })],
      [2, when(allowed.resume, { type: 'resumed' })],
      [2, when(allowed.undo !== null, { type: 'undo', targetSeq: allowed.undo?.seq ?? 0 })],
      [1, when(allowed.stopTimer, { type: 'timerStopped' })],
      [1, when(allowed.defer && current !== null, { type: 'questionDeferred', questionId: current ?? '' })],
      [1, allowed.skip.map((questionId): ConsoleAction => ({ type: 'questionSkipped', questionId }))],
      [
        1,
        allowed.agendaItems.map((agendaItemId): ConsoleAction => ({
          type: 'agendaItemStarted',
          agendaItemId,
        })),
      ],
      [
        1,
        when(allowed.addQuestion, {
          type: 'questionAdded',
          question: question(`x${index}`, 10 + index, { unplanned: true }),
        }),
      ],
      [0.2, when(allowed.endMeeting, { type: 'meetingEnded' })],
    ];
    const available = groups.filter(([, actions]) => actions.length > 0);
    const total = available.reduce((sum, [w]) => sum + w, 0);
    let r = ((pick % 1000) / 1000) * total;
    const group = available.find(([w]) => (r -= w) < 0)?.[1] ?? available[0]?.[1] ?? [];
    const chosen = group[Math.floor(pick / 1000) % Math.max(1, group.length)];
    const action = illegal === 0 || !chosen ? ILLEGAL[pick % ILLEGAL.length] : chosen;
    if (action) events.push(toEvent(action, index + 1, clock));
  });
  return { events, clock };
}

function permute<T>(items: readonly T[], keys: readonly number[]): T[] {
  return items
    .map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)] ?? 0, i }))
    .sort((a, b) => a.key - b.key || b.i - a.i)
    .map((x) => x.item);
}

describe('foldConsole properties', () => {
  it('folds any permutation (and duplicated reads) of the same events to the same state and readings', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 5, maxLength: 60 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: -600_000, max: 600_000 }),
        (steps, keys, offset) => {
          const { events, clock } = play(steps);
          const reference = foldConsole(QUESTIONS, AGENDA, events);
          const shuffled = permute([...events, ...events.slice(0, keys.length % 5)], keys);
          const other = foldConsole(QUESTIONS, AGENDA, shuffled);
          expect(other).toEqual(reference);
          for (const now of [clock, clock + offset]) {
            const reading = timerReading(other, now);
            expect(reading).toEqual(timerReading(reference, now));
            expect(computeMinutes(other, now)).toEqual(computeMinutes(reference, now));
            if (reading) {
              expect(reading.elapsedMs).toBeGreaterThanOrEqual(0);
              expect(reading.remainingSeconds).toBe(reading.plannedSeconds - reading.elapsedSeconds);
            }
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('applies every action that allowedActions offered', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 60 }), (steps) => {
        const { events } = play(steps.map((s) => ({ ...s, illegal: 1 })));
        expect(foldConsole(QUESTIONS, AGENDA, events).ignored).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('never lets time run backwards within a segment as the clock moves forward', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 60 }), fc.nat(100_000), (steps, dt) => {
        const { events, clock } = play(steps);
        const state = foldConsole(QUESTIONS, AGENDA, events);
        const a = timerReading(state, clock);
        const b = timerReading(state, clock + dt);
        if (a && b) expect(b.elapsedMs).toBeGreaterThanOrEqual(a.elapsedMs);
      }),
    );
  });

  it('folds incrementally, read after read, to the state of the full fold', () => {
    fc.assert(
      fc.property(
        fc.array(step, { minLength: 5, maxLength: 60 }),
        // Each read: how much of the log it sees (mostly more than before, sometimes less: another database),
        // its order, whether it repeats some events, and whether the questions come as a fresh copy.
        fc.array(
          fc.record({
            cut: fc.nat(),
            keys: fc.array(fc.nat(), { maxLength: 8 }),
            dup: fc.nat(3),
            copy: fc.boolean(),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        (steps, reads) => {
          const { events } = play(steps);
          let fold: ConsoleFold | null = null;
          let seen = 0;
          for (const { cut, keys, dup, copy } of reads) {
            seen = cut % 7 === 0 ? cut % (events.length + 1) : Math.min(events.length, seen + (cut % 6));
            const log = events.slice(0, seen);
            const read = permute([...log, ...log.slice(0, dup)], keys);
            const questions = copy ? QUESTIONS.map((q) => ({ ...q })) : QUESTIONS;
            fold = foldFrom(fold, questions, AGENDA, read);
            expect(fold.state).toEqual(foldConsole(QUESTIONS, AGENDA, log));
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('carries on from the last fold: a grown log applies only the new events', () => {
    const { events } = play(
      Array.from({ length: 40 }, (_, i) => ({ pick: i * 7919, illegal: 1, dt: 30_000 })),
    );
    const first = foldFrom(null, QUESTIONS, AGENDA, events.slice(0, 30));
    const next = foldFrom(first, QUESTIONS, AGENDA, events);
    expect(next.state).toEqual(foldConsole(QUESTIONS, AGENDA, events));
    // The reducer states of the first 30 events are the very objects of the first fold: not folded again
    // (a fold from scratch builds new ones).
    expect(first.stack.length).toBeGreaterThan(0);
    expect(next.stack[0]?.checkpoint).toBe(first.stack[0]?.checkpoint);
    expect(foldFrom(null, QUESTIONS, AGENDA, events).stack[0]?.checkpoint).not.toBe(
      first.stack[0]?.checkpoint,
    );
    // Nothing new: the same fold.
    expect(foldFrom(next, QUESTIONS, AGENDA, [...events].reverse())).toBe(next);
  });
});

describe('foldFrom structural sharing', () => {
  /** The questions an action may change the progress of: the one it names, and the one being asked. */
  function touched(before: ConsoleFold, event: ConsoleEvent): Set<string> {
    const ids = new Set<string>();
    const { currentQuestionId, selectedQuestionId } = before.core;
    if (currentQuestionId !== null) ids.add(currentQuestionId);
    if (selectedQuestionId !== null) ids.add(selectedQuestionId);
    if ('questionId' in event && typeof event.questionId === 'string') ids.add(event.questionId);
    if (event.type === 'questionAdded') ids.add(event.question.id);
    if (event.type === 'undo') for (const id of Object.keys(before.core.progress)) ids.add(id);
    return ids;
  }

  it('leaves the objects of questions an event does not touch identical (===), and earlier segments too', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 60 }), (steps) => {
        const { events } = play(steps);
        let fold = foldFrom(null, QUESTIONS, AGENDA, []);
        for (let i = 0; i < events.length; i += 1) {
          const event = events[i];
          if (!event) continue;
          const next = foldFrom(fold, QUESTIONS, AGENDA, events.slice(0, i + 1));
          const changed = touched(fold, event);
          for (const [id, progress] of Object.entries(fold.core.progress)) {
            if (!changed.has(id)) expect(next.core.progress[id]).toBe(progress);
          }
          if (event.type !== 'undo') {
            for (const q of fold.core.questions) {
              expect(next.core.questions.find((n) => n.id === q.id)).toBe(q);
            }
            fold.core.segments.slice(0, -1).forEach((segment, index) => {
              expect(next.core.segments[index]).toBe(segment);
            });
          }
          fold = next;
        }
      }),
      { numRuns: 60 },
    );
  });

  it('gives back an undone question the very progress object it had before the undone action', () => {
    const { events } = play(
      Array.from({ length: 40 }, (_, i) => ({ pick: i * 7919, illegal: 1, dt: 30_000 })),
    );
    let fold = foldFrom(null, QUESTIONS, AGENDA, events);
    const target = fold.state.undoTarget;
    expect(target).not.toBeNull();
    const before = foldFrom(null, QUESTIONS, AGENDA, []);
    const upTo = foldFrom(
      before,
      QUESTIONS,
      AGENDA,
      events.filter((e) => e.seq < (target?.seq ?? 0)),
    );
    const undo = toEvent({ type: 'undo', targetSeq: target?.seq ?? 0 }, events.length + 1, T0);
    fold = foldFrom(fold, QUESTIONS, AGENDA, [...events, undo]);
    expect(fold.ignored.map((i) => i.seq)).not.toContain(undo.seq);
    expect(fold.core.progress).toEqual(upTo.core.progress);
  });
});

/** The fold before undo checkpoints: every state before an action kept on the stack (the reducer part only). */
function foldKeepingEveryState(events: readonly ConsoleEvent[]): ConsoleCore {
  const unique = sortEvents(events);
  const { times } = effectiveTimes(unique);
  let core = initialCore(QUESTIONS, AGENDA);
  const stack: { target: UndoTarget; before: ConsoleCore }[] = [];
  unique.forEach((event, index) => {
    const undoTarget = stack[stack.length - 1]?.target ?? null;
    if (checkAction({ ...core, undoTarget }, event) !== null) return;
    if (event.type === 'undo') {
      const entry = stack.pop();
      if (entry) {
        const { selectedQuestionId, nextShown, projectorBlanked } = core;
        core = { ...entry.before, selectedQuestionId, nextShown, projectorBlanked };
      }
      return;
    }
    const at = times[index] ?? 0;
    if (!['questionSelected', 'nextShown', 'projectorBlanked'].includes(event.type))
      stack.push({ target: { seq: event.seq, type: event.type, label: '' }, before: core });
    core = applyAction(core, event, at, event.seq);
  });
  return core;
}

describe('undo by checkpoints', () => {
  it('restores the same state as keeping every earlier state, on sessions longer than a checkpoint', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 4 * CHECKPOINT_EVERY + 20 }), (steps) => {
        const { events } = play(steps);
        expect(foldFrom(null, QUESTIONS, AGENDA, events).core).toEqual(foldKeepingEveryState(events));
      }),
      { numRuns: 80 },
    );
  });

  it('undoes a run of actions across checkpoints, each to the state before it', () => {
    const { events } = play(
      Array.from({ length: 3 * CHECKPOINT_EVERY }, (_, i) => ({ pick: i * 7919, illegal: 1, dt: 30_000 })),
    );
    let fold = foldFrom(null, QUESTIONS, AGENDA, events);
    expect(fold.stack.length).toBeGreaterThan(CHECKPOINT_EVERY + 2);
    // Only every CHECKPOINT_EVERY-th entry keeps a state.
    expect(fold.stack.filter((entry) => entry.checkpoint !== null).length).toBe(
      Math.ceil(fold.stack.length / CHECKPOINT_EVERY),
    );
    const log = [...events];
    while (fold.state.undoTarget !== null) {
      const target = fold.state.undoTarget;
      log.push(toEvent({ type: 'undo', targetSeq: target.seq }, log.length + 1, T0 + log.length * 30_000));
      fold = foldFrom(fold, QUESTIONS, AGENDA, log);
      expect(fold.ignored).toEqual([]);
      expect(fold.core).toEqual(foldKeepingEveryState(log));
    }
    expect(fold.core.progress).toEqual(initialCore(QUESTIONS, AGENDA).progress);
  });
});

describe('segments of a question', () => {
  it('finds the latest segment and whether there is one as filtering all segments does, in any session', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 5, maxLength: 80 }), (steps) => {
        const { events } = play(steps);
        const { core } = foldFrom(null, QUESTIONS, AGENDA, events);
        const ids = [...core.questions.map((q) => q.id), 'no-such-question'];
        for (const id of ids) {
          const all = core.segments.filter((s) => s.questionId === id);
          expect(lastQuestionSegment(core, id)).toBe(all.at(-1) ?? null);
          expect(hasStarted(core, id)).toBe(all.length > 0);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('foldFrom with questions read afresh', () => {
  it('folds again when a question read afresh differs, also after equal copies were compared', () => {
    const { events } = play(
      Array.from({ length: 30 }, (_, i) => ({ pick: i * 7919, illegal: 1, dt: 30_000 })),
    );
    const copy = () => QUESTIONS.map((q) => ({ ...q }));
    let fold = foldFrom(null, copy(), AGENDA, events.slice(0, 10));
    fold = foldFrom(fold, copy(), AGENDA, events.slice(0, 20));
    const [first, ...rest] = copy();
    if (!first) throw new Error('fixture has questions');
    const edited = [{ ...first, order: 99 }, ...rest];
    fold = foldFrom(fold, edited, AGENDA, events);
    expect(fold.state).toEqual(foldConsole(edited, AGENDA, events));
    expect(fold.questions).toBe(edited);
  });
});
