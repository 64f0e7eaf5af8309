import { describe, expect, it } from 'vitest';
import {
  checkClosing,
  checkNewBallot,
  checkOpening,
  checkReason,
  checkSetup,
  refusal,
  tallyInputOf,
  type RoundAction,
} from './lifecycle';
import { defaultRulesFor } from './roundDefaults';
import type { RoundStage, VoteRound } from './roundRecord';
import { copies, counts, tierBallot, unitA, unitB } from '../testing/votesFixtures';

function round(over: Partial<VoteRound> = {}): VoteRound {
  return {
    id: 'r1',
    activityId: 'a1',
    title: '测评',
    subjectKind: 'unit',
    subjects: [
      { ...unitA, refId: null },
      { ...unitB, refId: null },
    ],
    rules: defaultRulesFor('inquiry'),
    counts: { members: counts(15, 13, 13, 0) },
    entryModes: {},
    stage: 'open',
    published: null,
    showOnProjector: false,
    createdAt: Date.UTC(2026, 10, 29, 8),
    ...over,
  };
}

describe('which action each stage allows', () => {
  const table: [RoundAction, RoundStage[]][] = [
    ['editSetup', ['draft']],
    ['open', ['draft']],
    ['enter', ['open']],
    ['close', ['open']],
    ['publish', ['closed']],
    ['reopen', ['closed', 'published']],
    ['reset', ['open', 'closed']],
    ['delete', ['draft']],
    ['projector', ['published']],
  ];
  const stages: RoundStage[] = ['draft', 'open', 'closed', 'published'];
  it.each(table)('%s only in %j, else a Chinese reason', (action, allowed) => {
    for (const stage of stages) {
      const reason = refusal(stage, action);
      if (allowed.includes(stage)) expect(reason).toBeNull();
      else expect(reason).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('freezes a published round', () => {
    expect(refusal('published', 'enter')).toContain('已经公布');
    expect(refusal('published', 'editSetup')).toContain('已经公布');
  });
});

describe('reasons', () => {
  it('requires a reason for reopening and resetting', () => {
    expect(checkReason('  ')).toEqual({ problem: '请说明原因，原因将记入操作记录' });
    expect(checkReason(' 录入有误　需更正 ')).toEqual({ reason: '录入有误 需更正' });
    expect(checkReason('字'.repeat(201))).toHaveProperty('problem');
  });
});

describe('opening', () => {
  it('opens with a quorum', () => {
    expect(checkOpening(round(), { members: { entitled: 15, present: 13, issued: 13 } })).toEqual([]);
  });

  it('refuses without a quorum, saying why', () => {
    expect(checkOpening(round(), { members: { entitled: 15, present: 7, issued: 7 } })).toEqual([
      '实到 7 人，未超过应到 15 人的半数，不能进行测评',
    ]);
  });

  it('refuses inconsistent counts and missing groups', () => {
    expect(checkOpening(round(), { members: { entitled: 15, present: 13, issued: 14 } })).toEqual([
      '发出 14 张，不能多于实到 13 人',
    ]);
    expect(checkOpening(round(), {})).toEqual(['缺少“常委会组成人员”的应到、实到、发出和收回数']);
  });

  it('refuses an incomplete setup', () => {
    expect(checkSetup(round({ title: ' ', subjects: [] }))).toEqual([
      '请填写测评名称',
      '请至少添加一个测评对象',
    ]);
    const twice = [
      { ...unitA, refId: null },
      { ...unitB, name: unitA.name, refId: null },
    ];
    expect(checkSetup(round({ subjects: twice }))).toEqual(['测评对象“单位甲”重复']);
    const rules = { ...defaultRulesFor('evaluation'), bottomN: -1 };
    expect(checkOpening(round({ rules }), {})).toContain('排名靠后的个数应为 0 或正整数');
  });
});

describe('closing', () => {
  const ballots = copies(13, 'members', { [unitA.id]: 'satisfied', [unitB.id]: 'basic' });

  it('closes when every returned ballot is entered', () => {
    const closing = round({ counts: { members: counts(15, 13, 13, 13) } });
    expect(checkClosing(tallyInputOf(closing, ballots, []))).toEqual({ kind: 'ok' });
  });

  it('says a round with more returned than issued is void and must be voted again', () => {
    const closing = round({ counts: { members: counts(15, 13, 13, 14) } });
    expect(checkClosing(tallyInputOf(closing, ballots, []))).toEqual({
      kind: 'void',
      problems: ['收回 14 张，多于发出的 13 张，本轮测评无效，应重新测评', '请将本轮重置后重新测评'],
    });
  });

  it('refuses to close while ballots are missing', () => {
    const closing = round({ counts: { members: counts(15, 13, 13, 13) } });
    expect(checkClosing(tallyInputOf(closing, ballots.slice(1), []))).toEqual({
      kind: 'refused',
      problems: ['收回 13 张，已录入 12 张，还有 1 张未录入，全部录入后才能结束'],
    });
  });
});

describe('a new paper ballot', () => {
  const ballot = tierBallot('b', 'members', { [unitA.id]: 'satisfied' });

  it('is refused past the number issued', () => {
    expect(checkNewBallot(round(), ballot, 12)).toEqual([]);
    expect(checkNewBallot(round(), ballot, 13)).toEqual([
      '已录入 13 张，已达发出的 13 张，不能再录入；请核对测评票',
    ]);
  });

  it('is refused for a group that enters totals, or an unknown group', () => {
    expect(checkNewBallot(round({ entryModes: { members: 'totals' } }), ballot, 0)[0]).toContain('汇总数');
    expect(checkNewBallot(round(), { ...ballot, groupId: 'x' }, 0)).toEqual(['测评票所属的测评组不存在']);
  });
});
