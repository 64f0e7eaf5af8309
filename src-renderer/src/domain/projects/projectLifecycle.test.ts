import { describe, expect, it } from 'vitest';
import { canonicalProjectEvidence, projectFingerprint } from './projectFingerprint';
import {
  checkProjectBallot,
  checkProjectClosing,
  checkProjectOpening,
  projectRefusal,
} from './projectLifecycle';
import { defaultProjectRules } from './projectRules';

const round = {
  candidateIds: ['a', 'b', 'c'],
  rules: defaultProjectRules(2),
  entryMode: 'ballots' as const,
  totals: null,
  counts: { entitled: 5, present: 5, issued: 4, returned: 0 },
};

describe('project round life cycle', () => {
  it('opens only in 设置中, with candidates, consistent counts and the quorum', () => {
    expect(projectRefusal('open', 'open')).toBe('票决已经开始');
    expect(projectRefusal('draft', 'open')).toBeNull();
    expect(checkProjectOpening({ ...round, candidateIds: [] }, round.counts)).toEqual([
      '还没有候选项目，请先添加或导入候选项目',
    ]);
    expect(checkProjectOpening({ ...round, rules: defaultProjectRules(4) }, round.counts)).toEqual([
      '限选 4 项，多于候选项目的 3 个',
    ]);
    expect(checkProjectOpening(round, { entitled: 5, present: 2, issued: 2 })).toEqual([
      '实到 2 人，未超过应到 5 人的半数，不能进行测评',
    ]);
    expect(checkProjectOpening(round, { entitled: 5, present: 5, issued: 0 })).toEqual([
      '发出票数为 0，无法进行票决',
    ]);
    expect(checkProjectOpening(round, round.counts)).toEqual([]);
  });

  it('refuses a ballot beyond those issued, or marking a candidate not on this ballot', () => {
    expect(checkProjectBallot(round, { marks: ['a'] }, 4)).toEqual([
      '已录入 4 张，已达发出的 4 张，不能再录入；请核对选票',
    ]);
    expect(checkProjectBallot(round, { marks: ['z'] }, 0)).toEqual(['选票上有不属于本轮的项目']);
  });

  it('closes with a decision; void when more returned than issued; refused while ballots are missing', () => {
    const ballots = [{ marks: ['a', 'b'] }, { marks: ['a'] }, { marks: ['a', 'b', 'c'] }];
    expect(checkProjectClosing(round, 5, ballots).kind).toBe('void');
    expect(checkProjectClosing(round, 4, ballots)).toEqual({
      kind: 'refused',
      problems: ['录入的票 3 张，与收回票数 4 张不符'],
    });
    const closing = checkProjectClosing(round, 3, ballots);
    // 2 valid (one marks 3 of 2 places): a 2 votes passes, b 1 vote is not more than half of 2.
    expect(closing.kind === 'ok' && [closing.decision.chosen, closing.decision.placesLeft]).toEqual([
      ['a'],
      1,
    ]);
  });
});

describe('project fingerprint', () => {
  const evidence = {
    rules: round.rules,
    counts: { ...round.counts, returned: 3 },
    candidateIds: round.candidateIds,
    ballots: [{ marks: ['b', 'a'] }, { marks: ['c'] }, { marks: ['a'], void: true }],
    totals: null,
  };

  it('does not depend on ballot order, mark order or the marks of a void ballot', async () => {
    const shuffled = {
      ...evidence,
      ballots: [{ marks: [], void: true }, { marks: ['c'] }, { marks: ['a', 'b', 'a'] }],
    };
    expect(canonicalProjectEvidence(shuffled)).toBe(canonicalProjectEvidence(evidence));
    expect(await projectFingerprint(shuffled)).toBe(await projectFingerprint(evidence));
  });

  it('changes with any mark, count or rule', async () => {
    const base = await projectFingerprint(evidence);
    const changed = [
      { ...evidence, ballots: [{ marks: ['b'] }, ...evidence.ballots.slice(1)] },
      { ...evidence, counts: { ...evidence.counts, issued: 5 } },
      { ...evidence, rules: { ...evidence.rules, denominator: 'returned' as const } },
    ];
    for (const other of changed) expect(await projectFingerprint(other)).not.toBe(base);
  });
});
