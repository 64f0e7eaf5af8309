import { Checkbox, Table, Text } from '@mantine/core';
import { createContext, memo, useContext, useMemo } from 'react';
import { Link } from 'wouter';
import { useRoundsById } from '../../app/queries';
import { formatChineseDate } from '../../domain/time';
import {
  awaitingOutcome,
  currentDue,
  DUE_KIND_LABELS,
  SOURCE_LABELS,
  votingRoundIds,
  type RectificationItem,
  type RectificationSettings,
} from '../../domain/rectification';
import { problemSummary } from './format';
import classes from './ItemsTable.module.css';
import { ItemBadges } from './StatusBadges';
import { VirtualTableBody } from '../../ui/VirtualTableBody';

export interface ItemsTableProps {
  items: RectificationItem[];
  unitName: (id: string) => string;
  today: string;
  /** The stored 整改期限, for the due-soon and overdue badges. */
  settings: RectificationSettings;
  /** Shows an 活动 column (the 整改 page lists items of every activity). */
  activityName?: (id: string | null) => string;
  /** With selection: a checkbox per row and one for all. */
  selected?: ReadonlySet<string>;
  onSelectedChange?: (next: Set<string>) => void;
}

/** The selection, read by each row's tick alone: a change re-renders the ticks, not the rows. */
const SelectionContext = createContext<{
  selected: ReadonlySet<string>;
  onSelectedChange: (next: Set<string>) => void;
} | null>(null);

/**
 * A row's checkbox: the browser's own (ItemsTable.module.css), since 选择全部 ticks every row at once and a plain
 * input re-renders and repaints in a fraction of what Mantine's Checkbox, with its transitions, costs.
 */
function RowTick({ id, label }: { id: string; label: string }) {
  const selection = useContext(SelectionContext);
  if (!selection) return null;
  const { selected, onSelectedChange } = selection;
  return (
    <input
      type="checkbox"
      className={classes.tick}
      aria-label={label}
      checked={selected.has(id)}
      onChange={(e) => {
        const next = new Set(selected);
        if (e.currentTarget.checked) next.add(id);
        else next.delete(id);
        onSelectedChange(next);
      }}
    />
  );
}

/** One item's row: it does not re-render when the selection changes (only its tick does). */
const ItemRow = memo(function ItemRow({
  index,
  measure,
  className,
  item,
  selectable,
  unitName,
  today,
  settings,
  activityName,
  votePublished,
}: {
  index: number;
  measure: (row: HTMLTableRowElement | null) => void;
  className: string | undefined;
  item: RectificationItem;
  selectable: boolean;
  unitName: (id: string) => string;
  today: string;
  settings: RectificationSettings;
  activityName?: (id: string | null) => string;
  votePublished: boolean;
}) {
  const due = currentDue(item);
  return (
    <Table.Tr ref={measure} data-index={index} aria-rowindex={index + 2} className={className}>
      {selectable ? (
        <Table.Td>
          <RowTick id={item.id} label={`选择${unitName(item.unitId)}`} />
        </Table.Td>
      ) : null}
      <Table.Td>
        <Text component={Link} href={`/rectification/${item.id}`} fw={600} c="red.9">
          {unitName(item.unitId)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{problemSummary(item.problems)}</Text>
        <Text size="xs" c="dimmed">
          {SOURCE_LABELS[item.source.kind]}
          {item.round > 0 ? ` · 已测评 ${item.round} 次` : ''}
        </Text>
      </Table.Td>
      {activityName ? (
        <Table.Td>
          <Text size="sm">{activityName(item.activityId)}</Text>
        </Table.Td>
      ) : null}
      <Table.Td>{item.issueDate ? formatChineseDate(item.issueDate) : '—'}</Table.Td>
      <Table.Td>
        {due ? (
          <Text size="sm">
            {DUE_KIND_LABELS[due.kind]}
            <br />
            {formatChineseDate(due.date)}
          </Text>
        ) : (
          '—'
        )}
      </Table.Td>
      <Table.Td>
        <ItemBadges item={item} today={today} settings={settings} votePublished={votePublished} />
      </Table.Td>
    </Table.Tr>
  );
});

/** 整改事项 with their unit, problem, status, deadline and flag; each row opens the item. */
export function ItemsTable({
  items,
  unitName,
  today,
  settings,
  activityName,
  selected,
  onSelectedChange,
}: ItemsTableProps) {
  const roundIds = useMemo(() => votingRoundIds(items), [items]);
  const rounds = useRoundsById(roundIds);
  const waiting = useMemo(
    () => new Set(awaitingOutcome(items, rounds ?? []).map((item) => item.id)),
    [items, rounds],
  );
  const selectable = selected !== undefined && onSelectedChange !== undefined;
  const allSelected = selectable && items.length > 0 && items.every((item) => selected.has(item.id));
  const selection = useMemo(
    () => (selectable ? { selected, onSelectedChange } : null),
    [selectable, selected, onSelectedChange],
  );

  const columns = 5 + (selectable ? 1 : 0) + (activityName ? 1 : 0);

  return (
    <Table
      highlightOnHover
      stickyHeader
      stickyHeaderOffset="var(--app-shell-header-offset, 0rem)"
      verticalSpacing="sm"
      aria-label="整改事项"
      // only the rows near the screen are in the page: say how many there are (the header is row 1)
      aria-rowcount={items.length + 1}
    >
      <Table.Thead>
        <Table.Tr>
          {selectable ? (
            <Table.Th w={40}>
              <Checkbox
                aria-label="选择全部"
                checked={allSelected}
                indeterminate={!allSelected && items.some((item) => selected.has(item.id))}
                onChange={(e) =>
                  onSelectedChange(new Set(e.currentTarget.checked ? items.map((i) => i.id) : []))
                }
              />
            </Table.Th>
          ) : null}
          <Table.Th w={170}>单位</Table.Th>
          <Table.Th>问题</Table.Th>
          {activityName ? <Table.Th w={170}>活动</Table.Th> : null}
          <Table.Th w={120}>交办日期</Table.Th>
          <Table.Th w={150}>当前期限</Table.Th>
          <Table.Th w={230}>状态</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <SelectionContext.Provider value={selection}>
        <VirtualTableBody
          count={items.length}
          estimateSize={96}
          striped
          columns={columns}
          rowKey={(index) => items[index]?.id ?? String(index)}
        >
          {({ index, measure, className }) => {
            const item = items[index];
            return item ? (
              <ItemRow
                key={item.id}
                index={index}
                measure={measure}
                className={className}
                item={item}
                selectable={selectable}
                unitName={unitName}
                today={today}
                settings={settings}
                activityName={activityName}
                votePublished={waiting.has(item.id)}
              />
            ) : null;
          }}
        </VirtualTableBody>
      </SelectionContext.Provider>
    </Table>
  );
}
