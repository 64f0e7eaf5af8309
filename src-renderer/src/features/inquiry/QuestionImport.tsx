import { Button } from '@mantine/core';
import { appDb } from '../../db/appDb';
import type { ActivityRecord } from '../../db/database';
import { importQuestions, listQuestions } from '../../db/repositories/questions';
import { previewQuestionsImport } from '../../domain/inquiry/importQuestions';
import type { QuestionInput } from '../../domain/inquiry/question';
import { PendingImportModal, type ImportField } from '../directory';
import { useImport } from '../directory';

const IMPORT_FIELDS: ImportField[] = [
  { field: 'asker', label: '询问人', width: 100 },
  { field: 'units', label: '应询单位', width: 180 },
  { field: 'respondent', label: '应询人', width: 90 },
  { field: 'text', label: '询问内容', width: 360 },
];

/**
 * 从表格导入: reads an .xlsx or .csv question list, shows every row with what is wrong with it, and adds the good
 * rows after the existing questions in one transaction (askers not yet in the activity join it).
 */
export function QuestionImportButton({ activity }: { activity: ActivityRecord }) {
  const importer = useImport<QuestionInput>({
    makePreview: async (table) => {
      const [people, units, existing, fresh] = await Promise.all([
        appDb.people.toArray(),
        appDb.units.toArray(),
        listQuestions(appDb, activity.id),
        appDb.activities.get(activity.id),
      ]);
      return previewQuestionsImport(table, { people, units, activity: fresh ?? activity, existing });
    },
    commit: (rows) => importQuestions(appDb, activity.id, rows),
    noun: '个问题',
    target: '询问提纲',
  });
  return (
    <>
      <Button variant="default" loading={importer.reading} onClick={() => void importer.pick()}>
        从表格导入
      </Button>
      <PendingImportModal importer={importer} title="导入问题" fields={IMPORT_FIELDS} />
    </>
  );
}
