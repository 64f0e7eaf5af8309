// 整改通知书 (文件格式) and 审议意见交办函 (信函格式) from the frozen text stored when they were issued, one per file
// or several in one file (one section each, each starting on an odd page with page numbers restarting at 1).
import type { Document, ISectionOptions } from 'docx';
import {
  batchDocument,
  fileDocument,
  fileSection,
  letterDocument,
  letterSection,
  type DocumentSpec,
} from '../gbt9704';
import type { IssuedContent } from '../../domain/rectification/issuedContent';

/** The stored text as the layout's DocumentSpec. */
export function specOf(content: IssuedContent): DocumentSpec {
  return {
    fonts: content.fonts,
    orgName: content.orgName,
    documentNumber: content.documentNumber,
    title: content.title,
    addressee: content.addressee,
    body: content.body,
    signature: { date: content.date },
    colophon: {
      ...(content.copyTo.length > 0 ? { copyTo: content.copyTo } : {}),
      ...(content.printer ? { printer: content.printer } : {}),
      ...(content.printDate ? { printDate: content.printDate } : {}),
    },
  };
}

/** One issued document as a Word document, exactly as stored. */
export function issuedDocument(content: IssuedContent): Document {
  const spec = specOf(content);
  return content.layout === 'file' ? fileDocument(spec) : letterDocument(spec);
}

/** The section of one document in a combined file: the same text and layout as issuedDocument gives. */
export function issuedSection(content: IssuedContent): ISectionOptions {
  const spec = specOf(content);
  return content.layout === 'file' ? fileSection(spec) : letterSection(spec);
}

/**
 * Several issued documents in one file for double-sided printing: each starts on an odd page (a blank page before
 * it when needed), with its own page numbers and its 版记 at the foot of its own last page.
 */
export function combinedIssuedDocument(contents: readonly IssuedContent[]): Document {
  const first = contents[0];
  if (!first) throw new RangeError('no documents to combine');
  return batchDocument(first.fonts, contents.map(issuedSection), {
    title: contents.length === 1 ? first.title : `${first.title}等${contents.length}份文件`,
  });
}
