import type { ErrorParams } from '../messages';

const text = (value: ErrorParams[string]): string => (value === undefined ? '' : String(value));

/** Why the live console refuses an action now (consoleRules.ts), and the inquiry's other refusals. */
export const inquiryMessages = {
  'inquiry.nothingToUndo': () => '没有可以撤销的操作',
  'inquiry.rehearsalNeedsInquiry': () => '只有专题询问可以演练',
  'inquiry.rehearsalArchived': () => '已归档的活动不能演练，请先恢复',
  'inquiry.undoLatestOnly': () => '只能撤销最近的一步操作',
  'inquiry.meetingEnded': () => '会议已结束',
  'inquiry.noSuchAgendaItem': () => '没有这项议程',
  'inquiry.finishCurrentFirst': () => '请先结束当前问题',
  'inquiry.agendaItemAlreadyOn': () => '已在进行这项议程',
  'inquiry.noSuchQuestion': () => '没有这个问题',
  'inquiry.questionIsCurrent': () => '该问题正在询问',
  'inquiry.questionDone': () => '该问题已询问完毕',
  /** params.phase: the label of the running phase, e.g. 表态发言 */
  'inquiry.stopTimerFirst': (p: ErrorParams) => `请先停止${text(p.phase)}计时`,
  'inquiry.questionIncomplete': () => '问题内容不完整',
  'inquiry.duplicateQuestionId': () => '问题编号重复',
  'inquiry.unknownPhase': () => '无法识别的计时环节',
  /** params.maxMinutes: the longest phase that can be planned */
  'inquiry.plannedSecondsRange': (p: ErrorParams) => `计时时长应为 0（不限时）到 ${text(p.maxMinutes)} 分钟`,
  'inquiry.chooseQuestionFirst': () => '请先选择要询问的问题',
  'inquiry.askOnce': () => '每个问题只能提问一次',
  'inquiry.answerAfterAsk': () => '提问或追问之后才能回答',
  'inquiry.followUpAfterAnswer': () => '回答之后才能追问',
  'inquiry.supplementAfterAnswer': () => '回答之后才能补充回答',
  'inquiry.timerNotStarted': () => '计时未开始',
  'inquiry.timerAlreadyPaused': () => '计时已暂停',
  'inquiry.timerNotPaused': () => '计时没有暂停',
  'inquiry.noCurrentQuestion': () => '当前没有正在询问的问题',
  'inquiry.finishCurrentOnly': () => '只能结束当前问题',
  'inquiry.notAskedYet': () => '尚未开始提问，如不询问请选择跳过',
  'inquiry.deferCurrentOnly': () => '只能暂缓当前问题',
  'inquiry.alreadySkipped': () => '该问题已跳过',
  'inquiry.alreadyStarted': () => '该问题已开始询问，请结束或暂缓',
  'inquiry.unknownAction': () => '无法识别的操作',
};
