import { Button, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import type { RectificationItem } from '../../domain/rectification';
import { IssueModal } from './IssueModal';

/**
 * Under a table with ticked items: 印发文件 for all of them, numbers in the table's order. The dialog keeps the
 * items it was opened with and sits beside the bar, not inside it: once issued, the items may leave a filtered
 * table (待交办) and the bar goes, but the dialog with the documents to save stays open.
 */
export function SelectionBar({
  items,
  selected,
  unitName,
  onClear,
}: {
  /** In table order. */
  items: RectificationItem[];
  selected: ReadonlySet<string>;
  unitName: (id: string) => string;
  onClear: () => void;
}) {
  const [issuing, setIssuing] = useState<RectificationItem[] | null>(null);
  const chosen = items.filter((item) => selected.has(item.id));
  const closed = chosen.filter((item) => item.status === 'closed').length;
  return (
    <>
      {chosen.length > 0 ? (
        <Paper withBorder p="sm" mb="sm" bg="red.0" aria-label="已选择的整改事项">
          <Group justify="space-between">
            <Text size="sm">
              已选择 {chosen.length} 项（{new Set(chosen.map((i) => i.unitId)).size} 个单位）
              {closed > 0 ? `，其中 ${closed} 项已办结` : ''}
            </Text>
            <Group gap="xs">
              <Button variant="subtle" color="gray" onClick={onClear}>
                取消选择
              </Button>
              <Button onClick={() => setIssuing(chosen)} disabled={closed > 0}>
                交办并印发文件…
              </Button>
            </Group>
          </Group>
        </Paper>
      ) : null}
      {issuing ? (
        <IssueModal
          items={issuing}
          unitName={unitName}
          onClose={() => {
            setIssuing(null);
            onClear();
          }}
        />
      ) : null}
    </>
  );
}
