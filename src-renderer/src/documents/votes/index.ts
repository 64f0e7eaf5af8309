// Word documents of a ballot round: the printable ballot form and the results notice.
export { ballotFormDocument, formRowHeight, sheetInstructions, tierInstructions } from './ballotForm';
export {
  ballotFormTitle,
  defaultAddressee,
  docxFileName,
  evaluationDate,
  isReportRevote,
  noticeTitle,
  organShortName,
  publishedDate,
  subjectHeader,
  type VotesDocContext,
} from './context';
export {
  bottomNames,
  bottomParagraph,
  countsParagraph,
  FINGERPRINT_LABEL,
  openingParagraph,
  reportResultParagraph,
} from './noticeText';
export { groupsTable, noticeTable } from './noticeTables';
export {
  fingerprintLines,
  noticeBody,
  noticeNumber,
  resultsNoticeDocument,
  RULES_ATTACHMENT,
  type NoticeOptions,
} from './resultsNotice';
