import {
  ActionIcon,
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { modals } from '@mantine/modals';
import { useEffect, useState, type ReactNode } from 'react';
import {
  deleteAgendaItem,
  moveAgendaItem,
  prepareAgenda,
  saveAgendaItem,
  saveAgendaStart,
} from '../../app/commands/inquiryAgenda';
import { useAgenda, type ActivityRecord, type AgendaItemRecord } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import {
  AGENDA_KIND_LABELS,
  AGENDA_KINDS,
  agendaPlannedMinutes,
  agendaStartTimes,
  type AgendaItemInput,
} from '../../domain/inquiry/agenda';

function AgendaItemModal({
  activityId,
  item,
  onClose,
}: {
  activityId: string;
  item: AgendaItemRecord | null;
  onClose: () => void;
}) {
  const form = useForm<AgendaItemInput>({
    initialValues: item
      ? {
          title: item.title,
          plannedMinutes: item.plannedMinutes,
          kind: item.kind,
          speaker: item.speaker ?? '',
        }
      : { title: '', plannedMinutes: 10, kind: 'other', speaker: '' },
  });
  const { run } = useCommand();
  const submit = async (values: AgendaItemInput) => {
    const result = await run(saveAgendaItem, { activityId, id: item?.id ?? null, input: values }, { form });
    if (result.ok) onClose();
  };
  return (
    <Modal opened onClose={onClose} title={item ? '编辑议程' : '添加议程'}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <TextInput label="议程" withAsterisk data-autofocus {...form.getInputProps('title')} />
          <Select
            label="类型"
            allowDeselect={false}
            data={AGENDA_KINDS.map((k) => ({ value: k, label: AGENDA_KIND_LABELS[k] }))}
            {...form.getInputProps('kind')}
          />
          <TextInput
            label="发言人"
            description="可不填；职务在前、姓名在后，印在议程上，会上在大屏显示"
            placeholder="如：县人民政府副县长 李明"
            {...form.getInputProps('speaker')}
          />
          <NumberInput
            label="计划时长（分钟）"
            min={1}
            max={600}
            allowDecimal={false}
            {...form.getInputProps('plannedMinutes')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button type="submit">保存</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/**
 * 开始时间 of the meeting: saved when the field is left or Enter is pressed; empty removes it. Keyed by the stored
 * value, so a saved time shows as stored (9:00 → 09:00).
 */
function AgendaStartField({ activity }: { activity: ActivityRecord }) {
  const stored = activity.agendaStart ?? '';
  const [text, setText] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  const { run } = useCommand();
  const save = async () => {
    if (text.trim() === stored) {
      setError(null);
      return;
    }
    const form = { setErrors: (errors: Record<string, string>) => setError(errors.agendaStart ?? null) };
    const result = await run(saveAgendaStart, { activityId: activity.id, text }, { form });
    if (result.ok) setError(null);
  };
  return (
    <TextInput
      label="开始时间"
      placeholder="如 09:00"
      description="填了就按计划时长推算每项议程的开始时间，印在议程上"
      w={300}
      value={text}
      error={error}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => void save()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') void save();
      }}
    />
  );
}

/** 议程: the order of the meeting, with planned minutes and speakers. A new inquiry starts with the usual agenda. */
export function AgendaPanel({ activity, actions }: { activity: ActivityRecord; actions?: ReactNode }) {
  const agenda = useAgenda(activity.id);
  const [editing, setEditing] = useState<AgendaItemRecord | 'new' | null>(null);
  const { run } = useCommand();
  useEffect(() => {
    void run(prepareAgenda, { activityId: activity.id });
  }, [run, activity.id]);
  if (!agenda) return null;
  const starts = agendaStartTimes(agenda, activity.agendaStart);

  const askDelete = (item: AgendaItemRecord) =>
    modals.openConfirmModal({
      title: '确认删除议程',
      children: <Text size="sm">确定删除议程「{item.title}」吗？</Text>,
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: () => void run(deleteAgendaItem, { id: item.id }),
    });
  const move = (id: string, step: -1 | 1) => void run(moveAgendaItem, { id, step });

  return (
    <>
      <AgendaStartField key={activity.agendaStart ?? ''} activity={activity} />
      <Group justify="space-between" mb="sm" mt="sm">
        <Text size="sm" c="dimmed">
          共 {agenda.length} 项，计划 {agendaPlannedMinutes(agenda)} 分钟
        </Text>
        <Group gap="sm">
          <Button onClick={() => setEditing('new')}>添加议程</Button>
          {actions}
        </Group>
      </Group>
      <Table aria-label="议程" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56}>序号</Table.Th>
            <Table.Th w={72}>开始</Table.Th>
            <Table.Th>议程</Table.Th>
            <Table.Th>发言人</Table.Th>
            <Table.Th w={120}>类型</Table.Th>
            <Table.Th w={120}>计划（分钟）</Table.Th>
            <Table.Th w={200}>操作</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {agenda.map((item, index) => (
            <Table.Tr key={item.id}>
              <Table.Td>{item.order}</Table.Td>
              <Table.Td>{starts.get(item.id) ?? '—'}</Table.Td>
              <Table.Td fw={600}>{item.title}</Table.Td>
              <Table.Td>{item.speaker ?? ''}</Table.Td>
              <Table.Td>{AGENDA_KIND_LABELS[item.kind]}</Table.Td>
              <Table.Td>{item.plannedMinutes}</Table.Td>
              <Table.Td>
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    aria-label={`${item.title}上移`}
                    disabled={index === 0}
                    onClick={() => move(item.id, -1)}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label={`${item.title}下移`}
                    disabled={index === agenda.length - 1}
                    onClick={() => move(item.id, 1)}
                  >
                    ↓
                  </ActionIcon>
                  <Button size="compact-sm" variant="subtle" onClick={() => setEditing(item)}>
                    编辑
                  </Button>
                  <Button size="compact-sm" variant="subtle" color="red" onClick={() => askDelete(item)}>
                    删除
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing ? (
        <AgendaItemModal
          activityId={activity.id}
          item={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </>
  );
}
