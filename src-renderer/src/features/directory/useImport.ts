import { useState } from 'react';
import type { ImportPreview } from '../../domain/directory/importTable';
import { desktop } from '../../platform/desktop';
import { readTable } from '../../spreadsheets/readTable';
import { notifyError, notifySuccess } from '../../ui/notify';

const SPREADSHEET_FILTERS = [{ name: 'Excel 或 CSV 表格', extensions: ['xlsx', 'csv'] }];

export interface PendingImport<T> {
  fileName: string;
  preview: ImportPreview<T>;
}

/** Pick a file, read it, preview it; then import the good rows in one transaction or cancel. */
export function useImport<T>({
  makePreview,
  commit,
  noun,
  target = '名册',
}: {
  makePreview: (table: { rows: string[][] }) => Promise<ImportPreview<T>>;
  commit: (rows: T[]) => Promise<number>;
  noun: string;
  /** what stays unchanged when the import fails, e.g. 询问提纲 */
  target?: string;
}) {
  const [pending, setPending] = useState<PendingImport<T> | null>(null);
  const [reading, setReading] = useState(false);
  const [importing, setImporting] = useState(false);

  const pick = async () => {
    try {
      const file = await desktop().openFile({ filters: SPREADSHEET_FILTERS });
      if (!file) return;
      setReading(true);
      const table = await readTable(file.name, file.data);
      setPending({ fileName: file.name, preview: await makePreview(table) });
    } catch (error) {
      notifyError(error, '文件无法读取');
    } finally {
      setReading(false);
    }
  };

  const confirm = async () => {
    if (!pending) return;
    setImporting(true);
    try {
      const good = pending.preview.rows.flatMap((r) =>
        r.value !== null && r.errors.length === 0 ? [r.value] : [],
      );
      const count = await commit(good);
      notifySuccess(`已导入 ${count} ${noun}`);
      setPending(null);
    } catch (error) {
      notifyError(error, `导入未完成，${target}没有变化`);
    } finally {
      setImporting(false);
    }
  };

  return { pending, reading, importing, pick, confirm, cancel: () => setPending(null) };
}
