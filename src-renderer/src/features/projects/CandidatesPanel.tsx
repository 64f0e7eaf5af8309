import { ActionIcon, Alert, Button, EmptyState, Group, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState, type KeyboardEvent } from 'react';
import {
  deleteCandidate,
  importCandidates,
  previewCandidatesImport,
  reorderCandidates,
} from '../../app/commands/projects';
import {
  useCandidates,
  useProjectRounds,
  useUnits,
  type ActivityRecord,
  type ProjectCandidateRecord,
} from '../../app/queries';
import { useCommand } from '../../app/runtime';
import { formatBudgetWan, type CandidateInput } from '../../domain/projects/candidate';
import { namesById } from '../../domain/names';
import { formatChineseDate } from '../../domain/time';
import { moveStep, useDragReorder } from '../../ui/useDragReorder';
import { PendingImportModal, useImport, type ImportField } from '../directory';
import { CandidateFormModal } from './CandidateFormModal';

const IMPORT_FIELDS: ImportField[] = [
  { field: 'name', label: '项目名称', width: 220 },
  { field: 'unit', label: '承办单位', width: 160 },
  { field: 'budget', label: '预算（万元）', width: 110 },
  { field: 'completion', label: '计划完成时间', width: 120 },
  { field: 'description', label: '项目简介' },
];

/** 候选项目: the list in ballot order; added, edited, reordered and deleted until voting starts, or imported. */
export function CandidatesPanel({ activity }: { activity: ActivityRecord }) {
  const candidates = useCandidates(activity.id);
  const rounds = useProjectRounds(activity.id);
  const units = useUnits();
  const [editing, setEditing] = useState<ProjectCandidateRecord | 'new' | null>(null);
  const { run } = useCommand();
  const importer = useImport<CandidateInput>({
    preview: previewCandidatesImport(activity.id),
    save: (services, rows) => importCandidates(services, { ...rows, activityId: activity.id }),
    noun: '个候选项目',
    target: '候选项目',
  });
  const ids = (candidates ?? []).map((c) => c.id);
  const move = (ordered: string[]) =>
    run(reorderCandidates, { activityId: activity.id, ids: ordered }, { failTitle: '顺序未保存' });
  const { rowProps } = useDragReorder(ids, (ordered) => void move(ordered));

  if (!candidates || !rounds || !units) return null;
  const unitName = namesById(units, 'shortName');
  const locked = activity.archived || rounds.some((r) => r.stage !== 'draft');
  const places = activity.project?.places ?? 0;

  const onRowKey = (event: KeyboardEvent, id: string) => {
    if (locked || !event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    void move(moveStep(ids, id, event.key === 'ArrowUp' ? -1 : 1)).then(() => {
      document.querySelector<HTMLElement>(`[data-candidate-row="${id}"]`)?.focus();
    });
  };

  const askDelete = (c: ProjectCandidateRecord) =>
    modals.openConfirmModal({
      title: '确认删除候选项目',
      children: (
        <Text size="sm">
          确定删除第 {c.order} 项“{c.name}”吗？删除后后面的项目序号前移。
        </Text>
      ),
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void run(
          deleteCandidate,
          { id: c.id },
          { success: `已删除“${c.name}”`, failTitle: '候选项目未删除' },
        ),
    });

  const buttons = locked ? null : (
    <Group gap="sm">
      <Button onClick={() => setEditing('new')}>添加候选项目</Button>
      <Button variant="default" loading={importer.reading} onClick={() => void importer.pick()}>
        从表格导入
      </Button>
    </Group>
  );

  return (
    <>
      {locked && !activity.archived ? (
        <Alert color="gray" mb="sm">
          票决已经开始，候选项目和顺序不能再修改（选票上印的就是这个顺序）。
        </Alert>
      ) : null}
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          共 {candidates.length} 个候选项目，限选 {places} 项。顺序即选票上的顺序
          {locked ? '' : '：拖动行或选中行后按 Alt+↑ / Alt+↓ 调整'}。
        </Text>
        {buttons}
      </Group>
      {candidates.length > 0 && candidates.length <= places ? (
        <Alert color="yellow" mb="sm">
          候选项目只有 {candidates.length} 个，不多于限选的 {places}{' '}
          项，票决没有差额；请再添加候选项目，或在“编辑”中减少限选项数。
        </Alert>
      ) : null}
      {candidates.length === 0 ? (
        <EmptyState
          mt="lg"
          title="还没有候选项目"
          description="每个候选项目包括项目名称、承办单位、预算（万元）、项目简介和计划完成时间。可以逐个添加，也可以从 Excel 表格导入（第一行为表头：项目名称、承办单位、预算（万元）、项目简介、计划完成时间）。"
        >
          <EmptyState.Actions>{buttons}</EmptyState.Actions>
        </EmptyState>
      ) : (
        <Table aria-label="候选项目" highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={56}>序号</Table.Th>
              <Table.Th w={220}>项目名称</Table.Th>
              <Table.Th w={140}>承办单位</Table.Th>
              <Table.Th w={110}>预算（万元）</Table.Th>
              <Table.Th>项目简介</Table.Th>
              <Table.Th w={140}>计划完成时间</Table.Th>
              {locked ? null : <Table.Th w={170}>操作</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {candidates.map((c) => (
              <Table.Tr
                key={c.id}
                {...(locked ? {} : rowProps(c.id))}
                tabIndex={0}
                data-candidate-row={c.id}
                aria-label={`第 ${c.order} 项`}
                onKeyDown={(e) => onRowKey(e, c.id)}
                style={locked ? undefined : { cursor: 'grab' }}
              >
                <Table.Td>{c.order}</Table.Td>
                <Table.Td fw={600}>{c.name}</Table.Td>
                <Table.Td>{unitName(c.unitId)}</Table.Td>
                <Table.Td>{formatBudgetWan(c.budgetWan)}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {c.description}
                  </Text>
                </Table.Td>
                <Table.Td>{c.plannedCompletion ? formatChineseDate(c.plannedCompletion) : ''}</Table.Td>
                {locked ? null : (
                  <Table.Td>
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        aria-label={`第 ${c.order} 项上移`}
                        onClick={() => void move(moveStep(ids, c.id, -1))}
                      >
                        ↑
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`第 ${c.order} 项下移`}
                        onClick={() => void move(moveStep(ids, c.id, 1))}
                      >
                        ↓
                      </ActionIcon>
                      <Button size="compact-sm" variant="subtle" onClick={() => setEditing(c)}>
                        编辑
                      </Button>
                      <Button size="compact-sm" variant="subtle" color="red" onClick={() => askDelete(c)}>
                        删除
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing ? (
        <CandidateFormModal
          activityId={activity.id}
          candidate={editing === 'new' ? null : editing}
          units={units}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <PendingImportModal importer={importer} title="导入候选项目" fields={IMPORT_FIELDS} />
    </>
  );
}
