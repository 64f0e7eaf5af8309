import type { ErrorParams } from '../messages';

const text = (value: ErrorParams[string]): string => (value === undefined ? '' : String(value));

/** 整改: the workflow's refusals, issuing numbered documents, the vote on a report. */
export const rectificationMessages = {
  /** A move the workflow or the number registry refuses; params.reason is the domain's Chinese reason. */
  'rectification.refused': (p: ErrorParams) => text(p.reason) || '当前状态不允许这项操作',
  'rectification.noActivityForVote': () =>
    '该事项不属于任何活动，无法新建测评；请在活动的“整改”页添加整改事项',
  'rectification.voteRoundDeleted': () => '该测评已被删除；请将本次测评作废后重新开始测评',
  'rectification.voteNotPublished': () => '测评结果尚未公布：请在测评页录入测评票、结束并公布结果',
  'rectification.issuedNotDeletable': () => '已交办的整改事项是正式记录，不能删除；如有错误，请添加更正记录',
  /** params.issued: items handed over; params.documents: numbered documents issued (0: none). */
  'rectification.activityHasRecords': (p: ErrorParams) =>
    `该活动已有 ${text(p.issued)} 项整改事项交办${Number(p.documents ?? 0) > 0 ? `，并印发了 ${text(p.documents)} 份编号文件` : ''}，` +
    '删除活动会使整改记录和发文登记失去来源，不能删除；可以改为归档',
  'rectification.noItemsChosen': () => '请选择要印发文件的整改事项',
  'rectification.invalidDocumentDate': () => '请填写有效的成文日期',
  'rectification.documentDateAfterToday': () => '成文日期不能晚于今天',
  /** params.unit, params.kind (整改通知书 …), params.number: the live document already issued. */
  'rectification.alreadyIssued': (p: ErrorParams) =>
    `${text(p.unit) || '该单位'}的整改事项已印发${text(p.kind)}（${text(p.number)}），如需重新印发，请先作废该文号`,
  'rectification.notSourceRound': () => '只能根据已公布的、以单位为测评对象的测评结果生成整改事项',
  'rectification.nothingToExport': () => '没有要导出的文件',
  'rectification.registerEmpty': () => '没有符合条件的文号，请先清除筛选条件或搜索词',
};
