// Word documents of the rectification follow-up: the numbered notices and letters, and the ledger.
export {
  combinedIssuedDocument,
  issuedDocument,
  issuedSection,
  specOf,
  type DocumentMark,
} from './issuedDocument';
export type { IssuedContent } from '../../domain/rectification/issuedContent';
export { ledgerDocument, type LedgerDocumentSpec } from './ledgerDocument';
