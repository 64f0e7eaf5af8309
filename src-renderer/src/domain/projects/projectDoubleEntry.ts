// 双人复核 of project ballots, as the ballot rounds do it (votes/doubleEntry.ts): a second person types the paper
// ballots again by their number; the readings are compared candidate by candidate (同意 / 不同意, or 整张作废), and
// a round with double entry on cannot be closed until every paper has a matching second reading or each
// difference was resolved by keeping one reading. A project round is a single group of papers.
import {
  doubleEntryProblems,
  pairReadings,
  WHOLE_VOID_TEXT,
  type DoubleEntryReport,
  type KeptReading,
  type ReadingDifference,
} from '../votes/doubleEntry';
import type { ProjectBallotEntry } from './projectRound';

/** The group every project paper ballot belongs to in the shared second-reading store. */
export const PROJECT_PAPER_GROUP = 'project';

/** The second reading of 第 paperNo 张 of a project round; `kept` once a difference was resolved. */
export interface ProjectSecondEntry {
  form: 'project';
  id: string;
  roundId: string;
  groupId: string;
  paperNo: number;
  marks: string[];
  void: boolean;
  kept: KeptReading | null;
}

type Reading = Pick<ProjectBallotEntry, 'marks' | 'void'>;

const markText = (reading: Reading, id: string) => (reading.marks.includes(id) ? '同意' : '不同意');

/** Where two readings of one project paper differ, in ballot order; empty when they agree. */
export function compareProjectReadings(
  first: Reading,
  second: Reading,
  candidates: readonly { id: string; name: string }[],
): ReadingDifference[] {
  if (first.void || second.void) {
    if (first.void && second.void) return [];
    const text = (reading: Reading) => (reading.void ? WHOLE_VOID_TEXT : '有效票');
    return [{ number: null, name: '整张', first: text(first), second: text(second) }];
  }
  return candidates.flatMap((candidate, index) => {
    const [a, b] = [markText(first, candidate.id), markText(second, candidate.id)];
    return a === b ? [] : [{ number: index + 1, name: candidate.name, first: a, second: b }];
  });
}

/** Every paper ballot of a project round with the state of its double entry, and 已复核 n / N. */
export function projectDoubleEntryReport(
  candidates: readonly { id: string; name: string }[],
  firsts: readonly Pick<ProjectBallotEntry, 'paperNo' | 'marks' | 'void'>[],
  seconds: readonly Pick<ProjectSecondEntry, 'paperNo' | 'marks' | 'void' | 'kept'>[],
): DoubleEntryReport {
  return pairReadings(
    [PROJECT_PAPER_GROUP],
    firsts.map((first) => ({ ...first, groupId: PROJECT_PAPER_GROUP })),
    seconds.map((second) => ({ ...second, groupId: PROJECT_PAPER_GROUP })),
    (first, second) => compareProjectReadings(first, second, candidates),
  );
}

/** Why a project round with double entry may not be closed yet; empty: it may. */
export function projectDoubleEntryProblems(report: DoubleEntryReport): string[] {
  return doubleEntryProblems(report, { groups: [{ id: PROJECT_PAPER_GROUP, name: '' }] });
}

/** "11010" per candidate in ballot order, or 整张作废: how a reading is shown beside the other. */
export function projectReadingLine(reading: Reading, candidateIds: readonly string[]): string {
  return reading.void
    ? '整张作废'
    : candidateIds.map((id) => (reading.marks.includes(id) ? '1' : '0')).join('');
}
