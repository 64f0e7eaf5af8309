// A tie at the cut-off goes to another vote among the tied candidates, for the places left (domain.md §6). The
// app sets that round up from the decision; the choice of the whole vote joins the rounds in order.
import type { ProjectDecision } from './projectDecision';
import type { ProjectRoundRules } from './projectRules';

export interface RunoffSetup {
  /** Only the tied candidates, in their ballot order. */
  candidateIds: string[];
  rules: ProjectRoundRules;
}

/** The next round when `decision` ended in a tie at the cut-off; null when it did not. */
export function runoffSetup(decision: ProjectDecision, rules: ProjectRoundRules): RunoffSetup | null {
  if (decision.status !== 'ok' || !decision.runoff) return null;
  return {
    candidateIds: [...decision.runoff.candidateIds],
    rules: { ...rules, places: decision.runoff.places, runoff: true },
  };
}

export interface FinalChoice {
  /** Chosen over all rounds: the first round's, then each runoff's, each most votes first. */
  chosen: string[];
  /** Still tied after the last round counted: another vote is needed. */
  pending: { candidateIds: string[]; places: number } | null;
  /** Places nobody filled. */
  placesLeft: number;
  /** False while a round could not be counted or a tie is still to be voted on. */
  complete: boolean;
}

/**
 * The choice of a whole project vote: the first round and its runoffs in order. A round that could not be
 * counted stops the chain: the places it was to fill stay pending.
 */
export function finalChoice(rounds: readonly ProjectDecision[]): FinalChoice {
  const chosen: string[] = [];
  let pending: FinalChoice['pending'] = null;
  let placesLeft = 0;
  for (const [i, round] of rounds.entries()) {
    if (round.status !== 'ok') {
      const previous = rounds[i - 1]?.runoff;
      pending = previous ? { candidateIds: [...previous.candidateIds], places: previous.places } : null;
      return { chosen, pending, placesLeft: 0, complete: false };
    }
    chosen.push(...round.chosen);
    placesLeft = round.placesLeft;
    pending = round.runoff
      ? { candidateIds: [...round.runoff.candidateIds], places: round.runoff.places }
      : null;
    if (!round.runoff) break;
  }
  return { chosen, pending, placesLeft, complete: rounds.length > 0 && pending === null };
}
