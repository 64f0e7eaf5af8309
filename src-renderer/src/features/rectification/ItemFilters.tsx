import { Group, Select, Text } from '@mantine/core';
import { memo, useMemo } from 'react';
import type { ActivityRecord } from '../../app/queries';
import {
  ITEM_STATUS_LABELS,
  ITEM_STATUSES,
  itemYears,
  type RectificationItem,
} from '../../domain/rectification';
import { ATTENTION } from './statusFilter';

type Key = 'activityId' | 'status' | 'unitId' | 'year';

const STATUS_OPTIONS = [
  { value: ATTENTION, label: '需关注（临期、逾期、连续不满意）' },
  ...ITEM_STATUSES.map((s) => ({ value: s, label: ITEM_STATUS_LABELS[s] })),
];

/** The 整改 page's filters (活动, 状态, 单位, 年度) and the count shown; untouched by a change of selection. */
export const ItemFilters = memo(function ItemFilters({
  items,
  activities,
  activityName,
  unitName,
  shownCount,
  value,
  set,
}: {
  items: RectificationItem[];
  activities: ActivityRecord[];
  activityName: (id: string | null) => string;
  unitName: (id: string) => string;
  shownCount: number;
  value: Record<Key, string | null>;
  set: Record<Key, (next: string | null) => void>;
}) {
  const withItems = useMemo(() => {
    const known = new Set(activities.map((a) => a.id));
    return [...new Set(items.map((item) => item.activityId))].flatMap((id) =>
      id !== null && known.has(id) ? [{ value: id, label: activityName(id) }] : [],
    );
  }, [items, activities, activityName]);
  const unitOptions = useMemo(
    () => [...new Set(items.map((item) => item.unitId))].map((id) => ({ value: id, label: unitName(id) })),
    [items, unitName],
  );
  const years = useMemo(
    () => itemYears(items, activities).map((y) => ({ value: y, label: `${y}年` })),
    [items, activities],
  );
  return (
    <Group mb="sm" gap="sm" align="flex-end">
      <Select
        label="活动"
        placeholder="全部活动"
        clearable
        data={withItems}
        value={value.activityId}
        onChange={set.activityId}
        w={260}
      />
      <Select
        label="状态"
        placeholder="全部状态"
        clearable
        data={STATUS_OPTIONS}
        value={value.status}
        onChange={set.status}
        w={230}
      />
      <Select
        label="单位"
        placeholder="全部单位"
        clearable
        searchable
        data={unitOptions}
        value={value.unitId}
        onChange={set.unitId}
        w={220}
      />
      <Select
        label="年度"
        placeholder="全部年度"
        clearable
        data={years}
        value={value.year}
        onChange={set.year}
        w={130}
      />
      <Text size="sm" c="dimmed" pb={8}>
        显示 {shownCount} / {items.length} 项
      </Text>
    </Group>
  );
});
