import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Column<R> {
  header: string;
  cell: (record: R) => ReactNode;
  width?: number | string;
}

/** A plain table of directory records with an action cell at the end of each row. */
export function RecordTable<R extends { id: string; archived: boolean }>({
  records,
  columns,
  actions,
  label,
}: {
  records: R[];
  columns: Column<R>[];
  actions: (record: R) => ReactNode;
  label: string;
}) {
  return (
    <Table striped highlightOnHover stickyHeader aria-label={label} verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          {columns.map((c) => (
            <Table.Th key={c.header} w={c.width}>
              {c.header}
            </Table.Th>
          ))}
          <Table.Th w={200}>操作</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {records.map((record) => (
          <Table.Tr key={record.id} opacity={record.archived ? 0.55 : 1}>
            {columns.map((c) => (
              <Table.Td key={c.header}>{c.cell(record)}</Table.Td>
            ))}
            <Table.Td>{actions(record)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

export function Muted({ children }: { children: ReactNode }) {
  return (
    <Text span c="dimmed" size="sm">
      {children}
    </Text>
  );
}
