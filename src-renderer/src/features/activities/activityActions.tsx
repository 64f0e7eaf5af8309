import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { deleteActivity, setArchived } from '../../app/commands/activities';
import { useCommand } from '../../app/runtime';
import type { Activity } from '../../domain/activity/activity';
import { ACTIVITY_KIND_LABELS } from '../../domain/activity/activity';

/** Archive / restore and delete (after asking) an activity. */
export function useActivityActions() {
  const { run } = useCommand();

  const toggleArchived = (activity: Activity) =>
    run(
      setArchived,
      { id: activity.id, archived: !activity.archived },
      { success: activity.archived ? `已恢复：${activity.title}` : `已归档：${activity.title}` },
    );

  /** Asks, then deletes. onDeleted runs after a delete that went through. */
  const confirmDelete = (activity: Activity, onDeleted?: () => void) =>
    modals.openConfirmModal({
      title: '确认删除活动',
      children: (
        <Text size="sm">
          确定删除{ACTIVITY_KIND_LABELS[activity.kind]}「{activity.title}
          」吗？活动中的全部内容将一并删除，不能恢复。 如果只是不想在列表里看到它，可以改为归档。
        </Text>
      ),
      labels: { confirm: '删除', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void run(deleteActivity, { id: activity.id }, { success: `已删除：${activity.title}` }).then(
          (result) => {
            if (result.ok) onDeleted?.();
          },
        ),
    });

  return { toggleArchived, confirmDelete };
}
