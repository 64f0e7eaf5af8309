// Word documents of the rectification follow-up: the numbered notices and letters, and the ledger.
export { combinedIssuedDocument, issuedDocument, issuedSection, specOf } from './issuedDocument';
export type { IssuedContent } from '../../domain/rectification/issuedContent';
export {
  LEDGER_DOC_HEADERS,
  ledgerDocument,
  ledgerDocumentRows,
  type LedgerDocumentSpec,
} from './ledgerDocument';
