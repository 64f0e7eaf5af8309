import { Badge, Group, Tooltip } from '@mantine/core';
import {
  dueNotice,
  ITEM_STATUS_LABELS,
  type ItemStatus,
  type RectificationItem,
  type RectificationSettings,
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
export function DueBadge({
  item,
  today,
  settings,
}: {
  item: RectificationItem;
  today: string;
  settings: RectificationSettings;
}) {
  const notice = dueNotice(item, today, settings);
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
  settings,
  votePublished = false,
}: {
  item: RectificationItem;
  today: string;
  /** The stored 整改期限 (dueSoonDays decides the orange badge). */
  settings: RectificationSettings;
  votePublished?: boolean;
}) {
  return (
    <Group gap={4} wrap="wrap">
      <ItemStatusBadge status={item.status} />
      <DueBadge item={item} today={today} settings={settings} />
      <FlagBadge flag={item.flag} />
      {votePublished ? (
        <Badge color="grape" variant="outline">
          测评结果已公布，待登记
        </Badge>
      ) : null}
    </Group>
  );
}
