// 整改通知书 (文件格式) and 审议意见交办函 (信函格式) from the frozen text stored when they were issued, one per file
// or several in one file (one section each, each starting on an odd page with page numbers restarting at 1).
import type { Document, ISectionOptions } from 'docx';
import { batchDocument, fileSection, gbtDocument, letterSection, type DocumentSpec } from '../gbt9704';
import { withWatermark, type WatermarkSpec } from '../gbt9704/watermark';
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

/** What is printed across every page: 作废 on a voided document, 样稿 on a draft (no number yet). */
export type DocumentMark = 'voided' | 'draft';

const MARKS: Record<DocumentMark, WatermarkSpec> = {
  voided: { text: '作废', color: 'FF0000' },
  draft: { text: '样稿', color: '808080' },
};

/** The section of one document: the same text and layout alone or in a combined file, with its mark if any. */
export function issuedSection(content: IssuedContent, mark?: DocumentMark): ISectionOptions {
  const spec = specOf(content);
  const section = content.layout === 'file' ? fileSection(spec) : letterSection(spec);
  return mark ? withWatermark(section, MARKS[mark], content.fonts) : section;
}

/** One issued document (or a draft) as a Word document, exactly as stored; 作废 / 样稿 across every page. */
export function issuedDocument(content: IssuedContent, mark?: DocumentMark): Document {
  return gbtDocument(content.fonts, [issuedSection(content, mark)], { title: content.title });
}

/**
 * Several issued documents in one file for double-sided printing: each starts on an odd page (a blank page before
 * it when needed), with its own page numbers and its 版记 at the foot of its own last page.
 */
export function combinedIssuedDocument(
  contents: readonly IssuedContent[],
  marks: readonly (DocumentMark | undefined)[] = [],
): Document {
  const first = contents[0];
  if (!first) throw new RangeError('no documents to combine');
  return batchDocument(
    first.fonts,
    contents.map((content, i) => issuedSection(content, marks[i])),
    {
      title: contents.length === 1 ? first.title : `${first.title}等${contents.length}份文件`,
    },
  );
}
