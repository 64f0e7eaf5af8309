import {
  Anchor,
  Badge,
  Button,
  EmptyState,
  Group,
  Loader,
  Select,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import { exportRegister } from '../../app/commands/rectificationFiles';
import { useRegister } from '../../app/queries';
import {
  filterRegister,
  REGISTER_STATUS_LABELS,
  type RegisterEntry,
  type RegisterLink,
} from '../../domain/rectification';
import { formatChineseDate } from '../../domain/time';
import { PageHeader } from '../../ui/PageHeader';
import { SaveButton } from './SaveButton';

function linkHref(link: RegisterLink): string {
  if (link.kind === 'item') return `/rectification/${link.itemId}`;
  if (link.kind === 'activity') return `/activities/${link.activityId}`;
  return `/activities/${link.activityId}/votes/${link.roundId}`;
}

function StatusCell({ entry }: { entry: RegisterEntry }) {
  if (entry.status === 'issued') return <Badge variant="light">{REGISTER_STATUS_LABELS.issued}</Badge>;
  return (
    <>
      <Badge color="red" variant="light">
        {REGISTER_STATUS_LABELS.voided}
      </Badge>
      <Text size="xs" c="dimmed">
        {entry.voidedOn ? `${formatChineseDate(entry.voidedOn)}作废` : ''}
        {entry.voidReason ? `，原因：${entry.voidReason}` : ''}
      </Text>
    </>
  );
}

/**
 * 发文登记: every number taken, per prefix and year — 整改通知书, 审议意见交办函 and 测评结果通报 share the registry —
 * with its date, kind, 主送机关, title, status and a link to its item or round; searchable, exported to Excel.
 */
export function RegisterPage() {
  const entries = useRegister();
  const [prefix, setPrefix] = useState<string | null>(null);
  const [year, setYear] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  if (!entries) return <Loader />;
  const filter = { prefix, year: year === null ? null : Number(year), search };
  const shown = filterRegister(entries, filter);
  const prefixes = [...new Set(entries.map((entry) => entry.prefix))].sort();
  const years = [...new Set(entries.map((entry) => entry.year))].sort((a, b) => b - a);

  return (
    <>
      <PageHeader
        title="发文登记"
        description="每个发文字号的使用情况：整改通知书、审议意见交办函和测评结果通报共用同一编号序列，作废的文号不再使用"
        actions={
          <>
            <Button variant="default" component={Link} href="/rectification">
              返回整改
            </Button>
            <SaveButton
              command={exportRegister}
              input={filter}
              disabled={shown.length === 0}
              failTitle="导出失败"
            >
              导出 Excel
            </SaveButton>
          </>
        }
      />
      {entries.length === 0 ? (
        <EmptyState
          mt="xl"
          title="还没有使用过发文字号"
          description="在“整改”页勾选整改事项并交办、印发整改通知书或审议意见交办函，或导出测评结果通报后，文号会登记在这里。"
        >
          <EmptyState.Actions>
            <Button component={Link} href="/rectification">
              去整改
            </Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <>
          <Group mb="sm" gap="sm" align="flex-end">
            <TextInput
              label="搜索"
              placeholder="文号、标题、主送机关、单位…"
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              w={280}
            />
            <Select
              label="发文字号前缀"
              placeholder="全部前缀"
              clearable
              data={prefixes}
              value={prefix}
              onChange={setPrefix}
              w={180}
            />
            <Select
              label="年度"
              placeholder="全部年度"
              clearable
              data={years.map((y) => ({ value: String(y), label: `${y}年` }))}
              value={year}
              onChange={setYear}
              w={130}
            />
            <Text size="sm" c="dimmed" pb={8}>
              显示 {shown.length} / {entries.length} 个文号
            </Text>
          </Group>
          <Table withTableBorder verticalSpacing={6} aria-label="发文登记" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={190}>发文字号</Table.Th>
                <Table.Th w={130}>成文日期</Table.Th>
                <Table.Th w={120}>文种</Table.Th>
                <Table.Th w={200}>主送机关</Table.Th>
                <Table.Th>标题</Table.Th>
                <Table.Th w={180}>状态</Table.Th>
                <Table.Th w={180}>关联</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((entry) => (
                <Table.Tr key={entry.key}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{entry.number}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatChineseDate(entry.date)}</Table.Td>
                  <Table.Td>{entry.kind}</Table.Td>
                  <Table.Td>{entry.addressee || '—'}</Table.Td>
                  <Table.Td>{entry.title || '—'}</Table.Td>
                  <Table.Td>
                    <StatusCell entry={entry} />
                  </Table.Td>
                  <Table.Td>
                    {entry.link ? (
                      <Anchor component={Link} href={linkHref(entry.link)} size="sm">
                        {entry.link.label}
                      </Anchor>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {shown.length === 0 ? (
            <Text c="dimmed" mt="sm">
              没有符合条件的文号。请换一个搜索词，或清除前缀、年度筛选。
            </Text>
          ) : null}
        </>
      )}
    </>
  );
}
