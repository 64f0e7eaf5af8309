import { Modal, Text } from '@mantine/core';
import { correctBallot, type BallotMarks } from '../../app/commands/votesEntry';
import type { BallotRecord } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import { draftFromBallot } from '../../domain/votes/entryKeys';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { draftFromSheet } from '../../domain/votes/sheetEntry';
import { BallotKeyForm } from './BallotKeyForm';
import { lineOf } from './RecentBallots';
import { SheetKeyForm } from './SheetKeyForm';

/** 更正: the ballot back in the entry form; saving replaces it and logs before and after. */
export function CorrectBallotModal({
  round,
  ballot,
  onClose,
}: {
  round: VoteRound;
  ballot: BallotRecord;
  onClose: () => void;
}) {
  const { run } = useCommand();
  /** The key form shows a failure beside the keys: it is thrown back to it, not notified. */
  const save = async (marks: BallotMarks) => {
    const corrected = await run(correctBallot, { ballot, marks }, { quiet: true });
    if (!corrected.ok) throw corrected.error;
    onClose();
    return `已更正第 ${ballot.paperNo} 张`;
  };
  return (
    <Modal opened onClose={onClose} returnFocus={false} title={`更正第 ${ballot.paperNo} 张测评票`} size="xl">
      <Text size="sm" c="dimmed" mb="xs">
        原录入：{lineOf(round, ballot)}。重新录入这张票后按 Enter
        保存；更正会记入操作记录（更正前后的内容都保留）。
      </Text>
      {ballot.form === 'tiers' ? (
        <BallotKeyForm
          label="更正测评票"
          subjects={round.subjects}
          tiers={round.rules.tiers}
          initial={ballot.wholeVoid ? undefined : draftFromBallot(ballot, round.subjects)}
          initialWholeVoid={ballot.wholeVoid}
          paperNo={ballot.paperNo}
          onSave={save}
        />
      ) : (
        <SheetKeyForm
          subjects={round.subjects}
          criteria={round.rules.criteria}
          initial={draftFromSheet(ballot, round.subjects, round.rules.criteria)}
          paperNo={ballot.paperNo}
          onSave={save}
        />
      )}
    </Modal>
  );
}
