import { Alert, Table, Text } from '@mantine/core';
import type { BackupSummary } from '../../app/commands/backup';
import { backupOrigin } from './restoreText';

/** "减少 3 条" in red (a word, not only a colour), "增加 2 条", "不变". */
function Change({ now, after }: { now: number; after: number }) {
  if (after < now) {
    return (
      <Text span size="sm" c="red" fw={600}>
        {after === 0 ? `全部删除（${now} 条）` : `减少 ${now - after} 条`}
      </Text>
    );
  }
  if (after > now) return <Text span size="sm">{`增加 ${after - now} 条`}</Text>;
  return (
    <Text span size="sm" c="dimmed">
      不变
    </Text>
  );
}

/** The restore's confirmation: which file, from when, and per table what is there now and after. */
export function RestorePreview({ fileName, summary }: { fileName: string; summary: BackupSummary }) {
  const fewer = summary.tables.filter((t) => t.after < t.now);
  return (
    <>
      <Text size="sm">将用备份「{fileName}」替换本机的全部数据。</Text>
      <Text size="sm" mb="xs" fw={600}>
        {backupOrigin(summary)}
      </Text>
      <Table aria-label="恢复前后对比" withTableBorder striped verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>数据</Table.Th>
            <Table.Th>现有</Table.Th>
            <Table.Th>恢复后</Table.Th>
            <Table.Th>变化</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {summary.tables.map((t) => (
            <Table.Tr key={t.table}>
              <Table.Td>{t.label}</Table.Td>
              <Table.Td>{`${t.now} 条`}</Table.Td>
              <Table.Td>{`${t.after} 条`}</Table.Td>
              <Table.Td>
                <Change now={t.now} after={t.after} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {fewer.length > 0 && (
        <Alert color="red" mt="sm" p="xs">
          恢复后有 {fewer.length} 类数据比现在少（{fewer.map((t) => t.label).join('、')}
          ），请核对这是不是要恢复的备份。
        </Alert>
      )}
      <Text size="sm" c="dimmed" mt="sm">
        替换之前，会先把本机当前的数据另存为一份备份；保存不成功就不会恢复。
      </Text>
    </>
  );
}
