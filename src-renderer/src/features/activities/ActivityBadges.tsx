import { Badge } from '@mantine/core';
import {
  ACTIVITY_KIND_LABELS,
  ACTIVITY_STATUS_LABELS,
  type ActivityKind,
  type ActivityStatus,
} from '../../domain/activity/activity';

const STATUS_COLORS: Record<ActivityStatus, string> = {
  planning: 'blue',
  running: 'orange',
  finished: 'gray',
};

const KIND_COLORS: Record<ActivityKind, string> = { inquiry: 'red', evaluation: 'teal', project: 'grape' };

export function KindBadge({ kind }: { kind: ActivityKind }) {
  return (
    <Badge variant="light" color={KIND_COLORS[kind]}>
      {ACTIVITY_KIND_LABELS[kind]}
    </Badge>
  );
}

export function StatusBadge({ status, archived }: { status: ActivityStatus; archived: boolean }) {
  if (archived) return <Badge color="gray">已归档</Badge>;
  return (
    <Badge variant="dot" color={STATUS_COLORS[status]}>
      {ACTIVITY_STATUS_LABELS[status]}
    </Badge>
  );
}
