import { Button, Group, Modal, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { appDb } from '../../db/appDb';
import { useSettings, useUnits } from '../../app/queries/live';
import { ledgerRows, type RectificationItem } from '../../domain/rectification';
import { LEDGER_DOC_HEADERS, ledgerDocumentRows } from '../../documents/rectification';
import { todayIso } from './format';
import { ledgerDocx, ledgerXlsx, type LedgerScope } from './rectificationDocuments';
import { EXCEL_FILTERS, notifyFailure, saveBuilt, WORD_FILTERS } from './saveFile';

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
  const [busy, setBusy] = useState<'docx' | 'xlsx' | null>(null);
  const today = todayIso();
  const unitNames = Object.fromEntries((units ?? []).map((u) => [u.id, u.shortName]));
  const rows = ledgerRows(items, { today, unitNames, settings: settings?.rectification });
  // The columns of the printed ledger (the three dates in one column), so the screen shows what is printed.
  const cells = ledgerDocumentRows(rows);
  const save = async (kind: 'docx' | 'xlsx') => {
    setBusy(kind);
    try {
      const file =
        kind === 'docx'
          ? await ledgerDocx(appDb, scope, new Date())
          : await ledgerXlsx(appDb, scope, new Date());
      await saveBuilt(file, kind === 'docx' ? WORD_FILTERS : EXCEL_FILTERS);
    } catch (error) {
      notifyFailure(error, '台账导出失败');
    } finally {
      setBusy(null);
    }
  };
  return (
    <Modal opened onClose={onClose} title={title} size="100%">
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          共 {rows.length} 项，按状态和期限排列。Word 版为横向 A4，每页重复表头。
        </Text>
        <Group gap="xs">
          <Button variant="default" loading={busy === 'docx'} onClick={() => void save('docx')}>
            导出 Word
          </Button>
          <Button variant="default" loading={busy === 'xlsx'} onClick={() => void save('xlsx')}>
            导出 Excel
          </Button>
        </Group>
      </Group>
      <Table withTableBorder withColumnBorders verticalSpacing={4} fz="sm" aria-label="整改情况跟踪台账">
        <Table.Thead>
          <Table.Tr>
            {LEDGER_DOC_HEADERS.map((h, c) => (
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
