import { Button } from '@mantine/core';
import { useState } from 'react';
import { importQuestions, openQuestionsFile, previewQuestionsFile } from '../../app/commands/inquiryImport';
import type { ActivityRecord } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import type { ImportPreview } from '../../domain/directory/importTable';
import type { QuestionInput } from '../../domain/inquiry/question';
import { PendingImportModal, type ImportField } from '../directory';

const IMPORT_FIELDS: ImportField[] = [
  { field: 'asker', label: '询问人', width: 100 },
  { field: 'units', label: '应询单位', width: 180 },
  { field: 'respondent', label: '应询人', width: 90 },
  { field: 'text', label: '询问内容', width: 360 },
];

interface PendingImport {
  fileName: string;
  preview: ImportPreview<QuestionInput>;
}

/**
 * 从表格导入: reads an .xlsx or .csv question list, shows every row with what is wrong with it, and adds the good
 * rows after the existing questions in one transaction (askers not yet in the activity join it).
 */
export function QuestionImportButton({ activity }: { activity: ActivityRecord }) {
  const [pending, setPending] = useState<PendingImport | null>(null);
  const picking = useCommand();
  const reading = useCommand();
  const importing = useCommand();

  const pick = async () => {
    const opened = await picking.run(openQuestionsFile, undefined, { failTitle: '文件无法读取' });
    if (!opened.ok || !opened.value) return;
    const file = opened.value;
    const preview = await reading.run(
      previewQuestionsFile,
      { activityId: activity.id, file },
      { failTitle: '文件无法读取' },
    );
    if (preview.ok) setPending({ fileName: file.name, preview: preview.value });
  };

  const confirm = async () => {
    if (!pending) return;
    const rows = pending.preview.rows.flatMap((r) =>
      r.value !== null && r.errors.length === 0 ? [r.value] : [],
    );
    const result = await importing.run(
      importQuestions,
      { activityId: activity.id, rows, fileName: pending.fileName },
      // all rows or none are added
      { success: `已导入 ${rows.length} 个问题`, failTitle: '导入未完成，询问提纲没有变化' },
    );
    if (result.ok) setPending(null);
  };

  return (
    <>
      <Button variant="default" loading={reading.busy} onClick={() => void pick()}>
        从表格导入
      </Button>
      <PendingImportModal
        importer={{ pending, importing: importing.busy, confirm, cancel: () => setPending(null) }}
        title="导入问题"
        fields={IMPORT_FIELDS}
      />
    </>
  );
}
