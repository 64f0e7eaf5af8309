import { Button, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SavedFile } from '../../app/commands/rectificationFiles';
import { useCommand, type Command } from '../../app/runtime';
import { notifySuccess } from '../../ui/notify';

/**
 * A button that builds a file and saves it through the desktop (a save dialog in Electron, a download in the
 * browser), busy while it works; says where it went, or nothing when the dialog was cancelled.
 */
export function SaveButton<I>({
  command,
  input,
  failTitle = '导出失败',
  children,
  ...props
}: {
  command: Command<I, SavedFile>;
  input: I;
  failTitle?: string;
  children: ReactNode;
} & Omit<ButtonProps, 'loading' | 'children'>) {
  const { run, busy } = useCommand();
  const save = async () => {
    const result = await run(command, input, { failTitle });
    if (!result.ok || !result.value.saved) return;
    const { path, fileName } = result.value;
    notifySuccess(path ? `已导出到 ${path}` : `已导出：${fileName}`);
  };
  return (
    <Button {...props} loading={busy} onClick={() => void save()}>
      {children}
    </Button>
  );
}
