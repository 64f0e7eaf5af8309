// Several documents in one file, for printing a batch on both sides of the paper.
import { SectionType, type Document, type ISectionOptions } from 'docx';
import { gbtDocument, type DocumentMeta } from './page';
import type { DocumentFonts } from './units';

/**
 * One file of several documents, each a section (fileSection, letterSection): each starts on an odd page, its page
 * numbers start again at 1, its 版记 stays at the foot of its own last page. Odd and even go by page number in Word
 * and LibreOffice alike: a document that ends on page 3 is followed by a blank page, so that the next one's page 1
 * is a front side.
 */
export function batchDocument(
  fonts: DocumentFonts,
  sections: readonly ISectionOptions[],
  meta: DocumentMeta = {},
): Document {
  if (sections.length === 0) throw new RangeError('no documents to combine');
  return gbtDocument(
    fonts,
    sections.map((section) => ({
      ...section,
      properties: {
        ...section.properties,
        type: SectionType.ODD_PAGE,
        page: { ...section.properties?.page, pageNumbers: { start: 1 } },
      },
    })),
    meta,
  );
}
