import { Button, EmptyState, Group, Loader, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { useActivities, useRectificationItems, useSettings, useUnits } from '../../app/queries';
import { useToday } from '../../app/runtime';
import { namesById } from '../../domain/names';
import {
  activityName as nameOfActivity,
  filterItems,
  isItemStatus,
  ITEM_STATUS_LABELS,
  ITEM_STATUSES,
  itemYears,
  sortForLedger,
  type StatusFilter,
} from '../../domain/rectification';
import { PageHeader } from '../../ui/PageHeader';
import { ItemFormModal } from './ItemFormModal';
import { ItemsTable } from './ItemsTable';
import { LedgerModal } from './LedgerModal';
import { SelectionBar } from './SelectionBar';

const ATTENTION = '__attention';

/** The status select's value as a filter (需关注 or a status); null shows all. */
function statusFilter(value: string | null): StatusFilter | null {
  if (value === ATTENTION) return 'attention';
  return isItemStatus(value) ? value : null;
}

/** 整改: every item of every activity, filtered by activity, status, unit and year; the ledger of the selection. */
export function RectificationPage() {
  const items = useRectificationItems();
  const units = useUnits();
  const activities = useActivities();
  const settings = useSettings();
  const today = useToday();
  const [activityId, setActivityId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<'manual' | 'ledger' | null>(null);
  if (!items || !units || !activities || !settings) return <Loader />;

  const unitName = namesById(units, 'shortName');
  const byId = new Map(activities.map((a) => [a.id, a]));
  const activityName = (id: string | null) => {
    const activity = id === null ? undefined : byId.get(id);
    return activity ? nameOfActivity(activity) : '（无）';
  };
  const filter = { activityId, unitId, year, status: statusFilter(status) };
  const shown = sortForLedger(
    filterItems(items, filter, { today, settings: settings.rectification, activities }),
    unitName,
  );
  const withItems = [...new Set(items.map((item) => item.activityId))].flatMap((id) => {
    const activity = id === null ? undefined : byId.get(id);
    return activity ? [{ value: activity.id, label: activityName(activity.id) }] : [];
  });
  const unitOptions = [...new Set(items.map((item) => item.unitId))].map((id) => ({
    value: id,
    label: unitName(id),
  }));

  return (
    <>
      <PageHeader
        title="整改"
        description="整改事项从交办到办结的全过程：期限、跟踪记录、整改报告满意度测评和发文登记"
        actions={
          <>
            <Button variant="default" component={Link} href="/rectification/register">
              发文登记
            </Button>
            <Button variant="default" onClick={() => setDialog('ledger')} disabled={items.length === 0}>
              台账
            </Button>
            <Button onClick={() => setDialog('manual')}>手工添加</Button>
          </>
        }
      />
      {items.length === 0 ? (
        <EmptyState
          mt="xl"
          title="还没有整改事项"
          description="在活动的“整改”页，根据测评结果或询问问题生成整改事项，也可以在这里手工添加。"
        >
          <EmptyState.Actions>
            <Button component={Link} href="/activities">
              去活动
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <>
          <Group mb="sm" gap="sm" align="flex-end">
            <Select
              label="活动"
              placeholder="全部活动"
              clearable
              data={withItems}
              value={activityId}
              onChange={setActivityId}
              w={260}
            />
            <Select
              label="状态"
              placeholder="全部状态"
              clearable
              data={[
                { value: ATTENTION, label: '需关注（临期、逾期、连续不满意）' },
                ...ITEM_STATUSES.map((s) => ({ value: s, label: ITEM_STATUS_LABELS[s] })),
              ]}
              value={status}
              onChange={setStatus}
              w={230}
            />
            <Select
              label="单位"
              placeholder="全部单位"
              clearable
              searchable
              data={unitOptions}
              value={unitId}
              onChange={setUnitId}
              w={220}
            />
            <Select
              label="年度"
              placeholder="全部年度"
              clearable
              data={itemYears(items, activities).map((y) => ({ value: y, label: `${y}年` }))}
              value={year}
              onChange={setYear}
              w={130}
            />
            <Text size="sm" c="dimmed" pb={8}>
              显示 {shown.length} / {items.length} 项
            </Text>
          </Group>
          <SelectionBar
            items={shown}
            selected={selected}
            unitName={unitName}
            onClear={() => setSelected(new Set())}
          />
          <ItemsTable
            items={shown}
            unitName={unitName}
            today={today}
            settings={settings.rectification}
            activityName={activityName}
            selected={selected}
            onSelectedChange={setSelected}
          />
          {shown.length === 0 ? (
            <Text c="dimmed" mt="sm">
              没有符合条件的整改事项
            </Text>
          ) : null}
        </>
      )}
      {dialog === 'manual' ? (
        <ItemFormModal activityId={activityId} unitIds={[]} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'ledger' ? (
        <LedgerModal items={items} activityId={activityId} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}
