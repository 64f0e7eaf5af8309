import { Modal, Text } from '@mantine/core';
import { correctProjectBallot } from '../../app/commands/projects';
import { useCommand } from '../../app/runtime';
import type { ProjectBallotEntry, ProjectRound } from '../../domain/projects/projectRound';
import { ProjectBallotKeyForm } from './ProjectBallotKeyForm';

/**
 * 更正 a project ballot: the keys as entered, the focus on them; Backspace goes back to the candidate to change,
 * Enter saves (logged before → after), Esc cancels.
 */
export function CorrectBallotModal({
  round,
  ballot,
  candidates,
  onClose,
}: {
  round: ProjectRound;
  ballot: ProjectBallotEntry;
  candidates: readonly { id: string; name: string }[];
  onClose: () => void;
}) {
  const { run } = useCommand();
  const save = async (marks: { marks: string[]; void: boolean }) => {
    const result = await run(
      correctProjectBallot,
      { ballotId: ballot.id, ...marks },
      { success: `已更正第 ${ballot.paperNo} 张`, failTitle: '选票未更正' },
    );
    if (!result.ok) throw result.error;
    onClose();
    return `已更正第 ${ballot.paperNo} 张`;
  };
  return (
    // returnFocus off: the panel gives the focus back to the entry box, not to the 更正 button
    <Modal opened onClose={onClose} returnFocus={false} title={`更正第 ${ballot.paperNo} 张选票`} size="xl">
      <Text size="sm" c="dimmed" mb="xs">
        按 Backspace 退回到要改的项目重新按键，按 Enter 保存更正，按 Esc 取消。更正会记入操作记录（更正前 →
        更正后）。
      </Text>
      <ProjectBallotKeyForm
        label="更正选票"
        candidates={candidates}
        places={round.rules.places}
        paperNo={ballot.paperNo}
        initial={ballot}
        onSave={save}
      />
    </Modal>
  );
}
