// GB/T 9704-2012 layout for every Word document the app writes.
export {
  CHAR,
  CHARACTER_SPACING,
  LANDSCAPE_MARGIN,
  LANDSCAPE_TEXT_WIDTH,
  LINE_PITCH,
  MARGIN,
  SIZE,
  TEXT_WIDTH,
  mm,
  paragraph,
  pt,
  runFonts,
  widthInChars,
  type DocumentFonts,
} from './units';
export {
  documentStyles,
  gbtDocument,
  gbtSection,
  pageNumberFooter,
  type DocumentMeta,
  type SectionSpec,
} from './page';
export { batchDocument } from './batch';
export { fontFallback, fontTableOf, fontTableXml } from './fontTable';
export { markFontSize, splitTitle, titleMaxChars, TITLE_MAX_CHARS } from './title';
export {
  addressee,
  attachmentName,
  attachments,
  bodyParagraph,
  chineseNumber,
  documentNumber,
  emptyLine,
  heading,
  headingNumber,
  issuerMark,
  lines,
  RED_RULE,
  signature,
  title,
  type DocumentNumberOptions,
  type HeadingLevel,
} from './blocks';
export { columnWidths, table, type HeaderGroup, type TableSpec } from './table';
export {
  colophon,
  colophonLines,
  copyToText,
  ending,
  TEXT_BOTTOM,
  type ColophonSpec,
  type EndingSpec,
} from './ending';
export { attachmentHead } from './attachment';
export {
  bodyBlocks,
  fileDocument,
  fileSection,
  landscapeTableDocument,
  letterDocument,
  letterSection,
  letterFootLine,
  letterHead,
  type Block,
  type DocumentSpec,
  type LandscapeTableSpec,
} from './documents';
