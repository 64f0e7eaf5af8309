// The fingerprint of a project vote round's evidence, as the ballot rounds have one (votes/fingerprint.ts):
// the rules, the round counts, the candidates and the ballots (or the hand-counted totals), written
// canonically and hashed with SHA-256. Independent of ballot order and ballot ids; printed with the result.
import { canonicalJson, sha256Hex } from '../votes/fingerprint';
import type { GroupCounts } from '../votes/round';
import type { ProjectRoundRules } from './projectRules';
import type { ProjectBallot, ProjectCounts } from './projectTally';

const VERSION = 'xunping-project-ballots/v1';

export interface ProjectEvidence {
  rules: ProjectRoundRules;
  counts: GroupCounts;
  candidateIds: readonly string[];
  ballots: readonly ProjectBallot[];
  totals: ProjectCounts | null;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** One ballot without its id: marks deduplicated and sorted; a void ballot keeps no marks. */
export function canonicalProjectBallot(ballot: ProjectBallot): string {
  const marks = ballot.void ? [] : [...new Set(ballot.marks)].sort(byCodeUnit);
  return canonicalJson({ void: ballot.void === true, marks });
}

export function canonicalProjectEvidence(evidence: ProjectEvidence): string {
  const { rules, counts, totals } = evidence;
  const lines = [
    VERSION,
    `rules ${canonicalJson({ ...rules })}`,
    `counts ${canonicalJson({ ...counts })}`,
    `candidates ${canonicalJson([...evidence.candidateIds].sort(byCodeUnit))}`,
    ...evidence.ballots
      .map(canonicalProjectBallot)
      .sort(byCodeUnit)
      .map((line) => `ballot ${line}`),
  ];
  if (totals) lines.push(`totals ${canonicalJson({ ...totals, votes: { ...totals.votes } })}`);
  return lines.join('\n');
}

export function projectFingerprint(evidence: ProjectEvidence): Promise<string> {
  return sha256Hex(canonicalProjectEvidence(evidence));
}
