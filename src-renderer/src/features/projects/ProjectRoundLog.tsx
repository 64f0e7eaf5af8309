import { PROJECT_ROUND_LOG_LABELS } from '../../domain/projects/projectLog';
import type { ProjectRound } from '../../domain/projects/projectRound';
import { RoundLogList } from '../votes';

/** 操作记录 of a project round: opened, ballots deleted, 复核裁定, closed, 作废重投 with the reason, published. */
export function ProjectRoundLog({ round }: { round: ProjectRound }) {
  return <RoundLogList roundId={round.id} title={round.title} labels={PROJECT_ROUND_LOG_LABELS} />;
}
