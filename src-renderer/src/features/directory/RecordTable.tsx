import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { VirtualTableBody } from '../../ui/VirtualTableBody';

export interface Column<R> {
  header: string;
  cell: (record: R) => ReactNode;
  width?: number | string;
}

/** A table of directory records with an action cell at the end of each row; only the rows near the screen render. */
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
    <Table
      highlightOnHover
      stickyHeader
      stickyHeaderOffset="var(--app-shell-header-offset, 0rem)"
      aria-label={label}
      // only the rows near the screen are in the page: say how many there are (the header is row 1)
      aria-rowcount={records.length + 1}
      verticalSpacing="xs"
    >
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
      <VirtualTableBody
        count={records.length}
        estimateSize={52}
        striped
        columns={columns.length + 1}
        rowKey={(index) => records[index]?.id ?? String(index)}
      >
        {({ index, measure, className }) => {
          const record = records[index];
          if (!record) return null;
          return (
            <Table.Tr
              key={record.id}
              ref={measure}
              data-index={index}
              aria-rowindex={index + 2}
              className={className}
              opacity={record.archived ? 0.55 : 1}
            >
              {columns.map((c) => (
                <Table.Td key={c.header}>{c.cell(record)}</Table.Td>
              ))}
              <Table.Td>{actions(record)}</Table.Td>
            </Table.Tr>
          );
        }}
      </VirtualTableBody>
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
