// 整改通知书 (文件格式) and 审议意见交办函 (信函格式) from the frozen text stored when they were issued, one per file
// or several in one file (one section each, page numbers restarting at 1).
import type { Document, FileChild, ISectionOptions } from 'docx';
import {
  addressee,
  bodyBlocks,
  colophon,
  documentNumber,
  fileDocument,
  gbtDocument,
  gbtSection,
  issuerMark,
  letterDocument,
  letterFootLine,
  letterHead,
  mm,
  pt,
  signature,
  title,
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

/** Everything after the 发文字号 (as the gbt9704 layouts set it). */
function mainText(spec: DocumentSpec, colophonLines: boolean): FileChild[] {
  const children: FileChild[] = [title(spec.title, spec.fonts)];
  if (spec.addressee) children.push(addressee(spec.addressee, spec.fonts));
  children.push(...bodyBlocks(spec.body, spec.fonts));
  children.push(...signature(spec.orgName, spec.signature.date, spec.fonts));
  if (spec.colophon) children.push(...colophon(spec.colophon, spec.fonts, { lines: colophonLines }));
  return children;
}

/** As in gbt9704's letterDocument: the first page's text reaches down to 7/8 of a character above the foot line. */
const LETTER_FIRST_PAGE_BOTTOM = mm(20) + pt(14);

/**
 * The section of one document in a combined file: the same children as fileDocument / letterDocument build, its
 * page numbers starting again at 1.
 */
export function issuedSection(content: IssuedContent): ISectionOptions {
  const spec = specOf(content);
  const section =
    content.layout === 'file'
      ? gbtSection({
          fonts: spec.fonts,
          children: [
            issuerMark(`${spec.orgName}文件`, spec.fonts),
            documentNumber(spec.documentNumber, spec.fonts, { redRule: true }),
            ...mainText(spec, true),
          ],
        })
      : gbtSection({
          fonts: spec.fonts,
          children: [
            ...letterHead(spec.orgName, spec.fonts),
            letterFootLine(),
            documentNumber(spec.documentNumber, spec.fonts, { align: 'right', spaceBefore: mm(1.15) }),
            ...mainText(spec, false),
          ],
          firstPageNumber: false,
          firstPageBottom: LETTER_FIRST_PAGE_BOTTOM,
        });
  const page = section.properties?.page ?? {};
  return { ...section, properties: { ...section.properties, page: { ...page, pageNumbers: { start: 1 } } } };
}

/** Several issued documents in one file, each starting on a new page with its own page numbers. */
export function combinedIssuedDocument(contents: readonly IssuedContent[]): Document {
  const first = contents[0];
  if (!first) throw new RangeError('no documents to combine');
  return gbtDocument(first.fonts, contents.map(issuedSection), {
    title: contents.length === 1 ? first.title : `${first.title}等${contents.length}份文件`,
  });
}
