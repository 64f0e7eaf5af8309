import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { appDb } from '../../db/appDb';
import { deleteActivity, setActivityArchived } from '../../db/repositories/activities';
import type { Activity } from '../../domain/activity/activity';
import { ACTIVITY_KIND_LABELS } from '../../domain/activity/activity';
import { notifyError, notifySuccess } from '../../ui/notify';

export async function toggleArchived(activity: Activity): Promise<void> {
  try {
    await setActivityArchived(appDb, activity.id, !activity.archived, new Date());
    notifySuccess(activity.archived ? `已恢复：${activity.title}` : `已归档：${activity.title}`);
  } catch (error) {
    notifyError(error);
  }
}

/** Asks, then deletes. onDeleted runs after a delete that went through. */
export function confirmDelete(activity: Activity, onDeleted?: () => void): void {
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
    onConfirm: async () => {
      try {
        await deleteActivity(appDb, activity.id);
        notifySuccess(`已删除：${activity.title}`);
        onDeleted?.();
      } catch (error) {
        notifyError(error);
      }
    },
  });
}
