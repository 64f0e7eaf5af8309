import { describe, expect, it } from 'vitest';
import { tierBallot, unitA, unitB, workedExample } from '../testing/votesFixtures';
import { canonicalBallotSet, fingerprint, fingerprintVersionOf, FINGERPRINT_VERSION } from './fingerprint';
import { fingerprintV1, sha256Hex } from './fingerprintV1';
import { canonicalBallotSetV2, fingerprintV2 } from './fingerprintV2';
import { totalsFromBallots } from './totals';

describe('fingerprint v2 (compact)', () => {
  it('is the format of rounds published now; a record without a version is v1', async () => {
    expect(FINGERPRINT_VERSION).toBe(2);
    expect(fingerprintVersionOf({})).toBe(1);
    expect(fingerprintVersionOf({ fingerprintVersion: 2 })).toBe(2);
    const input = workedExample();
    expect(await fingerprint(input)).toBe(await fingerprintV2(input));
    expect(await fingerprint(input, 1)).toBe(await fingerprintV1(input));
    expect(await fingerprintV2(input)).not.toBe(await fingerprintV1(input));
    expect(canonicalBallotSet(input)).toBe(canonicalBallotSetV2(input));
  });

  it('writes each tier ballot as its group and one base-32 digit per subject', () => {
    const input = {
      ...workedExample(),
      subjects: [unitB, unitA],
      ballots: [
        tierBallot('1', 'members', { [unitA.id]: 'basic', [unitB.id]: ['satisfied', 'unsatisfied'] }),
        tierBallot('2', 'members', { [unitB.id]: 'unknown' }),
        tierBallot('3', 'members', { [unitA.id]: 'satisfied' }, true),
      ],
    };
    const lines = canonicalBallotSetV2(input).split('\n');
    expect(lines[0]).toBe('xunping-ballot-set/v2');
    expect(lines[3]).toBe('subjects ["unit-a","unit-b"]');
    expect(lines[4]).toBe(
      'marks {"groups":["members"],"subjects":["unit-a","unit-b"],"ticks":["satisfied","fairly","basic","unsatisfied","unknown"]}',
    );
    // basic = bit 2 → '4'; satisfied + unsatisfied = bits 0 and 3 → '9'; unknown = bit 4 → 'g'.
    expect(lines.slice(5)).toEqual(['t0 -', 't0 0g', 't0 49']);
  });

  it('keeps the ids a ballot marks beyond the subjects, and keeps hand-counted totals', () => {
    const input = workedExample();
    const stray = tierBallot('x', 'members', { 'no-such-unit': 'basic' });
    const text = canonicalBallotSetV2({ ...input, ballots: [...input.ballots, stray] });
    expect(text).toContain('"subjects":["unit-a","no-such-unit"]');
    expect(text).toContain('\nt0 04\n');
    const totals = {
      ...input,
      ballots: [],
      totals: [totalsFromBallots('members', input.ballots, input.subjects)],
    };
    expect(canonicalBallotSetV2(totals)).toContain(
      '\ntotals {"group":"members","subjects":{"unit-a":{"abstain":1,"tiers":{"basic":3,"satisfied":8,"unsatisfied":1}}},"wholeVoid":0}',
    );
    expect(canonicalBallotSetV2(totals)).not.toBe(canonicalBallotSetV2(input));
  });

  it('keeps its format (a printed fingerprint must stay checkable by later versions)', async () => {
    const input = workedExample();
    expect(await fingerprintV2(input)).toBe(await sha256Hex(canonicalBallotSetV2(input)));
    expect(await fingerprintV2(input)).toBe(PINNED_V2);
  });
});

/** The fingerprint of the worked example under the default rules, format v2. */
const PINNED_V2 = 'afa6e08c71dd6e518f0288b74d6251d17e1421cb5b09ba89db90faa3b6808d93';
