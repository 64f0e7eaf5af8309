// What a projector shows, read after read and push after push, against the full fold of the stored log; two
// console windows write (each with its own memo of the log) and the pushes come late, twice, out of order or
// not at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ConsoleAction } from '../../domain/inquiry/consoleEvents';
import { allowedActions, phaseAction } from '../../domain/inquiry/consoleRules';
import { consoleFolder, foldConsole, type ConsoleState } from '../../domain/inquiry/consoleState';
import { newQuestion } from '../../domain/inquiry/question';
import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import { withPush, withPushedEvents, type PushedEvents } from '../consoleFeed';
import { XunpingDb, type ConsoleEventRecord } from '../database';
import { freshDb } from '../testing/freshDb';
import { createActivity } from './activities';
import { listAgenda } from './agenda';
import { decideConsoleAction, loadConsoleState } from './console';
import { readConsoleLog } from './consoleLog';
import { peopleRepository } from './people';
import { addQuestion, listQuestions } from './questions';
import { unitsRepository } from './units';

const T0 = Date.UTC(2026, 11, 6, 1, 0, 0);

async function meeting(db: XunpingDb): Promise<string> {
  const unitId = (
    await unitsRepository.add(db, {
      fullName: '宜丰县水利局',
      shortName: '县水利局',
      kind: '政府工作部门',
      headName: '梁德明',
      headTitle: '局长',
      supervisorName: '',
      supervisorTitle: '',
    })
  ).id;
  const askerId = (
    await peopleRepository.add(db, { name: '喻建平', title: '', category: '人大代表', groups: [], phone: '' })
  ).id;
  const activityId = (
    await createActivity(
      db,
      {
        kind: 'inquiry',
        title: '促进绿色矿山建设',
        date: '2026-12-06',
        venue: '',
        chairId: null,
        units: [{ unitId, respondentName: '梁德明', respondentTitle: '局长' }],
        participantIds: [askerId],
        timerMinutes: DEFAULT_TIMER_MINUTES,
        status: 'running',
      },
      T0,
    )
  ).id;
  for (const text of ['水土保持方案落实得怎样？', '尾矿库整治进度如何？', '复绿资金到位了吗？']) {
    const {
      id: _id,
      order: _order,
      ...input
    } = newQuestion('x', 1, DEFAULT_TIMER_MINUTES, {
      askerId,
      unitIds: [unitId],
      text,
    });
    await addQuestion(db, activityId, input);
  }
  return activityId;
}

/** One of the actions allowed now, picked by `pick` (undo and timing keys often). */
function anAllowedAction(state: ConsoleState, pick: number): ConsoleAction | null {
  const allowed = allowedActions(state);
  const current = state.currentQuestionId;
  const choices: ConsoleAction[] = [
    ...allowed.take.map((questionId): ConsoleAction => ({ type: 'questionTaken', questionId })),
    ...allowed.phases.map((phase) => phaseAction(state, phase, DEFAULT_TIMER_MINUTES)),
    ...(allowed.pause ? [{ type: 'paused' } as const] : []),
    ...(allowed.resume ? [{ type: 'resumed' } as const] : []),
    ...(allowed.undo
      ? [
          { type: 'undo', targetSeq: allowed.undo.seq } as const,
          { type: 'undo', targetSeq: allowed.undo.seq } as const,
        ]
      : []),
    ...(allowed.finish && current ? [{ type: 'questionFinished', questionId: current } as const] : []),
    ...(allowed.defer && current ? [{ type: 'questionDeferred', questionId: current } as const] : []),
    ...(allowed.stopTimer ? [{ type: 'timerStopped' } as const] : []),
    { type: 'projectorBlanked', blanked: !state.projectorBlanked },
  ];
  return choices[pick % choices.length] ?? null;
}

const step = fc.record({
  /** 0-3: a console window writes (0-1 the first, 2 the second); 4-5: a push arrives; 6: the projector reads */
  kind: fc.nat(6),
  pick: fc.nat(999),
  /** for a push: keep it in the inbox too (heard twice) */
  twice: fc.boolean(),
  /** for a push: lost instead of heard */
  lost: fc.nat(5),
});

describe('the projector against the stored log', () => {
  it('shows the fold of a log the database held, and after a read the fold of the log it holds now', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 5, maxLength: 40 }), async (steps) => {
        const db = freshDb();
        const activityId = await meeting(db);
        // The second console window: the same database opened again, with a memo of its own.
        const second = new XunpingDb(db.name);
        const [questions, agenda] = [await listQuestions(db, activityId), await listAgenda(db, activityId)];
        const storedLog = () => db.consoleEvents.where('activityId').equals(activityId).toArray();

        // The projector: its last read, the pushes heard since, and the messages on their way to it.
        let held: readonly ConsoleEventRecord[] = await readConsoleLog(db, activityId);
        let pushed: PushedEvents<ConsoleEventRecord> = { after: held, events: [] };
        const inbox: ConsoleEventRecord[] = [];
        const fold = consoleFolder();
        let clock = T0;

        const shown = () => (pushed.after === held ? withPushedEvents(held, pushed.events) : held);
        const check = async () => {
          const log = shown();
          const newest = log.reduce((max, e) => Math.max(max, e.seq), 0);
          const all = await storedLog();
          // Always a log the database held: the stored events up to the newest one shown.
          expect(fold(questions, agenda, log)).toEqual(
            foldConsole(
              questions,
              agenda,
              all.filter((e) => e.seq <= newest),
            ),
          );
        };

        for (const { kind, pick, twice, lost } of steps) {
          if (kind <= 3) {
            const window = kind === 2 || kind === 3 ? second : db;
            clock += 7_000 + pick;
            const written = await decideConsoleAction(
              window,
              activityId,
              (s) => anAllowedAction(s, pick),
              clock,
            );
            if (written) {
              inbox.push({ ...written.event, activityId });
              // The writer's state is the full fold of what is stored, whichever window wrote before.
              expect(written.state).toEqual(foldConsole(questions, agenda, await storedLog()));
            }
            expect(await loadConsoleState(window, activityId)).toEqual(
              foldConsole(questions, agenda, await storedLog()),
            );
          } else if (kind <= 5 && inbox.length > 0) {
            const index = pick % inbox.length;
            const message = inbox[index];
            if (!twice) inbox.splice(index, 1);
            if (message && lost !== 0) pushed = withPush(pushed, held, message);
          } else if (kind === 6) {
            held = await readConsoleLog(db, activityId, held);
          }
          await check();
        }
        // A last read, whatever was pushed or lost: the fold of the whole stored log.
        held = await readConsoleLog(db, activityId, held);
        expect(fold(questions, agenda, shown())).toEqual(foldConsole(questions, agenda, await storedLog()));
        second.close();
        db.close();
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
