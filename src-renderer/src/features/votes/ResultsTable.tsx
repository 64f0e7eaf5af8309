import { Badge, Table } from '@mantine/core';
import type { ResultTable } from '../../domain/votes/resultTable';

/** A table of printed values; a row flagged 排名靠后 gets a red badge in place of "是". */
export function ResultsTable({
  table,
  label,
  nameColumn = 1,
}: {
  table: ResultTable;
  label: string;
  /** The column with the subject's name, in bold. */
  nameColumn?: number;
}) {
  const flagColumn = table.headers.indexOf('排名靠后');
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table aria-label={label} striped withTableBorder withColumnBorders verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            {table.headers.map((header) => (
              <Table.Th key={header} style={{ whiteSpace: 'nowrap' }}>
                {header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row, r) => (
            <Table.Tr key={`${row[1]}-${r}`} bg={table.bottom[r] ? 'red.0' : undefined}>
              {row.map((cell, c) => (
                <Table.Td key={c} fw={c === nameColumn ? 600 : undefined}>
                  {c === flagColumn && cell === '是' ? (
                    <Badge color="red" size="sm">
                      排名靠后
                    </Badge>
                  ) : (
                    cell
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
