import { Group, Modal, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { exportLedger } from '../../app/commands/rectificationFiles';
import { useActivities, useIssuedDocuments, useSettings, useUnits } from '../../app/queries';
import { useToday } from '../../app/runtime';
import {
  checkLedgerRange,
  issueNumbersByItem,
  LEDGER_PRINT_HEADERS,
  ledgerPrintRows,
  ledgerRows,
  ledgerScopeItems,
  ledgerTitle,
  type LedgerScope,
  type RectificationItem,
} from '../../domain/rectification';
import { SaveButton } from './SaveButton';

/** Column widths in pixels, in the proportions of the printed ledger. */
const WIDTHS = [44, 100, undefined, 200, 150, 130, 70, 220];

type ScopeChoice = LedgerScope['kind'];

/**
 * 整改情况跟踪台账 on screen, as printed, with the Word and Excel exports. Its scope is a choice: 全部未办结 (the
 * default), 本年度, a range of 交办 dates, or the activity the 整改 list is filtered to.
 */
export function LedgerModal({
  items,
  activityId,
  onClose,
}: {
  /** Every item; the scope picks the ledger's. */
  items: RectificationItem[];
  /** The activity the list is filtered to: offered as a scope, and chosen first. */
  activityId: string | null;
  onClose: () => void;
}) {
  const units = useUnits();
  const settings = useSettings();
  const documents = useIssuedDocuments();
  const activities = useActivities() ?? [];
  const today = useToday();
  const [choice, setChoice] = useState<ScopeChoice>(activityId === null ? 'open' : 'activity');
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const rangeError = choice === 'range' ? checkLedgerRange(from, to) : null;
  const scope: LedgerScope =
    choice === 'activity' && activityId !== null
      ? { kind: 'activity', activityId }
      : choice === 'year'
        ? { kind: 'year', year: Number(today.slice(0, 4)) }
        : choice === 'range'
          ? { kind: 'range', from, to }
          : { kind: 'open' };
  const unitNames = Object.fromEntries((units ?? []).map((u) => [u.id, u.shortName]));
  const rows =
    rangeError === null
      ? ledgerRows(ledgerScopeItems(items, scope, activities), {
          today,
          unitNames,
          settings: settings?.rectification,
          issueNumbers: issueNumbersByItem(documents ?? []),
        })
      : [];
  // The columns of the printed ledger, so the screen shows what is printed.
  const cells = ledgerPrintRows(rows);
  const scopes = [
    ...(activityId === null ? [] : [{ value: 'activity', label: '本活动' }]),
    { value: 'open', label: '全部未办结' },
    { value: 'year', label: `本年度（${today.slice(0, 4)}年）` },
    { value: 'range', label: '按交办日期' },
  ];
  return (
    <Modal opened onClose={onClose} title={ledgerTitle(scope, activities)} size="100%">
      <Stack gap="sm" mb="sm">
        <Group gap="sm" align="flex-end">
          <div>
            <Text size="sm" fw={500} mb={4} id="ledger-scope-label">
              台账范围
            </Text>
            <SegmentedControl
              aria-labelledby="ledger-scope-label"
              data={scopes}
              value={choice}
              onChange={(value) => setChoice(value as ScopeChoice)}
            />
          </div>
          {choice === 'range' ? (
            <>
              <TextInput
                type="date"
                label="交办日期自"
                value={from}
                onChange={(e) => setFrom(e.currentTarget.value)}
                w={170}
              />
              <TextInput
                type="date"
                label="至"
                value={to}
                onChange={(e) => setTo(e.currentTarget.value)}
                error={rangeError}
                w={170}
              />
            </>
          ) : null}
        </Group>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            共 {rows.length} 项，按状态和期限排列。Word 版为横向 A4，每页重复表头；Excel 版日期为日期格式。
          </Text>
          <Group gap="xs">
            <SaveButton
              variant="default"
              command={exportLedger}
              input={{ scope, format: 'docx' }}
              failTitle="台账导出失败"
              disabled={rangeError !== null}
            >
              导出 Word
            </SaveButton>
            <SaveButton
              variant="default"
              command={exportLedger}
              input={{ scope, format: 'xlsx' }}
              failTitle="台账导出失败"
              disabled={rangeError !== null}
            >
              导出 Excel
            </SaveButton>
          </Group>
        </Group>
      </Stack>
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
                  // Dates and numbers keep to one line each (pre: no wrapping inside a line).
                  style={{ whiteSpace: c === 4 || c === 5 ? 'pre' : 'pre-line' }}
                  c={c === 7 && rows[r]?.attention === 'overdue' ? 'red.8' : undefined}
                  data-testid={c === 6 ? 'ledger-status' : undefined}
                >
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows.length === 0 ? (
        <Text c="dimmed" mt="sm">
          {rangeError ?? '这个范围内没有整改事项。可以换一个台账范围。'}
        </Text>
      ) : null}
    </Modal>
  );
}
