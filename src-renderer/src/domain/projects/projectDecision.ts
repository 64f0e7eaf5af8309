// Deciding a project vote from its counts (domain.md §6): a candidate passes with more than half of the
// denominator; the passing ones are ranked by votes; the top N are chosen; a tie at the cut-off goes to another
// vote among the tied candidates for the places left; fewer than N passing leaves places empty. Exact integers:
// "more than half of d" is votes × 2 > d, so 20 of 39 passes and 19 does not.
import { checkGroupCounts, type GroupCounts, type RoundStatus } from '../votes/round';
import type { ProjectCounts } from './projectTally';
import type { ProjectRoundRules } from './projectRules';

export interface CandidateOutcome {
  id: string;
  votes: number;
  /** 1 for the most votes; equal votes share a rank (1, 2, 2, 4). */
  rank: number;
  /** More than half of the denominator (always true in a runoff, where passing was settled before). */
  passed: boolean;
  chosen: boolean;
  /** Tied at the cut-off: goes to another vote. */
  tied: boolean;
}

export interface ProjectDecision {
  status: RoundStatus;
  /** Why the round cannot be counted (Chinese); empty when status is 'ok'. */
  problems: string[];
  /** The denominator's value (e.g. 39 valid ballots). */
  denominator: number;
  /** The fewest votes that pass: more than half of the denominator (null in a runoff). */
  passVotes: number | null;
  /** Every candidate in ballot order. */
  candidates: CandidateOutcome[];
  /** Chosen ids, most votes first (ballot order among equals). */
  chosen: string[];
  /** A tie at the cut-off: these candidates go to another vote for `places` places. */
  runoff: { candidateIds: string[]; places: number } | null;
  /** Places no candidate filled (fewer than N passed). */
  placesLeft: number;
}

function denominatorOf(rules: ProjectRoundRules, round: GroupCounts, counts: ProjectCounts): number {
  switch (rules.denominator) {
    case 'entitled':
      return round.entitled;
    case 'present':
      return round.present;
    case 'returned':
      return counts.returned;
    case 'valid':
      return counts.valid;
  }
}

function countProblems(rules: ProjectRoundRules, ids: readonly string[], counts: ProjectCounts): string[] {
  const problems: string[] = [];
  if (!Number.isSafeInteger(rules.places) || rules.places < 1) problems.push('限选项数应为正整数');
  else if (rules.places > ids.length) {
    problems.push(`限选 ${rules.places} 项，多于候选项目的 ${ids.length} 个`);
  }
  const parts = [counts.valid, counts.overMarked, counts.voidOther, counts.empty];
  if (parts.some((n) => !Number.isSafeInteger(n) || n < 0)) problems.push('票数应为 0 或正整数');
  else if (counts.valid + counts.overMarked + counts.voidOther !== counts.returned) {
    problems.push(
      `有效 ${counts.valid} 张、多选无效 ${counts.overMarked} 张、其他无效 ${counts.voidOther} 张，合计应等于收回的 ${counts.returned} 张`,
    );
  }
  for (const id of ids) {
    const v = counts.votes[id];
    if (v === undefined || !Number.isSafeInteger(v) || v < 0) problems.push('每个项目的得票应为 0 或正整数');
    else if (v > counts.valid) problems.push(`有项目得票 ${v} 张，多于有效票 ${counts.valid} 张`);
  }
  const total = ids.reduce((sum, id) => sum + (counts.votes[id] ?? 0), 0);
  const marked = counts.valid - counts.empty;
  if (problems.length === 0 && total > marked * rules.places) {
    problems.push(
      `同意票合计 ${total} 张，多于 ${marked} 张选了项目的有效票每张限选 ${rules.places} 项最多能投的 ${marked * rules.places} 张`,
    );
  }
  return [...new Set(problems)];
}

/** Ranks by votes, 1 for the most; equal votes share a rank. */
function ranksOf(votes: readonly number[]): number[] {
  return votes.map((v) => 1 + votes.filter((w) => w > v).length);
}

export function decideProjectVote(
  rules: ProjectRoundRules,
  candidateIds: readonly string[],
  round: GroupCounts,
  counts: ProjectCounts,
): ProjectDecision {
  const empty: ProjectDecision = {
    status: 'ok',
    problems: [],
    denominator: 0,
    passVotes: null,
    candidates: [],
    chosen: [],
    runoff: null,
    placesLeft: rules.places,
  };
  const invalid = countProblems(rules, candidateIds, counts);
  if (counts.returned !== round.returned) {
    invalid.push(`录入的票 ${counts.returned} 张，与收回票数 ${round.returned} 张不符`);
  }
  if (invalid.length > 0) return { ...empty, status: 'invalid', problems: invalid };
  const check = checkGroupCounts(round, rules.requireQuorum);
  if (check.status !== 'ok') return { ...empty, status: check.status, problems: check.problems };

  const denominator = denominatorOf(rules, round, counts);
  const passVotes = rules.runoff ? null : Math.floor(denominator / 2) + 1;
  const votes = candidateIds.map((id) => counts.votes[id] ?? 0);
  const ranks = ranksOf(votes);
  const passed = votes.map((v) => passVotes === null || v >= passVotes);

  // Passing candidates, most votes first; the sort is stable, so ballot order decides among equals.
  const order = candidateIds.map((_, i) => i).filter((i) => passed[i]);
  order.sort((a, b) => (votes[b] ?? 0) - (votes[a] ?? 0));

  let chosen = order;
  let runoff: ProjectDecision['runoff'] = null;
  if (order.length > rules.places) {
    const cut = votes[order[rules.places - 1] ?? -1] ?? 0;
    const above = order.filter((i) => (votes[i] ?? 0) > cut);
    const atCut = order.filter((i) => votes[i] === cut);
    if (above.length + atCut.length <= rules.places) chosen = [...above, ...atCut];
    else {
      chosen = above;
      runoff = { candidateIds: atCut.map((i) => candidateIds[i] ?? ''), places: rules.places - above.length };
    }
  }
  const chosenSet = new Set(chosen);
  const tiedSet = new Set(runoff?.candidateIds ?? []);
  return {
    status: 'ok',
    problems: [],
    denominator,
    passVotes,
    candidates: candidateIds.map((id, i) => ({
      id,
      votes: votes[i] ?? 0,
      rank: ranks[i] ?? 0,
      passed: passed[i] ?? false,
      chosen: chosenSet.has(i),
      tied: tiedSet.has(id),
    })),
    chosen: chosen.map((i) => candidateIds[i] ?? ''),
    runoff,
    placesLeft: runoff ? 0 : rules.places - chosen.length,
  };
}
