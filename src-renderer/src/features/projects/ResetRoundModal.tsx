import { resetProjectRound } from '../../app/commands/projects';
import { useCommand } from '../../app/runtime';
import type { ProjectRound } from '../../domain/projects/projectRound';
import { ReasonModal } from '../votes';

/** 作废本轮，重新投票: asks why (the reason goes into the round's log and the 操作日志), then wipes the round. */
export function ResetRoundModal({
  round,
  ballots,
  onClose,
}: {
  round: ProjectRound;
  ballots: number;
  onClose: () => void;
}) {
  const { run } = useCommand();
  return (
    <ReasonModal
      title="作废本轮票决，重新投票"
      description={`将删除本轮已录入的 ${ballots} 张选票${round.totals ? '和汇总数' : ''}，本轮回到“设置中”，重新填写人数后再投票。`}
      confirmLabel="作废并重新投票"
      onConfirm={async (reason) => {
        const result = await run(
          resetProjectRound,
          { roundId: round.id, reason },
          { success: '本轮已作废，请重新投票', failTitle: '未能作废' },
        );
        if (!result.ok) throw result.error;
      }}
      onClose={onClose}
    />
  );
}
