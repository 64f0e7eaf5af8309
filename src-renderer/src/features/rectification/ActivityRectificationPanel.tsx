import { Button, EmptyState, Group, Loader, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useRectificationItems, useSettings, useUnits, type ActivityRecord } from '../../app/queries';
import { useToday } from '../../app/runtime';
import { ACTIVITY_KIND_LABELS } from '../../domain/activity/activity';
import { namesById } from '../../domain/names';
import { ledgerScopeItems, sortForLedger, type LedgerScope } from '../../domain/rectification';
import { GenerateModal } from './GenerateModal';
import { ItemFormModal } from './ItemFormModal';
import { ItemsTable } from './ItemsTable';
import { LedgerModal } from './LedgerModal';
import { SelectionBar } from './SelectionBar';

type Dialog = 'evaluation' | 'inquiry' | 'manual' | 'ledger' | null;

/** 整改 tab of an activity: its items, made from its results or by hand, handed over with numbered documents. */
export function ActivityRectificationPanel({ activity }: { activity: ActivityRecord }) {
  const all = useRectificationItems();
  const units = useUnits();
  const settings = useSettings();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const today = useToday();
  // Kept across selection changes, so ticking rows re-renders only the rows whose tick changed.
  const unitName = useMemo(() => namesById(units, 'shortName'), [units]);
  const items = useMemo(() => {
    if (!all) return [];
    // The tab lists what the activity's ledger lists.
    const scope: LedgerScope = { kind: 'activity', activityId: activity.id };
    return sortForLedger(ledgerScopeItems(all, scope, [activity]), unitName);
  }, [all, activity, unitName]);
  if (!all || !units || !settings) return <Loader />;
  const close = () => setDialog(null);
  const buttons = (
    <Group gap="xs">
      <Button onClick={() => setDialog('evaluation')}>从测评结果生成</Button>
      {activity.kind === 'inquiry' ? (
        <Button variant="default" onClick={() => setDialog('inquiry')}>
          从询问问题生成
        </Button>
      ) : null}
      <Button variant="default" onClick={() => setDialog('manual')}>
        手工添加
      </Button>
    </Group>
  );

  return (
    <>
      {items.length === 0 ? (
        <EmptyState
          mt="lg"
          title="还没有整改事项"
          description={
            `${ACTIVITY_KIND_LABELS[activity.kind]}结束后，根据测评结果（排名靠后、测评不满意的单位）` +
            `${activity.kind === 'inquiry' ? '或询问提纲中的问题' : ''}生成整改事项，` +
            '核对后交办并印发整改通知书或审议意见交办函，再跟踪整改方案、整改报告和满意度测评，直至办结。'
          }
        >
          <EmptyState.Actions>{buttons}</EmptyState.Actions>
        </EmptyState>
      ) : (
        <>
          <Group justify="space-between" mb="sm">
            <Text size="sm" c="dimmed">
              共 {items.length} 项整改事项。勾选待交办的事项可以一次交办并连续编号印发文件。
            </Text>
            <Group gap="xs">
              {buttons}
              <Button variant="default" onClick={() => setDialog('ledger')}>
                台账
              </Button>
            </Group>
          </Group>
          <SelectionBar
            items={items}
            selected={selected}
            unitName={unitName}
            onClear={() => setSelected(new Set())}
          />
          <ItemsTable
            items={items}
            unitName={unitName}
            today={today}
            settings={settings.rectification}
            selected={selected}
            onSelectedChange={setSelected}
          />
        </>
      )}
      {dialog === 'evaluation' || dialog === 'inquiry' ? (
        <GenerateModal activity={activity} source={dialog} unitName={unitName} onClose={close} />
      ) : null}
      {dialog === 'manual' ? (
        <ItemFormModal
          activityId={activity.id}
          unitIds={activity.units.map((u) => u.unitId)}
          onClose={close}
        />
      ) : null}
      {dialog === 'ledger' ? <LedgerModal items={all} activityId={activity.id} onClose={close} /> : null}
    </>
  );
}
