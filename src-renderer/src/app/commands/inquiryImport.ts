// 从表格导入 of 询问提纲: pick an .xlsx or .csv file, check every row against the directory, the activity and the
// questions so far, then add the good rows in one transaction. exceljs is large, so the spreadsheets layer is
// loaded here on demand (never by a screen).
import type { OpenedFile } from '../../../../src-main/contract';
import { NotFoundError } from '../../db/errors';
import { importQuestions as importQuestionRecords, listQuestions } from '../../db/repositories/questions';
import type { ImportPreview } from '../../domain/directory/importTable';
import { previewQuestionsImport } from '../../domain/inquiry/importQuestions';
import type { QuestionInput } from '../../domain/inquiry/question';
import type { Command } from '../runtime/services';

const SPREADSHEET_FILTERS = [{ name: 'Excel 或 CSV 表格', extensions: ['xlsx', 'csv'] }];

/** The file the secretary picks; null when the dialog was cancelled. */
export const openQuestionsFile: Command<void, OpenedFile | null> = ({ desktop }) =>
  desktop.openFile({ filters: SPREADSHEET_FILTERS });

/** Every row of the file with what is wrong with it; nothing is written. */
export const previewQuestionsFile: Command<
  { activityId: string; file: OpenedFile },
  ImportPreview<QuestionInput>
> = async ({ db }, { activityId, file }) => {
  const { readTable } = await import('../../spreadsheets/readTable');
  const table = await readTable(file.name, file.data);
  const [people, units, existing, activity] = await Promise.all([
    db.people.toArray(),
    db.units.toArray(),
    listQuestions(db, activityId),
    db.activities.get(activityId),
  ]);
  if (!activity) throw new NotFoundError('该活动');
  return previewQuestionsImport(table, { people, units, activity, existing });
};

/**
 * Adds the rows after the existing questions, all or none; askers not yet in the activity join it. The file's
 * name goes to the audit log.
 */
export const importQuestions: Command<
  { activityId: string; rows: QuestionInput[]; fileName: string },
  number
> = ({ db, clock }, { activityId, rows, fileName }) =>
  importQuestionRecords(db, activityId, rows, { fileName, at: clock.now() });
