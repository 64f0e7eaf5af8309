import { Button, EmptyState, Text } from '@mantine/core';
import type { DirectoryList } from '../../app/commands/directory';
import { RecordActions } from './RecordActions';
import { Muted, RecordTable, type Column } from './RecordTable';

interface DirectoryRecord {
  id: string;
  archived: boolean;
}

/**
 * The body of a directory list: an empty state that says what to do first, else the count, the table
 * with each row's actions, and a line when the filters match nothing.
 */
export function DirectoryBody<R extends DirectoryRecord>({
  total,
  shown,
  noun,
  countText,
  emptyDescription,
  addLabel,
  onAdd,
  onImport,
  columns,
  nameOf,
  list,
  onEdit,
}: {
  total: number;
  shown: R[];
  /** 人员 / 单位 */
  noun: string;
  countText: string;
  emptyDescription: string;
  addLabel: string;
  onAdd: () => void;
  onImport: () => void;
  columns: Column<R>[];
  nameOf: (record: R) => string;
  /** which list the rows' actions change */
  list: DirectoryList;
  onEdit: (record: R) => void;
}) {
  if (total === 0) {
    return (
      <EmptyState mt="xl" title={`名册中还没有${noun}`} description={emptyDescription}>
        <EmptyState.Actions>
          <Button onClick={onAdd}>{addLabel}</Button>
          <Button variant="default" onClick={onImport}>
            从表格导入
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {countText}
      </Text>
      <RecordTable
        label={`${noun}列表`}
        records={shown}
        columns={columns}
        actions={(record) => (
          <RecordActions record={record} name={nameOf(record)} list={list} onEdit={() => onEdit(record)} />
        )}
      />
      {shown.length === 0 ? <Muted>没有符合条件的{noun}</Muted> : null}
    </>
  );
}
