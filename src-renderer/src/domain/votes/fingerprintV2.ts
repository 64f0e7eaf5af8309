// Format v2 of the fingerprint of a round's evidence, for every round published since (v1: fingerprintV1.ts).
// The same evidence and the same equalities as v1 — a ballot's id, the order of ballots, subjects, groups and
// ticks, a blank subject against a missing one, the marks of a wholly void ballot change nothing; any other
// change of a mark, a count, a rule or a subject does — written compactly and hashed with SHA-256:
//
//   xunping-ballot-set/v2
//   rules {…}                 the rules in force, as in v1
//   counts […]                as in v1
//   subjects […]              the subject ids in code-unit order, as in v1
//   marks {"groups":[…],"subjects":[…],"ticks":[…]}   the tables a tier ballot's line indexes into
//   t<group> <digits> | t<group> -      one line per tier ballot, all lines in code-unit order with the
//   s {…}                               score-sheet lines (v1's canonical JSON of the ballot)
//   totals {…}                as in v1, in code-unit order
//
// A tier ballot's line: its group's index in marks.groups, then one base-32 digit per entry of marks.subjects:
// bit i set when TIER_ORDER[i] (marks.ticks[i]) is ticked ('0': nothing ticked); '-' for a wholly void ballot.
// marks.subjects is the subject ids, then (in the rare input that has them) the other ids some ballot marks.

import type { Ballot, TierBallot } from './ballots';
import type { TallyInput } from './entries';
import {
  byCodeUnit,
  canonicalJson,
  canonicalRules,
  canonicalTotals,
  sha256HexOfBytes,
  slowCanonicalBallot,
} from './fingerprintV1';
import { TIER_ORDER } from './tiers';

const VERSION = 'xunping-ballot-set/v2';
const DIGITS = '0123456789abcdefghijklmnopqrstuv';
const ZERO = DIGITS.charCodeAt(0);
const DIGIT_CODES = Array.from(DIGITS, (digit) => digit.charCodeAt(0));
const TICK_BITS = new Map<string, number>(TIER_ORDER.map((tier, index) => [tier, 1 << index]));
const VOID = '-'.charCodeAt(0);

/** The bits of a subject's ticks; ticks that are no tier count for nothing, as in v1. */
function tickBits(ticks: readonly string[]): number {
  if (ticks.length === 1) return TICK_BITS.get(ticks[0]!) ?? 0;
  let bits = 0;
  for (const tick of ticks) bits |= TICK_BITS.get(tick) ?? 0;
  return bits;
}

interface TierLines {
  lines: string[];
  /** Ids marked by some ballot (not wholly void) that are not in the subject table. */
  unknown: Set<string>;
}

/**
 * The lines of the tier ballots against one subject table. Ballots of a round carry the same subjects in the
 * same order, so the table positions of a ballot's keys are looked up once and reused while the keys repeat.
 * Object.keys with Object.values is the fastest walk of ballots as IndexedDB returns them (structured clones,
 * whose marks V8 keeps in fast mode); looking each key up, or for…in, was half as fast there (the bench).
 */
function tierLines(
  ballots: readonly TierBallot[],
  groups: Map<string, number>,
  subjects: string[],
): TierLines {
  const position = new Map(subjects.map((id, index) => [id, index]));
  const unknown = new Set<string>();
  const lines: string[] = [];
  let lastKeys: string[] = [];
  let lastPositions: number[] = [];
  const positionsOf = (keys: string[]): number[] => {
    if (keys.length !== lastKeys.length || keys.some((key, index) => key !== lastKeys[index])) {
      lastKeys = keys;
      lastPositions = keys.map((key) => position.get(key) ?? -1);
    }
    return lastPositions;
  };
  const codes = new Uint8Array(16 + subjects.length);
  for (const ballot of ballots) {
    const head = `t${groups.get(ballot.groupId)!} `;
    for (let i = 0; i < head.length; i += 1) codes[i] = head.charCodeAt(i);
    let end = head.length + 1;
    if (ballot.wholeVoid) {
      codes[head.length] = VOID;
    } else {
      end = head.length + subjects.length;
      codes.fill(ZERO, head.length, end);
      const keys = Object.keys(ballot.marks);
      const marks = Object.values(ballot.marks);
      const positions = positionsOf(keys);
      for (let k = 0; k < keys.length; k += 1) {
        const bits = tickBits(marks[k]!);
        if (bits === 0) continue;
        const at = positions[k]!;
        if (at < 0) unknown.add(keys[k]!);
        else codes[head.length + at] = DIGIT_CODES[bits]!;
      }
    }
    lines.push(String.fromCharCode.apply(null, codes.subarray(0, end) as unknown as number[]));
  }
  return { lines, unknown };
}

/** The v2 canonical text of a round's evidence (see the top of this file). */
export function canonicalBallotSetV2(input: TallyInput): string {
  const tierBallots = input.ballots.filter((ballot): ballot is TierBallot => ballot.form === 'tiers');
  const sheetBallots = input.ballots.filter(
    (ballot): ballot is Exclude<Ballot, TierBallot> => ballot.form !== 'tiers',
  );
  const groupIds = [...new Set(tierBallots.map((ballot) => ballot.groupId))].sort(byCodeUnit);
  const groups = new Map(groupIds.map((id, index) => [id, index]));
  const subjectIds = input.subjects.map((subject) => subject.id).sort(byCodeUnit);
  let table = [...new Set(subjectIds)];
  let tier = tierLines(tierBallots, groups, table);
  if (tier.unknown.size > 0) {
    table = [...table, ...[...tier.unknown].sort(byCodeUnit)];
    tier = tierLines(tierBallots, groups, table);
  }
  const counts = Object.keys(input.counts)
    .sort(byCodeUnit)
    .map((groupId) => ({ group: groupId, ...input.counts[groupId] }));
  const ballots = [...tier.lines, ...sheetBallots.map((ballot) => `s ${slowCanonicalBallot(ballot)}`)];
  return [
    VERSION,
    `rules ${canonicalJson(canonicalRules(input.rules))}`,
    `counts ${canonicalJson(counts)}`,
    `subjects ${canonicalJson(subjectIds)}`,
    `marks ${canonicalJson({ groups: groupIds, subjects: table, ticks: [...TIER_ORDER] })}`,
    ...ballots.sort(byCodeUnit),
    ...input.totals
      .map(canonicalTotals)
      .sort(byCodeUnit)
      .map((line) => `totals ${line}`),
  ].join('\n');
}

/** The v2 fingerprint: SHA-256 (Web Crypto) of the UTF-8 bytes of canonicalBallotSetV2, lower-case hex. */
export function fingerprintV2(input: TallyInput): Promise<string> {
  return sha256HexOfBytes(new TextEncoder().encode(canonicalBallotSetV2(input)));
}
