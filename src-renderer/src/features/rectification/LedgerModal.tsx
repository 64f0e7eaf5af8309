import { Group, Modal, Table, Text } from '@mantine/core';
import { exportLedger } from '../../app/commands/rectificationFiles';
import { useSettings, useUnits } from '../../app/queries';
import { useToday } from '../../app/runtime';
import {
  LEDGER_PRINT_HEADERS,
  ledgerPrintRows,
  ledgerRows,
  type LedgerScope,
  type RectificationItem,
} from '../../domain/rectification';
import { SaveButton } from './SaveButton';

/** Column widths in pixels, in the proportions of the printed ledger. */
const WIDTHS = [44, 110, undefined, 220, 70, 130, 72, 190, 120];

/** 整改情况跟踪台账 on screen, as printed, with the Word and Excel exports. */
export function LedgerModal({
  title,
  scope,
  items,
  onClose,
}: {
  title: string;
  scope: LedgerScope;
  items: RectificationItem[];
  onClose: () => void;
}) {
  const units = useUnits();
  const settings = useSettings();
  const today = useToday();
  const unitNames = Object.fromEntries((units ?? []).map((u) => [u.id, u.shortName]));
  const rows = ledgerRows(items, { today, unitNames, settings: settings?.rectification });
  // The columns of the printed ledger (the three dates in one column), so the screen shows what is printed.
  const cells = ledgerPrintRows(rows);
  return (
    <Modal opened onClose={onClose} title={title} size="100%">
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          共 {rows.length} 项，按状态和期限排列。Word 版为横向 A4，每页重复表头。
        </Text>
        <Group gap="xs">
          <SaveButton
            variant="default"
            command={exportLedger}
            input={{ scope, format: 'docx' }}
            failTitle="台账导出失败"
          >
            导出 Word
          </SaveButton>
          <SaveButton
            variant="default"
            command={exportLedger}
            input={{ scope, format: 'xlsx' }}
            failTitle="台账导出失败"
          >
            导出 Excel
          </SaveButton>
        </Group>
      </Group>
      <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm" aria-label="整改情况跟踪台账">
        <Table.Thead>
          <Table.Tr>
            {LEDGER_PRINT_HEADERS.map((h, c) => (
              <Table.Th key={h} w={WIDTHS[c]} style={{ whiteSpace: 'pre-line' }}>
                {h}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cells.map((row, r) => (
            <Table.Tr key={rows[r]?.itemId ?? r} bg={rows[r]?.attention === 'overdue' ? 'red.0' : undefined}>
              {row.map((cell, c) => (
                <Table.Td
                  key={c}
                  style={{ whiteSpace: 'pre-line' }}
                  c={c === 8 && rows[r]?.attention === 'overdue' ? 'red.8' : undefined}
                  data-testid={c === 6 ? 'ledger-status' : undefined}
                >
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
