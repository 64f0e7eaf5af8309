import { resolveDoubleEntry } from '../../app/commands/votesDoubleEntry';
import type { BallotRecord, BallotSecondEntryRecord } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import { KEPT_READING_LABELS, type PaperComparison } from '../../domain/votes/doubleEntry';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { DifferencesPanel } from './DifferencesPanel';
import { useEntryFocus } from './entryFocus';
import { lineOf } from './RecentBallots';

/**
 * 双人复核 of one group: every paper whose two readings differ, with the positions and both readings, and a choice
 * of the reading to keep (confirmed, logged); then the papers entered only once.
 */
export function DoubleEntryList({
  round,
  papers,
  ballots,
  seconds,
}: {
  round: VoteRound;
  /** The group's papers (doubleEntryReport). */
  papers: PaperComparison[];
  ballots: BallotRecord[];
  seconds: BallotSecondEntryRecord[];
}) {
  const { run } = useCommand();
  const { refocus } = useEntryFocus();
  const readings = (paper: PaperComparison) => {
    const first = ballots.find((b) => b.groupId === paper.groupId && b.paperNo === paper.paperNo);
    const second = seconds.find((b) => b.groupId === paper.groupId && b.paperNo === paper.paperNo);
    return {
      first: first ? lineOf(round, first) : '',
      second: second ? lineOf(round, second) : '',
    };
  };
  return (
    <DifferencesPanel
      papers={papers}
      readings={readings}
      noun="测评票"
      loggedIn="操作记录和操作日志"
      refocus={refocus}
      onKeep={(paper, kept) =>
        void run(
          resolveDoubleEntry,
          { roundId: round.id, groupId: paper.groupId, paperNo: paper.paperNo, kept },
          {
            success: `第 ${paper.paperNo} 张已裁定，保留${KEPT_READING_LABELS[kept]}`,
            failTitle: '未能裁定',
          },
        )
      }
    />
  );
}
