import { Badge } from '@mantine/core';
import { ROUND_STAGE_LABELS, type RoundStage } from '../../domain/votes/roundRecord';

const COLORS: Record<RoundStage, string> = {
  draft: 'gray',
  open: 'blue',
  closed: 'orange',
  published: 'green',
};

export function RoundStageBadge({ stage }: { stage: RoundStage }) {
  return (
    <Badge color={COLORS[stage]} variant="light" size="lg">
      {ROUND_STAGE_LABELS[stage]}
    </Badge>
  );
}
