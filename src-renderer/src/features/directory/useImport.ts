import { useState } from 'react';
import {
  pickSpreadsheet,
  readImport,
  type ImportRows,
  type PendingImport,
  type TableRows,
} from '../../app/commands/directoryImport';
import { useCommand, type Command } from '../../app/runtime';
import { goodRows, type ImportPreview } from '../../domain/directory/importTable';
import { notifySuccess } from '../../ui/notify';

export type { PendingImport } from '../../app/commands/directoryImport';

/** How one kind of list is checked and added: two commands. */
interface ImportCommands<T> {
  /** Checks the rows of a table (against the stored records too). */
  preview: Command<TableRows, ImportPreview<T>>;
  /** Adds the good rows all or nothing (the file's name goes to the audit log); gives the count. */
  save: Command<ImportRows<T>, number>;
}

/** The same as plain functions, for screens not yet moved onto commands. */
interface ImportFunctions<T> {
  makePreview: (table: TableRows) => Promise<ImportPreview<T>>;
  commit: (rows: T[]) => Promise<number>;
}

type ImportSteps<T> = (ImportCommands<T> | ImportFunctions<T>) & {
  /** 位人员 / 个单位 / 个问题, after the count in the success message */
  noun: string;
  /** what stays unchanged when the import fails, e.g. 询问提纲 */
  target?: string;
};

function asCommands<T>(steps: ImportCommands<T> | ImportFunctions<T>): ImportCommands<T> {
  if ('preview' in steps) return steps;
  return {
    preview: (_services, table) => steps.makePreview(table),
    save: (_services, { rows }) => steps.commit(rows),
  };
}

/** Pick a file, read it, preview it; then import the good rows in one transaction or cancel. */
export function useImport<T>(steps: ImportSteps<T>) {
  const { noun, target = '名册' } = steps;
  const dialog = useCommand();
  const reader = useCommand();
  const saver = useCommand();
  const [pending, setPending] = useState<PendingImport<T> | null>(null);
  const { preview, save } = asCommands(steps);

  const pick = async () => {
    const picked = await dialog.run(pickSpreadsheet, undefined, { failTitle: '文件无法读取' });
    if (!picked.ok || !picked.value) return;
    const result = await reader.run(readImport(preview), picked.value, { failTitle: '文件无法读取' });
    if (result.ok) setPending(result.value);
  };

  const confirm = async () => {
    if (!pending) return;
    const rows = { rows: goodRows(pending.preview), fileName: pending.fileName };
    const result = await saver.run(save, rows, {
      failTitle: `导入未完成，${target}没有变化`,
    });
    if (!result.ok) return;
    notifySuccess(`已导入 ${result.value} ${noun}`);
    setPending(null);
  };

  return {
    pending,
    reading: reader.busy,
    importing: saver.busy,
    pick,
    confirm,
    cancel: () => setPending(null),
  };
}
