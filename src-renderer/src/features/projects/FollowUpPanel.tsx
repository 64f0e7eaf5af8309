import { Badge, Button, EmptyState, Group, Paper, SimpleGrid, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { saveProjectLedger } from '../../app/commands/projectDocuments';
import { applyFollowUp, createCompletionRound } from '../../app/commands/projects';
import { useCandidates, useProjectItems, useUnits, type ActivityRecord } from '../../app/queries';
import { useCommand, useToday } from '../../app/runtime';
import {
  attentionText,
  followUpAttention,
  PROJECT_STATUS_LABELS,
  type ProjectStatus,
} from '../../domain/projects/followUp';
import { namesById } from '../../domain/names';
import { formatChineseDate } from '../../domain/time';
import { notifySuccess } from '../../ui/notify';
import { FollowUpModal, type FollowUpDialog } from './FollowUpModals';

const STATUS_COLORS: Record<ProjectStatus, string> = {
  inProgress: 'blue',
  delayed: 'orange',
  completed: 'green',
};

function Stat({ label, value, color }: { label: string; value: number; color: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" c={value > 0 ? color : undefined}>
        {value}
      </Text>
    </Paper>
  );
}

/** 项目跟踪: the chosen projects with their status, due date, last note and flags; one action at a time. */
export function FollowUpPanel({ activity }: { activity: ActivityRecord }) {
  const items = useProjectItems(activity.id);
  const candidates = useCandidates(activity.id);
  const units = useUnits();
  const today = useToday();
  const [dialog, setDialog] = useState<FollowUpDialog | null>(null);
  const { run } = useCommand();
  const rating = useCommand();
  const ledger = useCommand();
  const [, navigate] = useLocation();
  if (!items || !candidates || !units) return null;
  if (items.length === 0) {
    return (
      <EmptyState
        mt="lg"
        title="还没有要跟踪的项目"
        description="票决结果公布后，选出的项目会转入这里，按实施中、延期、已完成跟踪，并记录进展。"
      />
    );
  }
  const unitName = namesById(units, 'shortName');
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const rows = [...items].sort((a, b) => (byId.get(a.id)?.order ?? 0) - (byId.get(b.id)?.order ?? 0));
  const flagsOf = (item: (typeof rows)[number]) => followUpAttention(item, item.startedOn, today);
  const count = (status: ProjectStatus) => items.filter((i) => i.status === status).length;
  const flagged = (kind: string) => items.filter((i) => flagsOf(i).some((f) => f.kind === kind)).length;
  const resume = (id: string, name: string) =>
    modals.openConfirmModal({
      title: '恢复为未完成',
      children: <Text size="sm">“{name}”将恢复为未完成（实施中或延期）。确定吗？</Text>,
      labels: { confirm: '恢复', cancel: '取消' },
      onConfirm: () =>
        void run(
          applyFollowUp,
          { itemId: id, action: { kind: 'resume', date: today } },
          { failTitle: '未能恢复' },
        ),
    });

  const exportLedger = async (format: 'docx' | 'xlsx') => {
    const result = await ledger.run(
      saveProjectLedger,
      { activityId: activity.id, format },
      { failTitle: '台账未导出' },
    );
    if (result.ok && result.value) notifySuccess(result.value);
  };

  const startRating = async () => {
    const result = await rating.run(
      createCompletionRound,
      { activityId: activity.id },
      { success: '已建立满意度测评，请核对后开始测评', failTitle: '未能建立满意度测评' },
    );
    if (result.ok) navigate(`/activities/${activity.id}/votes/${result.value.id}`);
  };

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          选出的项目按实施中、延期、已完成跟踪。项目完成后，由人大代表对完成情况进行满意度测评（人大评）。
        </Text>
        <Group gap="sm">
          <Button variant="default" loading={ledger.busy} onClick={() => void exportLedger('docx')}>
            导出台账（Word）
          </Button>
          <Button variant="default" loading={ledger.busy} onClick={() => void exportLedger('xlsx')}>
            导出台账（Excel）
          </Button>
          {activity.archived ? null : (
            <Button
              variant="default"
              loading={rating.busy}
              disabled={count('completed') === 0}
              onClick={() => void startRating()}
            >
              对已完成项目进行满意度测评
            </Button>
          )}
        </Group>
      </Group>
      <SimpleGrid cols={6} mb="md">
        <Stat label="实施中" value={count('inProgress')} color="blue" />
        <Stat label="延期" value={count('delayed')} color="orange" />
        <Stat label="已完成" value={count('completed')} color="green" />
        <Stat label="已超期" value={flagged('overdue')} color="red" />
        <Stat label="30 天内到期" value={flagged('dueSoon')} color="orange" />
        <Stat label="90 天无进展" value={flagged('noRecentNote')} color="red" />
      </SimpleGrid>
      <Table aria-label="项目跟踪" verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>项目名称</Table.Th>
            <Table.Th w={120}>承办单位</Table.Th>
            <Table.Th w={80}>状态</Table.Th>
            <Table.Th w={130}>计划完成</Table.Th>
            <Table.Th>最近进展</Table.Th>
            <Table.Th w={170}>提醒</Table.Th>
            <Table.Th w={230}>操作</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((item) => {
            const candidate = byId.get(item.id);
            const name = candidate?.name ?? '';
            const last = item.notes.at(-1);
            const open = (kind: FollowUpDialog['kind']) => setDialog({ item, name, kind });
            return (
              <Table.Tr key={item.id} aria-label={name}>
                <Table.Td fw={600}>{name}</Table.Td>
                <Table.Td>{unitName(candidate?.unitId ?? '')}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[item.status]}>{PROJECT_STATUS_LABELS[item.status]}</Badge>
                </Table.Td>
                <Table.Td>
                  {item.dueDate ? formatChineseDate(item.dueDate) : '未定'}
                  {item.status === 'delayed' && item.delayReason ? (
                    <Text size="xs" c="dimmed" lineClamp={2}>
                      延期：{item.delayReason}
                    </Text>
                  ) : null}
                  {item.completedOn ? (
                    <Text size="xs" c="dimmed">
                      {formatChineseDate(item.completedOn)}完成
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {last ? (
                    <Text size="sm" lineClamp={2}>
                      <Text span c="dimmed" size="xs">
                        {formatChineseDate(last.date)}：
                      </Text>
                      {last.text}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      暂无
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {flagsOf(item).map((f) => (
                      <Badge key={f.kind} color={f.kind === 'dueSoon' ? 'orange' : 'red'} variant="light">
                        {attentionText(f)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={2} wrap="nowrap">
                    <Button size="compact-sm" variant="subtle" onClick={() => open('note')}>
                      记录进展
                    </Button>
                    <Button size="compact-sm" variant="subtle" onClick={() => open('history')}>
                      记录（{item.notes.length}）
                    </Button>
                    {item.status === 'completed' ? (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="gray"
                        onClick={() => resume(item.id, name)}
                      >
                        恢复
                      </Button>
                    ) : (
                      <>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="orange"
                          onClick={() => open('delay')}
                        >
                          延期
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color="green"
                          onClick={() => open('complete')}
                        >
                          完成
                        </Button>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {activity.archived ? null : dialog ? (
        <FollowUpModal dialog={dialog} onClose={() => setDialog(null)} />
      ) : null}
    </>
  );
}
