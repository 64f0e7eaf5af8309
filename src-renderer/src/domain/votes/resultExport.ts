// What 导出 Excel of a round holds: its file name and sheets (results, one per rater group, the rules with the
// fingerprint, the individual ballots). A result not yet published is marked 临时结果 in both.
import type { SheetSpec } from '../sheet';
import { safeFileName } from '../fileName';
import { countsText } from './countsText';
import type { Subject } from './ballots';
import type { NumberedBallot } from './ballotsSheet';
import type { RoundResult } from './result';
import { resultSheets } from './resultTable';
import type { VoteRound } from './roundRecord';
import { timeText } from './timeText';

export function resultWorkbook(
  round: Pick<VoteRound, 'title' | 'stage' | 'published' | 'rules' | 'counts'> & {
    subjects: readonly Subject[];
  },
  result: RoundResult,
  /** The round's ballots, for the 测评票 sheet (none when the round was entered by totals). */
  ballots?: readonly NumberedBallot[],
): { fileName: string; sheets: SheetSpec[] } {
  const published = round.stage === 'published' ? round.published : null;
  const sheets = resultSheets({
    title: round.title,
    result,
    rules: round.rules,
    status: published ? `已公布（${timeText(published.publishedAt)}）` : '未公布（临时结果）',
    countsLine: countsText(round.rules, round.counts, true),
    fingerprint: published?.fingerprint ?? null,
    subjects: round.subjects,
    ballots,
  });
  return { fileName: safeFileName(`${round.title}${published ? '' : '（临时结果）'}.xlsx`), sheets };
}
