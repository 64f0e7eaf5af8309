// Word documents of a project vote (民生实事项目票决, issue 14): the printable ballot, the 票决结果公告, and the
// project ledger (the .xlsx ledger is spreadsheets/projectLedger.ts; the rows are domain projectLedgerRows).
export {
  projectBallotTitle,
  projectFileName,
  type ProjectBallotInput,
  type ProjectDocContext,
} from './context';
export { ballotInstructions, projectBallotDocument } from './ballotDocument';
export {
  announcementNumber,
  projectAnnouncementDocument,
  type AnnouncementOptions,
} from './announcementDocument';
export { projectLedgerDocument, projectLedgerTitle, type ProjectLedgerSpec } from './ledgerDocument';
