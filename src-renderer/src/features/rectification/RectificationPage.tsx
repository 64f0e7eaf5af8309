import { Button, EmptyState, Group, Loader, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { useActivities, useRectificationItems, useSettings, useUnits } from '../../app/queries/live';
import { ACTIVITY_KIND_LABELS } from '../../domain/activity/activity';
import {
  dueNotice,
  ITEM_STATUS_LABELS,
  ITEM_STATUSES,
  type RectificationItem,
} from '../../domain/rectification';
import { PageHeader } from '../../ui/PageHeader';
import { sortItems, todayIso, unitNameOf } from './format';
import { ItemFormModal } from './ItemFormModal';
import { ItemsTable } from './ItemsTable';
import { LedgerModal } from './LedgerModal';
import { SelectionBar } from './SelectionBar';

const ATTENTION = '__attention';

/** The year an item belongs to: its 交办 year, or for a draft its activity's year. */
function yearOf(item: RectificationItem, activityDate: (id: string | null) => string | undefined): string {
  return (item.issueDate ?? activityDate(item.activityId) ?? '').slice(0, 4);
}

/** 整改: every item of every activity, filtered by activity, status, unit and year; the ledger of the selection. */
export function RectificationPage() {
  const items = useRectificationItems();
  const units = useUnits();
  const activities = useActivities();
  const settings = useSettings();
  const [activityId, setActivityId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<'manual' | 'ledger' | null>(null);
  if (!items || !units || !activities || !settings) return <Loader />;

  const today = todayIso();
  const unitName = unitNameOf(units);
  const byId = new Map(activities.map((a) => [a.id, a]));
  const activityDate = (id: string | null) => (id === null ? undefined : byId.get(id)?.date);
  const activityName = (id: string | null) => {
    const activity = id === null ? undefined : byId.get(id);
    return activity ? `${activity.title}${ACTIVITY_KIND_LABELS[activity.kind]}` : '（无）';
  };
  const years = [...new Set(items.map((item) => yearOf(item, activityDate)).filter((y) => y !== ''))]
    .sort()
    .reverse();
  const shown = sortItems(
    items.filter(
      (item) =>
        (activityId === null || item.activityId === activityId) &&
        (unitId === null || item.unitId === unitId) &&
        (year === null || yearOf(item, activityDate) === year) &&
        (status === null ||
          (status === ATTENTION
            ? item.flag !== null ||
              (dueNotice(item, today, settings.rectification)?.state.state ?? 'ok') !== 'ok'
            : item.status === status)),
    ),
    unitName,
  );
  const ledgerYear = Number(year ?? today.slice(0, 4));
  const ledgerItems =
    activityId !== null
      ? items.filter((item) => item.activityId === activityId)
      : items.filter((item) => yearOf(item, activityDate) === String(ledgerYear));
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
              data={years.map((y) => ({ value: y, label: `${y}年` }))}
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
        <LedgerModal
          title={
            activityId !== null
              ? `${activityName(activityId)}整改情况跟踪台账`
              : `${ledgerYear}年整改情况跟踪台账`
          }
          scope={activityId !== null ? { kind: 'activity', activityId } : { kind: 'year', year: ledgerYear }}
          items={ledgerItems}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </>
  );
}
