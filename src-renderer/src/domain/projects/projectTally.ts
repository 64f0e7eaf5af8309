// Counting a 民生实事项目票决 round (domain.md §6): deputies choose up to N of M candidate projects. This file
// turns ballots into counts; projectDecision.ts decides from the counts, so hand-counted totals take the same path.
//
// Per ballot: each candidate is marked 同意 or not. More than N marks voids the whole ballot; no mark at all is a
// valid ballot that chooses nothing; a ballot the secretary flags as void (torn, unreadable) counts as returned only.

/** One returned paper (or on-screen) ballot. */
export interface ProjectBallot {
  /** The candidate ids marked 同意; the order does not matter and a repeated id counts once. */
  marks: readonly string[];
  /** Void as a whole (torn, unreadable), whatever its marks. */
  void?: boolean;
}

/** The counts a decision is made from: the tally of the ballots, or totals counted by hand. */
export interface ProjectCounts {
  /** Ballots returned (收回). */
  returned: number;
  /** Valid ballots: returned minus every void one. Empty ballots are valid. */
  valid: number;
  /** Void because they marked more than N candidates (多选无效). */
  overMarked: number;
  /** Void as a whole for another reason. */
  voidOther: number;
  /** Valid ballots that marked nothing. */
  empty: number;
  /** 同意 votes per candidate id, from valid ballots only; every candidate has an entry. */
  votes: Readonly<Record<string, number>>;
}

export class UnknownCandidateError extends Error {
  constructor(readonly candidateId: string) {
    super(`ballot marks a candidate that is not on the ballot: ${candidateId}`);
  }
}

/**
 * Tallies the ballots of a round with `places` places (N) over `candidateIds` (M, in ballot order). Throws
 * UnknownCandidateError for a mark on a candidate that is not on the ballot: that is an entry bug, not a vote.
 */
export function tallyProjectBallots(
  candidateIds: readonly string[],
  places: number,
  ballots: readonly ProjectBallot[],
): ProjectCounts {
  const votes = new Map<string, number>(candidateIds.map((id) => [id, 0]));
  let overMarked = 0;
  let voidOther = 0;
  let empty = 0;
  for (const ballot of ballots) {
    const marks = new Set(ballot.marks);
    for (const id of marks) if (!votes.has(id)) throw new UnknownCandidateError(id);
    if (ballot.void) {
      voidOther += 1;
      continue;
    }
    if (marks.size > places) {
      overMarked += 1;
      continue;
    }
    if (marks.size === 0) empty += 1;
    for (const id of marks) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  return {
    returned: ballots.length,
    valid: ballots.length - overMarked - voidOther,
    overMarked,
    voidOther,
    empty,
    votes: Object.fromEntries(votes),
  };
}
