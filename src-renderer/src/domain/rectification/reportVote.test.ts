import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors';
import type { TierBallot } from '../votes/ballots';
import type { VoteRound } from '../votes/roundRecord';
import { tally } from '../votes/tally';
import type { TierId } from '../votes/tiers';
import { DEFAULT_RECTIFICATION_SETTINGS } from './dueDates';
import {
  assertCanStartVote,
  awaitingOutcome,
  outcomeDefaults,
  outcomeOfRound,
  recordOutcomeAction,
  reportRoundInput,
  votingRoundIds,
} from './reportVote';
import { itemIn, pendingItem, TODAY } from '../testing/rectificationFixtures';

/** A round on item-1's report with 15 entitled; `marks` the ballots (one tier each). */
function round(marks: TierId[], stage: VoteRound['stage'] = 'published'): VoteRound {
  const input = reportRoundInput(itemIn('reported'), '县住建局');
  const subjects = input.subjects.map((s, i) => ({ ...s, id: `s${i}` }));
  const ballots: TierBallot[] = marks.map((tier, i) => ({
    form: 'tiers',
    id: `b${i}`,
    groupId: input.rules.groups[0]?.id ?? 'members',
    wholeVoid: false,
    marks: { s0: [tier] },
  }));
  const groupId = input.rules.groups[0]?.id ?? 'members';
  const n = marks.length;
  const result = tally({
    rules: input.rules,
    subjects,
    counts: { [groupId]: { entitled: 15, present: n, issued: n, returned: n } },
    ballots,
    totals: [],
  });
  return {
    id: 'round-1',
    activityId: 'act-1',
    title: input.title,
    subjectKind: 'report',
    subjects,
    rules: input.rules,
    counts: {},
    entryModes: {},
    stage,
    published:
      stage === 'published'
        ? { result, fingerprint: 'f', publishedAt: new Date(2026, 3, 28, 10).getTime() }
        : null,
    showOnProjector: false,
    createdAt: Date.parse('2026-04-28T01:00:00.000Z'),
  };
}

const tiers = (satisfied: number, basic: number, unsatisfied: number): TierId[] => [
  ...Array.from({ length: satisfied }, (): TierId => 'satisfied'),
  ...Array.from({ length: basic }, (): TierId => 'basic'),
  ...Array.from({ length: unsatisfied }, (): TierId => 'unsatisfied'),
];

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isDomainError(error) ? `${error.code}: ${error.message}` : String(error);
  }
  return undefined;
}

describe('the round on a report', () => {
  it('is titled after the unit and the vote number, with the report as its only subject', () => {
    const first = reportRoundInput(itemIn('reported'), '县住建局');
    expect(first.title).toBe('县住建局整改情况报告满意度测评');
    expect(first.subjects).toEqual([{ name: '县住建局整改情况报告', refId: 'item-1' }]);
    expect(first.rules.outcomeDenominator).toBe('entitled');
    const second = reportRoundInput({ ...itemIn('reported'), round: 1 }, '县住建局');
    expect(second.title).toBe('县住建局整改情况报告满意度测评（第2次）');
  });
});

describe('开始测评', () => {
  it('needs the report received, and an activity to hold the round', () => {
    expect(() => assertCanStartVote(itemIn('reported'))).not.toThrow();
    expect(codeOf(() => assertCanStartVote(itemIn('rectifying')))).toBe(
      'rectification.refused: 当前状态为“整改中”：整改报告尚未收到，不能开始测评',
    );
    expect(codeOf(() => assertCanStartVote({ ...itemIn('reported'), activityId: null }))).toMatch(
      /^rectification\.noActivityForVote: 该事项不属于任何活动/,
    );
  });
});

describe('reading the outcome', () => {
  it('says why it cannot be read before the round is published, or when it is gone', () => {
    expect(outcomeOfRound(null, 'item-1')).toEqual({
      error: '该测评已被删除；请将本次测评作废后重新开始测评',
    });
    expect(outcomeOfRound(round(tiers(8, 3, 2), 'open'), 'item-1')).toEqual({
      error: '测评结果尚未公布：请在测评页录入测评票、结束并公布结果',
    });
  });

  it('takes the outcome over 应到: 8 满意 of 15 entitled is 满意, 7 满意 + 基本满意 is not', () => {
    expect(outcomeOfRound(round(tiers(8, 3, 2)), 'item-1')).toMatchObject({ outcome: 'satisfied' });
    expect(outcomeOfRound(round(tiers(5, 2, 6)), 'item-1')).toMatchObject({ outcome: 'unsatisfied' });
  });
});

describe('登记测评结果', () => {
  const voting = { ...itemIn('voting'), voteRoundId: 'round-1' };

  it('records the published outcome with its figures; the new report deadline goes along', () => {
    const action = recordOutcomeAction(voting, round(tiers(5, 2, 6)), {
      date: TODAY,
      reportDue: '2026-08-01',
    });
    expect(action).toEqual({
      type: 'recordVoteOutcome',
      date: TODAY,
      roundId: 'round-1',
      outcome: 'unsatisfied',
      figures: '满意5票，基本满意2票，不满意6票，满意率53.85%',
      reportDue: '2026-08-01',
    });
  });

  it('refuses when the item is not voting, or the result is not published', () => {
    expect(codeOf(() => recordOutcomeAction(pendingItem(), round(tiers(8, 0, 0)), { date: TODAY }))).toMatch(
      /^rectification\.refused: 当前状态为“待交办”/,
    );
    expect(codeOf(() => recordOutcomeAction(voting, round(tiers(8, 0, 0), 'closed'), { date: TODAY }))).toBe(
      'rectification.refused: 测评结果尚未公布：请在测评页录入测评票、结束并公布结果',
    );
  });

  it('proposes the day of publication and a report deadline reportMonths later', () => {
    const settings = { ...DEFAULT_RECTIFICATION_SETTINGS, reportMonths: 2 };
    const published = outcomeDefaults(round(tiers(8, 0, 0)), TODAY, settings);
    expect(published.reportDue).toBe('2026-06-28');
    expect(published.date).toBe('2026-04-28');
    expect(outcomeDefaults(null, '2026-01-31', settings)).toEqual({
      date: '2026-01-31',
      reportDue: '2026-03-31',
    });
  });
});

describe('items waiting for their outcome to be recorded', () => {
  it('are those voting in a published round', () => {
    const a = { ...itemIn('voting', 'a'), voteRoundId: 'round-1' };
    const b = { ...itemIn('voting', 'b'), voteRoundId: 'round-2' };
    const c = itemIn('issued', 'c');
    expect(votingRoundIds([a, b, c])).toEqual(['round-1', 'round-2']);
    const rounds = [round([]), { ...round([], 'open'), id: 'round-2' }];
    expect(awaitingOutcome([a, b, c], rounds).map((item) => item.id)).toEqual(['a']);
  });
});
