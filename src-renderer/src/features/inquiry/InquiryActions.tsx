// The buttons the inquiry tabs show next to their own: imports and Word exports. The panels take them through
// their `actions` slot, so the panels themselves stay about their lists.
import type { ActivityRecord } from '../../app/queries';
import { ExportDocumentButton } from './ExportDocumentButton';
import { QuestionImportButton } from './QuestionImport';

/** 询问提纲: 从表格导入 and 导出题目单. */
export function QuestionListActions({ activity }: { activity: ActivityRecord }) {
  return (
    <>
      <QuestionImportButton activity={activity} />
      <ExportDocumentButton label="导出题目单" activityId={activity.id} kind="questionList" />
    </>
  );
}

/** 议程: 导出议程. */
export function AgendaActions({ activity }: { activity: ActivityRecord }) {
  return <ExportDocumentButton label="导出议程" activityId={activity.id} kind="agenda" />;
}

/** 会议记录: 导出会议记录, with the figures as they stand at the moment of the click. */
export function MinutesActions({ activity }: { activity: ActivityRecord }) {
  return <ExportDocumentButton label="导出会议记录" activityId={activity.id} kind="minutes" />;
}
