// What a screen may show of a round while members vote on screen (评分模式). A ballot cast on screen has no name,
// but anyone watching counts that move by one ballot while a named member votes learns how that member voted.
// So while scoring mode is on, and while a round holding on-screen ballots is still open, no screen shows
// per-subject counts or a provisional result: only 已投 n / 实到 m. The counts appear when the round is closed.

import type { VoteRound } from './roundRecord';

export interface RoundDisclosure {
  /** Per-subject counts, the provisional result and its export. */
  counts: boolean;
  /** Paper entry, the entry mode and closing: not while members vote on screen. */
  entry: boolean;
  /** Why the counts are hidden, for the screen; null when nothing is hidden for secrecy. */
  hiddenBecause: string | null;
}

export const HIDDEN_WHILE_SCORING =
  '评分模式进行中：为保证不记名投票，本轮各测评对象的票数和临时结果不在任何屏幕上显示，只显示已投和实到人数。退出评分模式并结束测评后显示结果。';

export const HIDDEN_UNTIL_CLOSED =
  '本轮有委员在评分模式中投票：为保证不记名投票，结束测评前不显示各测评对象的票数和临时结果；收回并结束后显示。';

/** Whether scoring mode is on for the round. */
export function scoringOn(round: Pick<VoteRound, 'stage' | 'scoring'>): boolean {
  return round.stage === 'open' && !!round.scoring;
}

/**
 * What the round's screens may show. `screenBallots`: the ballots cast in scoring mode so far (they stay
 * hidden until the round is closed even after scoring mode is left, or the counts before and after leaving
 * would tell the ballots cast in between).
 */
export function roundDisclosure(
  round: Pick<VoteRound, 'stage' | 'scoring'>,
  screenBallots: number,
): RoundDisclosure {
  switch (round.stage) {
    case 'draft':
      return { counts: false, entry: false, hiddenBecause: null };
    case 'open':
      if (scoringOn(round)) return { counts: false, entry: false, hiddenBecause: HIDDEN_WHILE_SCORING };
      if (screenBallots > 0) return { counts: false, entry: true, hiddenBecause: HIDDEN_UNTIL_CLOSED };
      return { counts: true, entry: true, hiddenBecause: null };
    case 'closed':
    case 'published':
      return { counts: true, entry: false, hiddenBecause: null };
  }
}

/** "已投 3 人 / 实到 25 人": all that scoring mode shows of its progress. */
export function scoringProgress(voted: number, present: number): string {
  return `已投 ${voted} 人 / 实到 ${present} 人`;
}

/**
 * 已投 and 实到 of scoring mode: those signed in in any group (presence), and how many of them have voted
 * (check-ins). Nothing here tells who voted.
 */
export function scoringCounts(
  presence: Readonly<Record<string, readonly string[]>> | undefined,
  checkins: readonly string[],
): { voted: number; present: number } {
  const present = new Set(Object.values(presence ?? {}).flat());
  return { voted: checkins.filter((id) => present.has(id)).length, present: present.size };
}
