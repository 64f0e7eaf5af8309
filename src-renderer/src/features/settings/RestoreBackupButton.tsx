import { Button, type ButtonProps } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  pickBackup,
  restoreBackupFile,
  type PickedBackup,
  type RestoreProgress,
} from '../../app/commands/backup';
import { useCommand } from '../../app/runtime';
import { RestorePreview } from './RestorePreview';
import { RestoreProgressView } from './RestoreProgressView';
import { restoredMessage } from './restoreText';

const PROGRESS_MODAL = 'restore-progress';
/** How long the full bar stays after the restore, so the secretary sees it finish. */
const DONE_SHOWN_MS = 800;

/** The progress dialog: it cannot be closed while the restore runs. */
function openProgress(): (progress: RestoreProgress) => void {
  const first: RestoreProgress = { stage: 'check', percent: 0, tables: null };
  modals.open({
    modalId: PROGRESS_MODAL,
    title: '正在从备份恢复',
    children: <RestoreProgressView progress={first} />,
    withCloseButton: false,
    closeOnEscape: false,
    closeOnClickOutside: false,
  });
  return (progress) =>
    modals.updateModal({ modalId: PROGRESS_MODAL, children: <RestoreProgressView progress={progress} /> });
}

/**
 * The restore flow: pick a file, see what it holds, confirm, replace. Used in 设置 and on the empty home page.
 * `confirmRestore` is exported by the hook so other lists (automatic backups) open the same confirmation.
 */
export function useRestoreFlow() {
  const picker = useCommand();
  const restorer = useCommand();

  // Restores the rows the preview checked (PickedBackup.checked), not the file read again.
  const restore = async (checked: PickedBackup['checked'], fileName: string) => {
    const onProgress = openProgress();
    const result = await restorer.run(
      restoreBackupFile,
      { checked, fileName, onProgress },
      { failTitle: '没有恢复' },
    );
    if (!result.ok) {
      modals.close(PROGRESS_MODAL);
      return;
    }
    const message = restoredMessage(result.value);
    notifications.show({ color: 'green', title: '已从备份恢复', message, autoClose: 12_000 });
    setTimeout(() => modals.close(PROGRESS_MODAL), DONE_SHOWN_MS);
  };

  const confirmRestore = ({ fileName, checked, summary }: PickedBackup) =>
    modals.openConfirmModal({
      title: '从备份恢复',
      size: 'lg',
      children: <RestorePreview fileName={fileName} summary={summary} />,
      labels: { confirm: '替换并恢复', cancel: '取消' },
      // A slip of Enter must not replace everything: the focus starts on 取消.
      cancelProps: { 'data-autofocus': true },
      confirmProps: { color: 'red' },
      onConfirm: () => void restore(checked, fileName),
    });

  const restoreFromFile = async () => {
    const picked = await picker.run(pickBackup, undefined, { failTitle: '无法恢复' });
    if (picked.ok && picked.value) confirmRestore(picked.value);
  };

  return { restoreFromFile, confirmRestore, busy: picker.busy || restorer.busy };
}

/** 从备份恢复: the whole restore flow behind one button. */
export function RestoreBackupButton(props: ButtonProps) {
  const { restoreFromFile, busy } = useRestoreFlow();
  return (
    <Button variant="default" color="red" {...props} onClick={() => void restoreFromFile()} loading={busy}>
      从备份恢复
    </Button>
  );
}
