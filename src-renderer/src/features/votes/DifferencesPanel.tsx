import { Button, Group, List, Paper, Table, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  differenceText,
  KEPT_READING_LABELS,
  type KeptReading,
  type PaperComparison,
} from '../../domain/votes/doubleEntry';

/**
 * 双人复核's differences, for 测评 rounds and project votes alike: every paper whose two readings differ, with the
 * positions and both readings, and a choice of the reading to keep (confirmed, then `onKeep`); then the papers
 * entered only once. The focus goes back with `refocus` when the confirmation closes.
 */
export function DifferencesPanel({
  papers,
  readings,
  noun,
  loggedIn,
  onKeep,
  refocus,
}: {
  papers: readonly PaperComparison[];
  /** Both readings of a paper as one line each. */
  readings: (paper: PaperComparison) => { first: string; second: string };
  /** 测评票 or 选票 */
  noun: string;
  /** Where the ruling is recorded, e.g. 操作记录和操作日志 */
  loggedIn: string;
  onKeep: (paper: PaperComparison, kept: KeptReading) => void;
  refocus: () => void;
}) {
  const differing = papers.filter((paper) => paper.state === 'differs');
  const once = papers.filter((paper) => paper.state === 'once').map((paper) => paper.paperNo);
  const askKeep = (paper: PaperComparison, kept: KeptReading) => {
    const { first, second } = readings(paper);
    modals.openConfirmModal({
      title: `裁定第 ${paper.paperNo} 张`,
      children: (
        <Text size="sm">
          第一次录入：{first}；复核录入：{second}。请核对原票：保留{KEPT_READING_LABELS[kept]}
          后，这张{noun}即按“
          {kept === 'first' ? first : second}”计票。裁定会记入{loggedIn}（两次录入都保留）。
        </Text>
      ),
      labels: { confirm: `保留${KEPT_READING_LABELS[kept]}`, cancel: '取消' },
      returnFocus: false,
      onClose: refocus,
      onConfirm: () => onKeep(paper, kept),
    });
  };

  return (
    <Paper withBorder p="sm" component="section" aria-label="两次录入不一致">
      <Title order={5} mb={4}>
        两次录入不一致（{differing.length} 张）
      </Title>
      <Text size="xs" c="dimmed" mb={4}>
        每项写作“第一次录入 / 复核录入”。请取出原票核对，再选择保留哪一次。
      </Text>
      {differing.length === 0 ? (
        <Text size="sm" c="dimmed">
          没有不一致的{noun}。
        </Text>
      ) : (
        <Table aria-label={`两次录入不一致的${noun}`} verticalSpacing={4} fz="sm">
          <Table.Tbody>
            {differing.map((paper) => (
              <Table.Tr key={`${paper.groupId}-${paper.paperNo}`}>
                <Table.Td w={70} fw={700}>
                  第 {paper.paperNo} 张
                </Table.Td>
                <Table.Td>
                  <List size="sm" spacing={0}>
                    {paper.differences.map((difference) => (
                      <List.Item key={`${difference.number ?? 0}-${difference.criterion ?? ''}`}>
                        {differenceText(difference)}
                      </List.Item>
                    ))}
                  </List>
                  <Text size="xs" c="dimmed" ff="monospace">
                    第一次 {readings(paper).first}；复核 {readings(paper).second}
                  </Text>
                </Table.Td>
                <Table.Td w={120}>
                  <Group gap={2} wrap="nowrap">
                    <Button size="compact-xs" variant="light" onClick={() => askKeep(paper, 'first')}>
                      保留第一次
                    </Button>
                    <Button size="compact-xs" variant="light" onClick={() => askKeep(paper, 'second')}>
                      保留复核
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Text size="sm" mt="xs" aria-label={`未复核的${noun}`}>
        {once.length === 0 ? `每张${noun}都已复核录入。` : `还没有复核录入：第 ${once.join('、')} 张`}
      </Text>
    </Paper>
  );
}
