import { describe, expect, it } from 'vitest';
import {
  canonicalBallotSetV1 as canonicalBallotSet,
  canonicalJson,
  fingerprintV1 as fingerprint,
  sha256Hex,
} from './fingerprintV1';
import { tierBallot, unitA, unitB, workedExample } from '../testing/votesFixtures';
import { totalsFromBallots } from './totals';

describe('fingerprint v1 (rounds published before v2)', () => {
  it('is the hex SHA-256 of the UTF-8 text', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('满意')).toHaveLength(64);
  });

  it('writes JSON with sorted keys', () => {
    expect(canonicalJson({ b: [2, { d: null, c: '满意' }], a: true })).toBe(
      '{"a":true,"b":[2,{"c":"满意","d":null}]}',
    );
  });

  it('does not depend on ballot order or ballot ids', async () => {
    const input = workedExample();
    const shuffled = {
      ...input,
      ballots: [...input.ballots].reverse().map((ballot, index) => ({ ...ballot, id: `other-${index}` })),
    };
    expect(canonicalBallotSet(shuffled)).toBe(canonicalBallotSet(input));
    expect(await fingerprint(shuffled)).toBe(await fingerprint(input));
  });

  it('treats a blank subject, a missing one and a repeated tick as the same paper', () => {
    const a = tierBallot('1', 'members', { [unitA.id]: ['basic', 'satisfied'], [unitB.id]: null });
    const b = tierBallot('2', 'members', { [unitA.id]: ['satisfied', 'basic', 'basic'] });
    const input = { ...workedExample(), subjects: [unitA, unitB], ballots: [a] };
    expect(canonicalBallotSet({ ...input, ballots: [b] })).toBe(canonicalBallotSet(input));
  });

  it('changes when a mark, a count or a rule changes', async () => {
    const input = workedExample();
    const base = await fingerprint(input);
    const [first, ...rest] = input.ballots;
    if (!first) throw new Error('no ballot');
    const changed = tierBallot(first.id, 'members', { [unitA.id]: 'basic' });
    expect(await fingerprint({ ...input, ballots: [changed, ...rest] })).not.toBe(base);
    expect(
      await fingerprint({ ...input, counts: { members: { ...input.counts.members!, entitled: 16 } } }),
    ).not.toBe(base);
    expect(await fingerprint({ ...input, rules: { ...input.rules, denominator: 'returned' } })).not.toBe(
      base,
    );
    expect(await fingerprint({ ...input, ballots: [{ ...first, wholeVoid: true }, ...rest] })).not.toBe(base);
  });

  it('ignores settings of the other form and the order of groups', () => {
    const input = workedExample();
    const criteria = [{ id: 'c1', name: '其他', max: 10 }];
    expect(canonicalBallotSet({ ...input, rules: { ...input.rules, criteria, trimExtremes: true } })).toBe(
      canonicalBallotSet(input),
    );
    const groups = [
      { id: 'members', name: '常委会组成人员', weight: 0.5 },
      { id: 'deputies', name: '人大代表', weight: 0.5 },
    ];
    const reordered = [...groups].reverse();
    expect(canonicalBallotSet({ ...input, rules: { ...input.rules, groups: reordered } })).toBe(
      canonicalBallotSet({ ...input, rules: { ...input.rules, groups } }),
    );
  });

  it('tells ballots from hand-counted totals of the same votes', () => {
    const input = workedExample();
    const totals = {
      ...input,
      ballots: [],
      totals: [totalsFromBallots('members', input.ballots, input.subjects)],
    };
    expect(canonicalBallotSet(totals)).not.toBe(canonicalBallotSet(input));
    expect(canonicalBallotSet(totals)).toContain(
      'totals {"group":"members","subjects":{"unit-a":{"abstain":1,"tiers":{"basic":3,"satisfied":8,"unsatisfied":1}}},"wholeVoid":0}',
    );
  });

  it('keeps its format (a printed fingerprint must stay checkable by later versions)', async () => {
    const text = canonicalBallotSet(workedExample());
    expect(text.split('\n').slice(0, 1)).toEqual(['xunping-ballot-set/v1']);
    expect(text).toContain(
      '\ncounts [{"entitled":15,"group":"members","issued":13,"present":13,"returned":13}]\n',
    );
    expect(text).toContain('\nsubjects ["unit-a"]\n');
    expect(text).toContain(
      '\nballot {"form":"tiers","group":"members","marks":{"unit-a":["basic"]},"wholeVoid":false}',
    );
    expect(await fingerprint(workedExample())).toBe(PINNED);
  });
});

/** The fingerprint of the worked example under the default rules, format v1. */
const PINNED = '8094722d15c1162b2272ba58c3ab838314f088b72869a4a3a99f5cfb6922e54b';
