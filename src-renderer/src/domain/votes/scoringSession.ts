// Entering scoring mode (评分模式): the sign-in (签到) of who is present, which becomes the group's 实到 and
// 发出, and the PIN that ends the mode. Only the PIN's SHA-256 is stored.

import type { FieldErrors } from '../validation';
import { checkGroupCounts, groupPrefix, type GroupCounts } from './round';
import type { VoteRound } from './roundRecord';

/** 4 to 6 digits. */
export const PIN_PATTERN = /^\d{4,6}$/;

/** The PIN as typed twice when entering; a Chinese message per field that is wrong. */
export function checkNewPin(pin: string, again: string): FieldErrors<'pin' | 'again'> {
  if (!PIN_PATTERN.test(pin)) return { pin: 'PIN 应为 4 至 6 位数字' };
  if (again !== pin) return { again: '两次输入的 PIN 不一致' };
  return {};
}

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of the PIN, salted with the round's id (the same PIN of two rounds hashes differently). */
export async function pinHash(roundId: string, pin: string): Promise<string> {
  const text = `xunping-scoring-pin/v1|${roundId}|${pin}`;
  return hex(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}

export interface SignInInput {
  /** The group's raters (who may be signed in), in the order the screen lists them. */
  raterIds: readonly string[];
  /** Ticked as present by the secretary. */
  chosenIds: readonly string[];
  /** Raters who have voted already in this round: they stay signed in whatever was ticked. */
  votedIds: readonly string[];
  /** Ballots already entered for the group (on screen or on paper). */
  entered: number;
}

export type SignInOutcome =
  { presentIds: string[]; counts: Record<string, GroupCounts> } | { problems: string[] };

/**
 * The sign-in as it will be stored: the present raters in list order, and the round's counts with the group's
 * 实到 and 发出 set to their number (each present member gets one ballot on screen). Refused when nobody is
 * ticked, someone ticked is not a rater of the group, the number breaks 实到 ≤ 应到 or the quorum, or more
 * ballots were entered than people are present.
 */
export function signIn(
  round: Pick<VoteRound, 'rules' | 'counts'>,
  groupId: string,
  input: SignInInput,
): SignInOutcome {
  const group = round.rules.groups.find((g) => g.id === groupId);
  const counts = round.counts[groupId];
  if (!group || !counts) return { problems: ['测评组不存在'] };
  const raters = new Set(input.raterIds);
  if (input.chosenIds.some((id) => !raters.has(id))) {
    return { problems: ['签到名单中有不属于本组测评人的人员，请刷新后重新签到'] };
  }
  const present = new Set([...input.chosenIds, ...input.votedIds]);
  const presentIds = input.raterIds.filter((id) => present.has(id));
  if (presentIds.length === 0) return { problems: ['请勾选到会的测评人（签到）后再进入评分模式'] };
  const n = presentIds.length;
  const prefix = groupPrefix(group, round.rules);
  const next: GroupCounts = { ...counts, present: n, issued: n };
  const check = checkGroupCounts({ ...next, returned: 0 }, round.rules.requireQuorum, prefix);
  if (check.status === 'invalid' || check.status === 'noQuorum') {
    return { problems: check.problems };
  }
  if (input.entered > n) {
    return { problems: [`${prefix}已录入测评票 ${input.entered} 张，多于签到的 ${n} 人`] };
  }
  return { presentIds, counts: { ...round.counts, [groupId]: next } };
}
