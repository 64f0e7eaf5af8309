import { ActionIcon, Badge, Button, EmptyState, Group, Table, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import { deleteQuestion, reorderQuestions } from '../../app/commands/inquiryQuestions';
import {
  usePeople,
  useQuestions,
  useUnits,
  type ActivityRecord,
  type QuestionRecord,
} from '../../app/queries';
import { useCommand } from '../../app/runtime';
import { questionNames } from '../../domain/inquiry/questionNames';
import { PHASE_LABELS, QUESTION_PHASES } from '../../domain/inquiry/question';
import { plannedLengthText } from '../../domain/settings/timerLength';
import { moveStep, useDragReorder } from '../../ui/useDragReorder';
import { QuestionFormModal } from './QuestionFormModal';

function plannedText(q: QuestionRecord): string {
  return QUESTION_PHASES.map(
    (p) => `${PHASE_LABELS[p].slice(0, 2)} ${plannedLengthText(q.plannedSeconds[p])}`,
  ).join(' / ');
}

/** 询问提纲: the planned questions, in the order the chair plans to call them. */
export function QuestionListPanel({ activity, actions }: { activity: ActivityRecord; actions?: ReactNode }) {
  const questions = useQuestions(activity.id);
  const people = usePeople();
  const units = useUnits();
  const [editing, setEditing] = useState<QuestionRecord | 'new' | null>(null);
  const { run } = useCommand();
  const ids = (questions ?? []).map((q) => q.id);
  const move = (orderedIds: string[]) =>
    run(reorderQuestions, { activityId: activity.id, orderedIds }, { failTitle: '顺序未保存' });
  const { rowProps } = useDragReorder(ids, (ordered) => void move(ordered));

  if (!questions || !people || !units) return null;
  const names = questionNames(people, units);

  const onRowKey = (event: KeyboardEvent, id: string) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    void move(moveStep(ids, id, event.key === 'ArrowUp' ? -1 : 1)).then(() => {
      document.querySelector<HTMLElement>(`[data-question-row="${id}"]`)?.focus();
    });
  };

  const askDelete = (q: QuestionRecord) =>
    modals.openConfirmModal({
      title: '确认删除问题',
      children: <Text size="sm">确定删除第 {q.order} 题吗？删除后不能恢复。</Text>,
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void run(
          deleteQuestion,
          { id: q.id },
          { success: `已删除第 ${q.order} 题`, failTitle: '问题未删除' },
        ),
    });

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          共 {questions.length} 题。拖动行或选中行后按 Alt+↑ / Alt+↓
          调整顺序；会上主持人可以随时改变提问顺序。
        </Text>
        <Group gap="sm">
          <Button onClick={() => setEditing('new')}>添加问题</Button>
          {actions}
        </Group>
      </Group>
      {questions.length === 0 ? (
        <EmptyState
          mt="lg"
          title="还没有问题"
          description="询问提纲中的每个问题包括询问人、应询单位、应询人和询问内容。可以逐条添加，也可以从 Excel 表格导入。"
        >
          <EmptyState.Actions>
            <Button onClick={() => setEditing('new')}>添加问题</Button>
          </EmptyState.Actions>
        </EmptyState>
      ) : (
        <Table aria-label="询问提纲" highlightOnHover verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={56}>序号</Table.Th>
              <Table.Th w={90}>询问人</Table.Th>
              <Table.Th w={160}>应询单位</Table.Th>
              <Table.Th w={90}>应询人</Table.Th>
              <Table.Th>询问内容</Table.Th>
              <Table.Th w={190}>计划时长</Table.Th>
              <Table.Th w={170}>操作</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {questions.map((q) => (
              <Table.Tr
                key={q.id}
                {...rowProps(q.id)}
                tabIndex={0}
                data-question-row={q.id}
                aria-label={`第 ${q.order} 题`}
                onKeyDown={(e) => onRowKey(e, q.id)}
                style={{ cursor: 'grab' }}
              >
                <Table.Td>{q.order}</Table.Td>
                <Table.Td fw={600}>{names.asker(q)}</Table.Td>
                <Table.Td>{names.units(q)}</Table.Td>
                <Table.Td>{q.respondentName}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {q.unplanned ? (
                      <Badge size="xs" mr={4} color="orange">
                        临时
                      </Badge>
                    ) : null}
                    {q.text || '（会上临时增加，未记录内容）'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" c="dimmed">
                    {plannedText(q)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={2} wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={`第 ${q.order} 题上移`}
                      onClick={() => void move(moveStep(ids, q.id, -1))}
                    >
                      ↑
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      aria-label={`第 ${q.order} 题下移`}
                      onClick={() => void move(moveStep(ids, q.id, 1))}
                    >
                      ↓
                    </ActionIcon>
                    <Button size="compact-sm" variant="subtle" onClick={() => setEditing(q)}>
                      编辑
                    </Button>
                    <Button size="compact-sm" variant="subtle" color="red" onClick={() => askDelete(q)}>
                      删除
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing ? (
        <QuestionFormModal
          activity={activity}
          question={editing === 'new' ? null : editing}
          people={people}
          units={units}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
