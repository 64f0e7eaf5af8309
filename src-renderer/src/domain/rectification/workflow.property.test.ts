import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../time';
import { validateItem, type RectificationItem } from './item';
import { pendingItem } from '../testing/rectificationFixtures';
import { ACTION_TYPES, ALLOWED_ACTIONS, TRANSITIONS, type ActionType } from './transitions';
import { applyAction, isRefused, type WorkflowAction } from './workflow';

const START = '2026-01-05';
const OUTCOMES = ['satisfied', 'fairly', 'basic'] as const;

function action(
  type: ActionType,
  n: number,
  date: string,
  item: RectificationItem,
  pick: number,
): WorkflowAction {
  const entryId = `e${n}`;
  switch (type) {
    case 'issue':
      return { type, entryId, date };
    case 'planReceived':
    case 'reportReceived':
      return { type, entryId, date };
    case 'startVote':
      return { type, entryId, date, roundId: `round-${n}` };
    case 'recordVoteOutcome':
      return {
        type,
        entryId,
        date,
        roundId: item.voteRoundId ?? 'none',
        outcome: pick % 2 === 0 ? 'unsatisfied' : (OUTCOMES[pick % 3] ?? 'basic'),
      };
    case 'cancelVote':
      return { type, entryId, date, reason: '不足法定人数' };
    case 'adjustDates':
      return { type, entryId, date, reportDue: addDays(date, 90 + (pick % 30)), reason: '延期' };
    case 'followUp':
      return { type, entryId, date, kind: pick % 2 === 0 ? 'note' : 'visit', text: '跟踪' };
    case 'correct':
      return {
        type,
        entryId,
        corrects: item.history[pick % Math.max(1, item.history.length)]?.id ?? 'none',
        text: `更正${n}`,
        reason: '笔误',
      };
  }
}

describe('any sequence of actions', () => {
  it('moves only along the transitions table and keeps the item consistent', () => {
    // mostly an allowed action that moves the item (so items get to 办结 and to the flag), sometimes any action
    const step = fc.record({ any: fc.nat(9), choice: fc.nat(99), pick: fc.nat(99), days: fc.nat(20) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        let item = pendingItem();
        let date = START;
        let unsatisfiedInARow = 0;
        steps.forEach(({ any, choice, pick, days }, n) => {
          date = addDays(date, days);
          const allowed = ALLOWED_ACTIONS[item.status];
          const moving = TRANSITIONS.filter(
            (t) => t.from === item.status && t.to.some((to) => to !== t.from),
          ).map((t) => t.action);
          const options = any === 0 ? ACTION_TYPES : any < 7 && moving.length > 0 ? moving : allowed;
          const type = options[choice % options.length] ?? 'followUp';
          const result = applyAction(item, action(type, n, date, item, pick), date);
          if (isRefused(result)) {
            expect(result.error.length).toBeGreaterThan(0);
            return;
          }
          const moves = TRANSITIONS.filter((t) => t.action === type && t.from === item.status);
          expect(moves.some((t) => t.to.includes(result.item.status))).toBe(true);
          expect(result.item.history).toEqual([...item.history, result.entry]);
          if (result.entry.kind === 'voteResult' && result.entry.corrects === null) {
            unsatisfiedInARow = result.entry.outcome === 'unsatisfied' ? unsatisfiedInARow + 1 : 0;
          }
          item = result.item;
          expect(item.unsatisfiedStreak).toBe(unsatisfiedInARow);
          expect(item.flag !== null).toBe(
            item.history.some(
              (entry) => entry.kind === 'voteResult' && entry.text.includes('建议检查、约谈或问责'),
            ),
          );
          expect(validateItem(item)).toEqual({});
        });
        const votes = item.history.filter((entry) => entry.kind === 'voteResult' && entry.corrects === null);
        expect(item.round).toBe(votes.length);
      }),
      { numRuns: 1000 },
    );
  });
});
