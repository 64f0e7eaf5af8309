import { Button, Group, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import {
  deleteRecord,
  recordUsedBy,
  setRecordArchived,
  type DirectoryList,
} from '../../app/commands/directory';
import { useCommand } from '../../app/runtime';

interface Props<R extends { id: string; archived: boolean }> {
  record: R;
  name: string;
  list: DirectoryList;
  onEdit: () => void;
}

/** 编辑 / 归档 / 恢复 / 删除 for one directory record. Delete asks first; a record in use can only be archived. */
export function RecordActions<R extends { id: string; archived: boolean }>({
  record,
  name,
  list,
  onEdit,
}: Props<R>) {
  const { run } = useCommand();
  const ref = { list, id: record.id };

  const setArchived = (archived: boolean) =>
    run(
      setRecordArchived,
      { ...ref, archived },
      { success: archived ? `已归档：${name}` : `已恢复：${name}` },
    );

  const askDelete = async () => {
    const usedBy = await run(recordUsedBy, ref);
    if (!usedBy.ok) return;
    if (usedBy.value.length > 0) {
      modals.openConfirmModal({
        title: '不能删除',
        children: (
          <Text size="sm">
            {name}已用于活动「{usedBy.value.join('」「')}
            」，删除会让这些活动缺少记录。可以归档：归档后不再出现在选择列表中，已有活动不受影响。
          </Text>
        ),
        labels: { confirm: '归档', cancel: '取消' },
        onConfirm: () => void setArchived(true),
      });
      return;
    }
    modals.openConfirmModal({
      title: '确认删除',
      children: <Text size="sm">确定删除「{name}」吗？删除后不能恢复。</Text>,
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: () => void run(deleteRecord, ref, { success: `已删除：${name}` }),
    });
  };

  return (
    <Group gap={4} wrap="nowrap">
      <Button size="compact-sm" variant="subtle" onClick={onEdit} aria-label={`编辑 ${name}`}>
        编辑
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color="gray"
        onClick={() => void setArchived(!record.archived)}
        aria-label={`${record.archived ? '恢复' : '归档'} ${name}`}
      >
        {record.archived ? '恢复' : '归档'}
      </Button>
      <Button
        size="compact-sm"
        variant="subtle"
        color="red"
        onClick={() => void askDelete()}
        aria-label={`删除 ${name}`}
      >
        删除
      </Button>
    </Group>
  );
}
