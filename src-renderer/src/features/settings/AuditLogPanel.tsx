import { Badge, Button, Group, Loader, Pagination, Paper, Select, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { exportAuditLog } from '../../app/commands/auditLog';
import { useAuditLog, type AuditKind } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import { AUDIT_KIND_LABELS, AUDIT_KINDS } from '../../domain/audit/auditEntry';
import { auditTime } from '../../domain/audit/auditSheet';
import { notifySuccess } from '../../ui/notify';

const PAGE_SIZE = 50;
const ALL = 'all';

const KIND_OPTIONS = [
  { value: ALL, label: '全部类别' },
  ...AUDIT_KINDS.map((kind) => ({ value: kind, label: AUDIT_KIND_LABELS[kind] })),
];

/** What the log records, for the empty state. */
const WHAT_IS_LOGGED =
  '从备份恢复、导入名册或询问提纲、修改或删除名册中的人员和单位、更正或删除测评票、裁定双人复核的不一致、重新开启测评、作废文号、归档活动时，这里会自动记下一条，记录不能修改或删除。';

/** 操作日志: every restore, import, 名册 edit, ballot correction ... newest first; filter by kind, export. */
export function AuditLogPanel() {
  const [kind, setKind] = useState<AuditKind | null>(null);
  const [page, setPage] = useState(1);
  const log = useAuditLog(kind, page, PAGE_SIZE);
  const exporter = useCommand();
  const pages = log ? Math.max(1, Math.ceil(log.total / PAGE_SIZE)) : 1;

  const choose = (value: string | null) => {
    setKind(value === null || value === ALL ? null : (value as AuditKind));
    setPage(1);
  };

  const save = async () => {
    const result = await exporter.run(exportAuditLog, { kind }, { failTitle: '导出失败' });
    if (!result.ok || !result.value.saved) return;
    const { path, fileName } = result.value;
    notifySuccess(path ? `操作日志已保存到 ${path}` : `操作日志已保存：${fileName}`);
  };

  return (
    <Paper withBorder p="lg" mt="lg" aria-label="操作日志" component="section">
      <Group justify="space-between" mb="xs">
        <Title order={4}>操作日志</Title>
        <Group gap="sm">
          <Select
            aria-label="按类别筛选"
            data={KIND_OPTIONS}
            value={kind ?? ALL}
            onChange={choose}
            allowDeselect={false}
            w={180}
          />
          <Button
            variant="default"
            onClick={() => void save()}
            loading={exporter.busy}
            disabled={!log || log.total === 0}
          >
            导出
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        本机的数据改动记录，按时间从新到旧排列；从备份恢复后仍保留。
      </Text>
      {!log ? (
        <Loader size="sm" />
      ) : log.total === 0 ? (
        <Text size="sm" c="dimmed" data-testid="audit-empty">
          {kind === null ? `还没有操作记录。${WHAT_IS_LOGGED}` : `没有“${AUDIT_KIND_LABELS[kind]}”类的记录。`}
        </Text>
      ) : (
        <>
          <Table striped verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={160}>时间</Table.Th>
                <Table.Th w={130}>类别</Table.Th>
                <Table.Th>内容</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.entries.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{auditTime(entry.at)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color="gray" radius="sm">
                      {AUDIT_KIND_LABELS[entry.kind]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{entry.text}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="space-between" mt="sm">
            <Text size="sm" c="dimmed">
              共 {log.total} 条
            </Text>
            {pages > 1 ? <Pagination total={pages} value={page} onChange={setPage} size="sm" /> : null}
          </Group>
        </>
      )}
    </Paper>
  );
}
