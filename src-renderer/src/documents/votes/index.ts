// Word documents of a ballot round: the printable ballot form and the results notice.
export { ballotFormDocument, formRowHeight, sheetInstructions, tierInstructions } from './ballotForm';
export {
  ballotFormTitle,
  defaultAddressee,
  docxFileName,
  noticeTitle,
  organShortName,
  publishedDate,
  subjectHeader,
  type VotesDocContext,
} from './context';
export { bottomNames, bottomParagraph, FINGERPRINT_LABEL, noticeTable, openingParagraph } from './noticeText';
export { noticeBody, noticeNumber, resultsNoticeDocument, type NoticeOptions } from './resultsNotice';
