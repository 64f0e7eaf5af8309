// A meeting paper (会议材料) on the GB/T 9704 page: no 标志 and no 发文字号, the title at the top of the text
// block, then lines of body text, headings and tables. The agenda, the question list and the minutes use it.
import { AlignmentType, LineRuleType, TextRun, type Document, type FileChild, type Paragraph } from 'docx';
import {
  CHAR,
  chineseNumber,
  gbtDocument,
  gbtSection,
  lines,
  paragraph,
  runFonts,
  title,
  widthInChars,
  type DocumentFonts,
} from '../gbt9704';
import { wrapPieces, type Piece } from './lineWrap';

/** A document of one portrait section: the title, a blank line, then `children`. */
export function meetingPaper(
  fonts: DocumentFonts,
  heading: string,
  children: FileChild[],
  options: { subtitle?: string } = {},
): Document {
  const head: FileChild[] = [title(heading, fonts, { spaceBefore: 0 })];
  if (options.subtitle) head.push(subtitle(options.subtitle, fonts));
  const section = gbtSection({ fonts, children: [...head, ...children] });
  return gbtDocument(fonts, [section], { title: heading.replace(/\n/g, '') });
}

/** Half a line of space, e.g. between a table and the text after it. */
export function gap(): Paragraph {
  return paragraph({ spacing: { line: lines(0.5), lineRule: LineRuleType.EXACT }, children: [] });
}

/** A centred line under the title in the 楷体 of （一） headings, e.g. （2026年12月13日）. */
export function subtitle(text: string, fonts: DocumentFonts): Paragraph {
  return paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    children: [new TextRun({ text, font: runFonts(fonts.heading2, fonts) })],
  });
}

export interface LineOptions {
  /** characters from the left edge of the text block to the label; default 2, as body text */
  indent?: number;
  /** lines of space before */
  before?: number;
  /** keep on the page of the next paragraph */
  keepNext?: boolean;
  /** hang wrapped lines under the text after the label */
  hanging?: boolean;
  /** the font of the label; default the body font */
  labelFont?: string;
  /** underline the text after the label (a blank to write on) */
  underline?: boolean;
}

/**
 * A body line indented two characters, "label" + text: 时间：2026年12月13日. With `hanging`, wrapped lines
 * align under the text after the label, as in a list of facts.
 */
export function line(
  label: string,
  text: string,
  fonts: DocumentFonts,
  options: LineOptions = {},
): Paragraph {
  const hanging = options.hanging ? Math.round(widthInChars(label) * CHAR) : 0;
  const indent = (options.indent ?? 2) * CHAR;
  return paragraph({
    alignment: AlignmentType.BOTH,
    indent: hanging > 0 ? { left: indent + hanging, hanging } : { firstLine: indent },
    ...(options.before ? { spacing: { before: lines(options.before) } } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    children: [
      ...(label
        ? [new TextRun({ text: label, font: runFonts(options.labelFont ?? fonts.body, fonts) })]
        : []),
      ...(text
        ? [
            new TextRun({
              text,
              font: runFonts(fonts.body, fonts),
              ...(options.underline ? { underline: {} } : {}),
            }),
          ]
        : []),
    ],
  });
}

/** Characters of body text a line holds. */
const LINE_CHARS = 28;

/**
 * A line as `line` sets it, "label" + text, whose text is broken by the app (lineWrap.ts) so that no name or
 * duration (a `whole` piece) is split across lines; set flush left, since a justified line before a line break
 * would be stretched.
 */
export function wrappedLine(
  label: string,
  pieces: readonly Piece[],
  fonts: DocumentFonts,
  options: LineOptions = {},
): Paragraph {
  const indent = options.indent ?? 2;
  const labelWidth = widthInChars(label);
  const first = LINE_CHARS - indent - labelWidth;
  const wrapped = wrapPieces(pieces, first, options.hanging ? first : LINE_CHARS - indent);
  const font = runFonts(fonts.body, fonts);
  const hanging = options.hanging ? Math.round(labelWidth * CHAR) : 0;
  return paragraph({
    alignment: AlignmentType.LEFT,
    indent: hanging > 0 ? { left: indent * CHAR + hanging, hanging } : { firstLine: indent * CHAR },
    ...(options.before ? { spacing: { before: lines(options.before) } } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    children: [
      ...(label
        ? [new TextRun({ text: label, font: runFonts(options.labelFont ?? fonts.body, fonts) })]
        : []),
      ...wrapped.map((text, i) => new TextRun({ text, font, break: i === 0 ? 0 : 1 })),
    ],
  });
}

/** 一、 （一） for the nth item, or 100、 past what Chinese numerals of two digits can write. */
export function levelNumber(level: 1 | 2, n: number): string {
  const number = n >= 1 && n <= 99 ? chineseNumber(n) : String(n);
  return level === 1 ? `${number}、` : `（${number}）`;
}

/** A one-line heading in the heading font of its level (黑体 for 一、, 楷体 for （一）), kept with what follows. */
export function sectionHeading(
  level: 1 | 2,
  text: string,
  fonts: DocumentFonts,
  options: { before?: number; after?: string } = {},
): Paragraph {
  return paragraph({
    alignment: AlignmentType.BOTH,
    indent: { firstLine: 2 * CHAR },
    keepNext: true,
    ...(options.before ? { spacing: { before: lines(options.before) } } : {}),
    children: [
      new TextRun({ text, font: runFonts(level === 1 ? fonts.heading1 : fonts.heading2, fonts) }),
      ...(options.after ? [new TextRun({ text: options.after, font: runFonts(fonts.body, fonts) })] : []),
    ],
  });
}

/** Minutes as an agenda writes them: 10分钟, 2小时, 1小时30分钟. */
export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}分钟`;
  return m === 0 ? `${h}小时` : `${h}小时${m}分钟`;
}
