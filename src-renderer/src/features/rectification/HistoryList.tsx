import { Badge, Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { formatChineseDate } from '../../domain/time';
import {
  effectiveEntries,
  ENTRY_KIND_LABELS,
  ITEM_STATUS_LABELS,
  type FollowUpEntry,
  type RectificationItem,
} from '../../domain/rectification';
import { CorrectEntryModal } from './CorrectionModals';

function statusChange(entry: FollowUpEntry): string {
  if (!entry.statusFrom || !entry.statusTo || entry.statusFrom === entry.statusTo) return '';
  return `${ITEM_STATUS_LABELS[entry.statusFrom]} → ${ITEM_STATUS_LABELS[entry.statusTo]}`;
}

/**
 * The dated history (办理记录), oldest first, as it reads after corrections; a corrected entry says so and lists
 * what it said before, with the reason. Nothing is ever edited in place.
 */
export function HistoryList({ item }: { item: RectificationItem }) {
  const [correcting, setCorrecting] = useState<{ entry: FollowUpEntry; automatic: boolean } | null>(null);
  const entries = effectiveEntries(item.history);
  const withdrawn = item.history.filter((e) => e.withdrawn).length;
  return (
    <Paper withBorder p="md" component="section" aria-label="办理记录">
      <Group justify="space-between" mb="xs">
        <Title order={4}>办理记录</Title>
        <Text size="xs" c="dimmed">
          共 {item.history.length} 条{withdrawn > 0 ? `，其中 ${withdrawn} 条作废记录` : ''}
          ；更正会追加新记录，原记录保留
        </Text>
      </Group>
      {entries.length === 0 ? (
        <Text c="dimmed" size="sm">
          还没有记录。交办后，交办、收到整改方案和报告、测评及其结果、走访督促等都按日期记在这里。
        </Text>
      ) : (
        <Table verticalSpacing="xs" aria-label="办理记录">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={130}>日期</Table.Th>
              <Table.Th w={120}>事项</Table.Th>
              <Table.Th>内容</Table.Th>
              <Table.Th w={70} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map(({ rootId, entry, versions, corrected }) => (
              <Table.Tr key={rootId}>
                <Table.Td>{formatChineseDate(entry.date)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {ENTRY_KIND_LABELS[entry.kind]}
                  </Text>
                  {statusChange(entry) ? (
                    <Text size="xs" c="dimmed">
                      {statusChange(entry)}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                    {entry.text || '—'}
                  </Text>
                  {corrected ? (
                    <Group gap={6} mt={4} align="flex-start" wrap="nowrap">
                      <Badge size="xs" color="yellow" variant="light">
                        已更正
                      </Badge>
                      <Text size="xs" c="dimmed">
                        {versions
                          .slice(0, -1)
                          .map((v, i) => {
                            const next = versions[i + 1];
                            return `原记为 ${formatChineseDate(v.date)} ${v.text || '（无说明）'}；${next ? `${formatChineseDate(next.recordedOn)}更正，原因：${next.reason}` : ''}`;
                          })
                          .join(' ')}
                      </Text>
                    </Group>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="gray"
                    onClick={() =>
                      setCorrecting({ entry, automatic: versions[0]?.automatic ?? entry.automatic })
                    }
                  >
                    更正
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {correcting ? (
        <CorrectEntryModal
          item={item}
          entry={correcting.entry}
          automatic={correcting.automatic}
          onClose={() => setCorrecting(null)}
        />
      ) : null}
    </Paper>
  );
}
