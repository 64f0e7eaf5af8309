// 附件 (GB/T 9704-2012 §7.3.7 and §7.5): each on a page of its own after the signature, "附件" (with its number
// when there are several) in 3号 黑体 flush left on the first line, the title centred on the third line, then
// the text in the body's format.
import { AlignmentType, TextRun, type Paragraph } from 'docx';
import { attachmentName, lines } from './blocks';
import { runFonts, SIZE, paragraph, type DocumentFonts } from './units';

/**
 * The head of an attachment: "附件" or "附件2" on a new page, and the title two lines below it. `number`: the
 * attachment's number when the document has several (as in its 附件说明), else leave it out.
 */
export function attachmentHead(title: string, fonts: DocumentFonts, number?: number): Paragraph[] {
  return [
    paragraph({
      pageBreakBefore: true,
      keepNext: true,
      children: [
        new TextRun({ text: `附件${number ?? ''}`, font: runFonts(fonts.heading1, fonts), size: SIZE.san }),
      ],
    }),
    paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: lines(1) },
      keepNext: true,
      children: [
        new TextRun({ text: attachmentName(title), font: runFonts(fonts.title, fonts), size: SIZE.er }),
      ],
    }),
  ];
}
