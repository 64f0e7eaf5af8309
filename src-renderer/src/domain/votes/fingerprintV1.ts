// Format v1 of the fingerprint of a round's evidence (fingerprint.ts picks the format): the rules, the round
// counts, the subjects and the ballots (or hand-counted totals), written as canonical JSON lines and hashed with
// SHA-256. Rounds published before format v2 stored v1 fingerprints: they are verified with this encoder, which
// must never change. Its pieces shared with v2 (canonicalJson, the rules, the totals, score sheets) are exported.

import type { Ballot } from './ballots';
import type { TallyInput } from './entries';
import type { RoundRules } from './rules';
import { TIER_ORDER } from './tiers';
import type { GroupTotals } from './totals';

const VERSION = 'xunping-ballot-set/v1';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** JSON with object keys sorted by code unit, so equal values always give equal text. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key] ?? null)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => byCodeUnit(a.id, b.id));
}

/**
 * The rules in force, lists in id order (reordering groups or criteria on screen changes no count). Settings of
 * the other form are left out: editing the unused score sheet of a tier round changes nothing.
 */
export function canonicalRules(rules: RoundRules): Json {
  const groups = byId(rules.groups).map((group) => ({ ...group }));
  const common = {
    form: rules.form,
    groups,
    requireQuorum: rules.requireQuorum,
    rankBy: rules.form === 'tiers' ? rules.rankBy : 'score',
    bottomN: rules.bottomN,
    decimals: rules.decimals,
    rankByPrintedValue: rules.rankByPrintedValue,
  };
  if (rules.form === 'scoreSheet') {
    const criteria = byId(rules.criteria).map((criterion) => ({ ...criterion }));
    return { ...common, criteria, trimExtremes: rules.trimExtremes };
  }
  const { scheme, allowUnknown, weights } = rules.tiers;
  return {
    ...common,
    tiers: { scheme, allowUnknown, weights: { ...weights } },
    denominator: rules.denominator,
    outcomeDenominator: rules.outcomeDenominator,
    tieBreaker: rules.tieBreaker,
  };
}

/**
 * One ballot without its id. Ticks are deduplicated and in TIER_ORDER; blank subjects are left out (a missing
 * subject and an empty one are the same paper); a wholly void ballot keeps no marks, since none of them count.
 */
export function canonicalBallot(ballot: Ballot): string {
  return ballotEncoder()(ballot);
}

/** canonicalJson of a list of ticks in TIER_ORDER, for the one-tick marks that are nearly all of them. */
const ONE_TICK = new Map<string, string>(TIER_ORDER.map((tier) => [tier, canonicalJson([tier])]));

/**
 * canonicalBallot for the many ballots of one round: the same text, built without canonicalJson's generic walk.
 * Ballots of a round carry the same subjects in the same order, so the sorted key order is computed once and
 * reused while the next ballot's keys are the same; key texts and tick texts are remembered. `prefix` starts every
 * text (the set's "ballot " lines are built whole, not copied again).
 */
export function ballotEncoder(prefix = ''): (ballot: Ballot) => string {
  const keyTexts = new Map<string, string>();
  let lastKeys: string[] = [];
  let lastSorted: string[] = [];
  const sortedKeys = (keys: string[]): string[] => {
    if (keys.length !== lastKeys.length || keys.some((key, index) => key !== lastKeys[index])) {
      lastKeys = keys;
      lastSorted = [...keys].sort();
    }
    return lastSorted;
  };
  const keyText = (key: string): string => {
    let text = keyTexts.get(key);
    if (text === undefined) keyTexts.set(key, (text = JSON.stringify(key)));
    return text;
  };
  return (ballot) => {
    if (ballot.form !== 'tiers') return prefix + slowCanonicalBallot(ballot);
    // Parts joined once: a string grown by += is a rope of thousands of pieces, costly to flatten and collect.
    const parts = [`${prefix}{"form":"tiers","group":${JSON.stringify(ballot.groupId)},"marks":{`];
    if (!ballot.wholeVoid) {
      for (const subjectId of sortedKeys(Object.keys(ballot.marks))) {
        const mark: readonly string[] = ballot.marks[subjectId]!;
        const ticks =
          mark.length === 1
            ? (ONE_TICK.get(mark[0]!) ?? '')
            : tickText(TIER_ORDER.filter((tier) => mark.includes(tier)));
        if (ticks === '') continue;
        parts.push(parts.length > 1 ? ',' : '', keyText(subjectId), ':', ticks);
      }
    }
    parts.push(`},"wholeVoid":${ballot.wholeVoid}}`);
    return parts.join('');
  };
}

function tickText(ticks: readonly string[]): string {
  return ticks.length === 0 ? '' : canonicalJson([...ticks]);
}

/** The generic construction through canonicalJson (score sheets, and the reference for the tiers fast path). */
export function slowCanonicalBallot(ballot: Ballot): string {
  const marks: Record<string, Json> = {};
  if (!ballot.wholeVoid) {
    for (const [subjectId, mark] of Object.entries(ballot.marks)) {
      if (ballot.form === 'tiers') {
        const ticks = TIER_ORDER.filter((tier) => (mark as readonly string[]).includes(tier));
        if (ticks.length > 0) marks[subjectId] = ticks;
      } else {
        const points = Object.entries(mark as Record<string, number | null>).filter(([, p]) => p !== null);
        if (points.length > 0) marks[subjectId] = Object.fromEntries(points);
      }
    }
  }
  return canonicalJson({ form: ballot.form, group: ballot.groupId, wholeVoid: ballot.wholeVoid, marks });
}

/** Totals with zero counts left out (an empty field and a 0 are the same count). */
export function canonicalTotals(totals: GroupTotals): string {
  const subjects: Record<string, Json> = {};
  for (const [subjectId, counts] of Object.entries(totals.subjects)) {
    const tiers = Object.fromEntries(
      Object.entries(counts.tiers).filter(([, n]) => n !== 0 && n !== undefined),
    );
    const item: Record<string, Json> = { tiers: tiers };
    if (counts.abstain !== 0) item.abstain = counts.abstain;
    if (counts.void !== 0) item.void = counts.void;
    if (Object.keys(tiers).length > 0 || counts.abstain !== 0 || counts.void !== 0)
      subjects[subjectId] = item;
  }
  return canonicalJson({ group: totals.groupId, wholeVoid: totals.wholeVoid, subjects });
}

/** The lines of canonicalBallotSetV1, in order. */
function canonicalLines(input: TallyInput): string[] {
  const counts = Object.keys(input.counts)
    .sort()
    .map((groupId) => ({ group: groupId, ...input.counts[groupId] }));
  const subjects = input.subjects.map((subject) => subject.id).sort(byCodeUnit);
  // Every line starts with the same "ballot ": sorting them with it sorts them as without it.
  const ballots = input.ballots.map(ballotEncoder('ballot ')).sort(byCodeUnit);
  const totals = input.totals.map(canonicalTotals).sort(byCodeUnit);
  return [
    VERSION,
    `rules ${canonicalJson(canonicalRules(input.rules))}`,
    `counts ${canonicalJson(counts)}`,
    `subjects ${canonicalJson(subjects)}`,
    ...ballots,
    ...totals.map((line) => `totals ${line}`),
  ];
}

/**
 * The canonical text of a round's evidence. Independent of the order of ballots, subjects and groups, and of
 * ballot ids; subject names are left out (renaming a unit changes no vote), subject ids are kept.
 */
export function canonicalBallotSetV1(input: TallyInput): string {
  return canonicalLines(input).join('\n');
}

/**
 * The UTF-8 bytes of canonicalBallotSetV1, encoded line by line into one buffer: 20,000 ballots of 160 subjects
 * are some 80 MB of text, and joining them first would hold that text twice more.
 */
export function canonicalBallotBytes(input: TallyInput): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const lines = canonicalLines(input).map((line) => encoder.encode(line));
  const bytes = new Uint8Array(lines.reduce((total, line) => total + line.length + 1, -1));
  let at = 0;
  lines.forEach((line, index) => {
    if (index > 0) bytes[at++] = 0x0a;
    bytes.set(line, at);
    at += line.length;
  });
  return bytes;
}

/** Lower-case hex SHA-256 of a text's UTF-8 bytes (Web Crypto: Node 20 and every browser). */
export function sha256Hex(text: string): Promise<string> {
  return sha256HexOfBytes(new TextEncoder().encode(text));
}

export async function sha256HexOfBytes(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The v1 fingerprint: for rounds published before v2 (no fingerprintVersion stored). */
export function fingerprintV1(input: TallyInput): Promise<string> {
  return sha256HexOfBytes(canonicalBallotBytes(input));
}
