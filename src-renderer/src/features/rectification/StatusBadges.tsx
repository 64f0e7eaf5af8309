import { Badge, Group, Tooltip } from '@mantine/core';
import {
  dueNotice,
  ITEM_STATUS_LABELS,
  type ItemStatus,
  type RectificationItem,
} from '../../domain/rectification';
import { STATUS_COLORS } from './format';

export function ItemStatusBadge({ status }: { status: ItemStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]}>
      {ITEM_STATUS_LABELS[status]}
    </Badge>
  );
}

/** 整改报告已逾期 3 天 (red) / 整改方案还剩 5 天 (orange); nothing while the deadline is far or none is awaited. */
export function DueBadge({ item, today }: { item: RectificationItem; today: string }) {
  const notice = dueNotice(item, today);
  if (!notice || notice.state.state === 'ok') return null;
  const overdue = notice.state.state === 'overdue';
  return (
    <Badge color={overdue ? 'red' : 'orange'} variant={overdue ? 'filled' : 'light'}>
      {notice.text}
    </Badge>
  );
}

export function FlagBadge({ flag }: { flag: string | null }) {
  if (flag === null) return null;
  return (
    <Tooltip label={flag}>
      <Badge color="red" variant="outline">
        连续不满意
      </Badge>
    </Tooltip>
  );
}

/** Status, deadline and flag badges of an item, side by side. */
export function ItemBadges({
  item,
  today,
  votePublished = false,
}: {
  item: RectificationItem;
  today: string;
  votePublished?: boolean;
}) {
  return (
    <Group gap={4} wrap="wrap">
      <ItemStatusBadge status={item.status} />
      <DueBadge item={item} today={today} />
      <FlagBadge flag={item.flag} />
      {votePublished ? (
        <Badge color="grape" variant="outline">
          测评结果已公布，待登记
        </Badge>
      ) : null}
    </Group>
  );
}
