import { Button, EmptyState, Loader, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useActivities, useRectificationItems, useSettings, useUnits } from '../../app/queries';
import { useToday } from '../../app/runtime';
import { namesById } from '../../domain/names';
import { activityName as nameOfActivity, filterItems, sortForLedger } from '../../domain/rectification';
import { PageHeader } from '../../ui/PageHeader';
import { ItemFilters } from './ItemFilters';
import { ItemFormModal } from './ItemFormModal';
import { ItemsTable } from './ItemsTable';
import { LedgerModal } from './LedgerModal';
import { SelectionBar } from './SelectionBar';
import { statusFilter } from './statusFilter';

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
  // Kept across selection changes, so ticking rows re-renders only the rows whose tick changed.
  const unitName = useMemo(() => namesById(units, 'shortName'), [units]);
  const byId = useMemo(() => new Map((activities ?? []).map((a) => [a.id, a])), [activities]);
  const activityName = useCallback(
    (id: string | null) => {
      const activity = id === null ? undefined : byId.get(id);
      return activity ? nameOfActivity(activity) : '（无）';
    },
    [byId],
  );
  const rectification = settings?.rectification;
  const shown = useMemo(() => {
    if (!items || !activities || !rectification) return [];
    const filter = { activityId, unitId, year, status: statusFilter(status) };
    const filtered = filterItems(items, filter, { today, settings: rectification, activities });
    return sortForLedger(filtered, unitName);
  }, [items, activities, rectification, activityId, unitId, year, status, today, unitName]);
  const clear = useCallback(() => setSelected(new Set()), []);
  const filterValue = useMemo(
    () => ({ activityId, status, unitId, year }),
    [activityId, status, unitId, year],
  );
  const filterSetters = useMemo(
    () => ({ activityId: setActivityId, status: setStatus, unitId: setUnitId, year: setYear }),
    [],
  );
  if (!items || !units || !activities || !settings) return <Loader />;

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
          <ItemFilters
            items={items}
            activities={activities}
            activityName={activityName}
            unitName={unitName}
            shownCount={shown.length}
            value={filterValue}
            set={filterSetters}
          />
          <SelectionBar items={shown} selected={selected} unitName={unitName} onClear={clear} />
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
