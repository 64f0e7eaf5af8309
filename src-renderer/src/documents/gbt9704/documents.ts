// Whole documents: 文件格式 (a numbered notice or report), 信函格式 (a 函) and a landscape table (a ledger).
import {
  AlignmentType,
  BorderStyle,
  FrameAnchorType,
  FrameWrap,
  HeightRule,
  LineRuleType,
  TextRun,
  type Document,
  type FileChild,
  type ISectionOptions,
  type Paragraph,
} from 'docx';
import {
  addressee,
  bodyParagraph,
  documentNumber,
  heading,
  headingFont,
  issuerMark,
  lines,
  title,
  type HeadingLevel,
} from './blocks';
import { gbtDocument, gbtSection } from './page';
import { ending, LINE_CHARS, type ColophonSpec, type KeptText } from './ending';
import { table, type TableSpec } from './table';
import { markFontSize } from './title';
import {
  LANDSCAPE_TEXT_WIDTH,
  PAGE_HEIGHT,
  RED,
  mm,
  pt,
  runFonts,
  paragraph,
  widthInChars,
  type DocumentFonts,
} from './units';

/** A piece of the body. Headings carry their own number (headingNumber). */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; level: HeadingLevel; text: string; body?: string }
  | { kind: 'table'; table: Omit<TableSpec, 'fonts' | 'landscape'> };

export interface DocumentSpec {
  fonts: DocumentFonts;
  /** The issuing organ, e.g. 宜丰县人民代表大会常务委员会 (Settings.orgName). */
  orgName: string;
  /** The 发文机关标志; default orgName + 文件 for a file, orgName for a letter. */
  mark?: string;
  /** 发文字号 from formatDocumentNumber, e.g. 宜人常发〔2026〕3号 */
  documentNumber: string;
  title: string;
  /** 主送机关, e.g. 宜丰县自然资源局 (the colon is added). */
  addressee?: string;
  body: Block[];
  attachments?: string[];
  /** 发文机关署名 (default orgName) and 成文日期 text (formatChineseDate). */
  signature: { organ?: string; date: string };
  colophon?: ColophonSpec;
}

/** A closing formula such as 特此通知。 or 特此函告。: a last paragraph that fits one line. */
function isClosing(block: Block | undefined): block is { kind: 'paragraph'; text: string } {
  return block?.kind === 'paragraph' && widthInChars(block.text) + 2 <= LINE_CHARS;
}

/** The longest last paragraph set in the ending with the signature, in lines. */
const MAX_KEPT_LINES = 4;

/**
 * The body split for the ending (ending.ts): the closing formula, and the paragraph before it (with the heading over
 * it) when that is at most four lines, are set with the signature, so that the signature never opens a page alone
 * (keep-with-next from a paragraph to the ending failed in LibreOffice next to the 版记's frames). A longer paragraph
 * stays apart, keeping with the ending; moving it whole would leave most of a page empty.
 */
function splitEnding(spec: DocumentSpec): { body: Block[]; kept: KeptText[]; closing?: string } {
  const body = [...spec.body];
  const last = body.at(-1);
  const closing = isClosing(last) ? last.text : undefined;
  if (closing !== undefined) body.pop();
  const kept: KeptText[] = [];
  const paragraph = body.at(-1);
  if (paragraph?.kind === 'paragraph' && (widthInChars(paragraph.text) + 2) / LINE_CHARS <= MAX_KEPT_LINES) {
    body.pop();
    kept.push({ text: paragraph.text, font: spec.fonts.body });
    const over = body.at(-1);
    if (over?.kind === 'heading' && over.body === undefined) {
      body.pop();
      kept.unshift({ text: over.text, font: headingFont(over.level, spec.fonts) });
    }
  }
  return { body, kept, ...(closing !== undefined ? { closing } : {}) };
}

/**
 * The body blocks as paragraphs and tables; the last paragraph keeps with what follows (the signature) unless
 * `keepLast` is false.
 */
export function bodyBlocks(blocks: Block[], fonts: DocumentFonts, keepLast = true): FileChild[] {
  return blocks.map((block, i) => {
    switch (block.kind) {
      case 'paragraph':
        return bodyParagraph(block.text, fonts, { keepNext: keepLast && i === blocks.length - 1 });
      case 'heading':
        return heading(block.level, block.text, fonts, block.body);
      case 'table':
        return table({ ...block.table, fonts });
    }
  });
}

/** Everything after the 发文字号: title, addressee, body, attachments, and the ending: signature and 版记. */
function mainText(spec: DocumentSpec, layout: 'file' | 'letter'): FileChild[] {
  const children: FileChild[] = [title(spec.title, spec.fonts)];
  if (spec.addressee) children.push(addressee(spec.addressee, spec.fonts));
  const { body, kept, closing } = splitEnding(spec);
  children.push(...bodyBlocks(body, spec.fonts, kept.length === 0));
  children.push(
    ...ending({
      fonts: spec.fonts,
      kept,
      ...(closing !== undefined ? { closing } : {}),
      attachments: spec.attachments ?? [],
      organ: spec.signature.organ ?? spec.orgName,
      date: spec.signature.date,
      ...(spec.colophon ? { colophon: spec.colophon } : {}),
      colophonLines: layout === 'file',
      ...(layout === 'letter' ? { bottom: PAGE_HEIGHT - LETTER_FIRST_PAGE_BOTTOM } : {}),
    }),
  );
  return children;
}

/**
 * The section of a 文件格式 document: red 标志 35 mm below the top of the text block, 发文字号 centred two lines
 * below it, the red line, the title two lines below the line, then the text; page numbers on every page.
 */
export function fileSection(spec: DocumentSpec): ISectionOptions {
  const children: FileChild[] = [
    issuerMark(spec.mark ?? `${spec.orgName}文件`, spec.fonts),
    documentNumber(spec.documentNumber, spec.fonts, { redRule: true }),
    ...mainText(spec, 'file'),
  ];
  return gbtSection({ fonts: spec.fonts, children });
}

/** 文件格式 (see fileSection) as a document of its own. */
export function fileDocument(spec: DocumentSpec): Document {
  return gbtDocument(spec.fonts, [fileSection(spec)], { title: spec.title });
}

/** The letterhead lines are 170 mm long, centred on the text block (28 mm + 78 mm from the left edge). */
const LETTER_LINE_WIDTH = mm(170);
const LETTER_LINE_X = mm(28 + 78 - 85);
const LETTER_MARK_TOP = mm(30);
/** The lower double line: 20 mm above the bottom edge of the first page. */
const LETTER_FOOT_LINE_Y = mm(297 - 20);
/**
 * The first page's text ends 7/8 of a 3号 character (14 pt) above the lower double line (GB/T 9704 10.1), 25 mm
 * above the bottom edge: the letterhead takes about a line at the top, and this gives it back at the foot, so the
 * first page too holds 22 lines. With the usual 35 mm margin a letter whose text fits lost its last lines, and the
 * keep-with-next chain (last paragraph, attachments, signature) or the 版记 went to a page 2 of its own.
 */
const LETTER_FIRST_PAGE_BOTTOM = mm(20) + pt(14);

/**
 * A red double line as a top border, 3 pt in all. A compound border names its lines from the text outwards, so for
 * a top border thinThick draws the thick line above.
 */
function redDoubleLine(thickAbove: boolean) {
  return {
    style: thickAbove ? BorderStyle.THIN_THICK_MEDIUM_GAP : BorderStyle.THICK_THIN_MEDIUM_GAP,
    size: 24,
    color: RED,
    space: 0,
  };
}

/** From the bottom of the 标志's line to the double line: with the characters' descent, 4 mm below them. */
const LETTER_LINE_GAP = mm(2.7);

function letterFrame(y: number, height?: number) {
  return {
    type: 'absolute',
    position: { x: LETTER_LINE_X, y },
    width: LETTER_LINE_WIDTH,
    ...(height ? { height, rule: HeightRule.EXACT } : { rule: HeightRule.AUTO }),
    anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
    wrap: FrameWrap.NOT_BESIDE,
    space: { horizontal: 0, vertical: 0 },
  } as const;
}

/** An empty 2 pt line in a frame whose top border is a red double line. */
function redLineFrame(y: number, thickAbove: boolean): Paragraph {
  return paragraph({
    frame: letterFrame(y, pt(2)),
    spacing: { line: pt(2), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    border: { top: redDoubleLine(thickAbove) },
    children: [],
  });
}

/**
 * 信函格式 letterhead: the 标志 30 mm from the top edge of the page and a red double line (thick above thin) 4 mm
 * under it, 170 mm long. Both are frames positioned on the page, since they start above the text block; body text
 * flows below them. (A bottom border on the 标志 itself would need border spacing, which LibreOffice counts twice
 * in a frame and Word once.)
 */
export function letterHead(mark: string, fonts: DocumentFonts): Paragraph[] {
  const size = markFontSize(mark);
  return [
    paragraph({
      frame: letterFrame(LETTER_MARK_TOP),
      alignment: AlignmentType.CENTER,
      spacing: { line: size * 10, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: [
        new TextRun({
          text: mark,
          font: runFonts(fonts.title, fonts),
          size,
          color: RED,
        }),
      ],
    }),
    redLineFrame(LETTER_MARK_TOP + size * 10 + LETTER_LINE_GAP, true),
  ];
}

/** The red double line (thin above thick) 20 mm above the bottom edge of a letter's first page. */
export function letterFootLine(): Paragraph {
  return redLineFrame(LETTER_FOOT_LINE_Y - pt(3), false);
}

/**
 * The section of a 信函格式 document: letterhead, the 发文字号 flush right under the double line, the title two
 * lines below; no page number on the first page; 版记 without its lines.
 */
export function letterSection(spec: DocumentSpec): ISectionOptions {
  const children: FileChild[] = [
    ...letterHead(spec.mark ?? spec.orgName, spec.fonts),
    letterFootLine(),
    documentNumber(spec.documentNumber, spec.fonts, { align: 'right', spaceBefore: mm(1.15) }),
    ...mainText(spec, 'letter'),
  ];
  return gbtSection({
    fonts: spec.fonts,
    children,
    firstPageNumber: false,
    firstPageBottom: LETTER_FIRST_PAGE_BOTTOM,
  });
}

/** 信函格式 (see letterSection) as a document of its own. */
export function letterDocument(spec: DocumentSpec): Document {
  return gbtDocument(spec.fonts, [letterSection(spec)], { title: spec.title });
}

export interface LandscapeTableSpec {
  fonts: DocumentFonts;
  title: string;
  /** A line under the title, e.g. 统计截至2026年12月3日 */
  subtitle?: string;
  table: Omit<TableSpec, 'fonts' | 'landscape'>;
}

/** A ledger: A4 landscape, the title, an optional line under it and a table filling the 225 mm text block. */
export function landscapeTableDocument(spec: LandscapeTableSpec): Document {
  const children: FileChild[] = [
    title(spec.title, spec.fonts, { spaceBefore: 0, width: LANDSCAPE_TEXT_WIDTH }),
  ];
  if (spec.subtitle) {
    children.push(
      paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: spec.subtitle, font: runFonts(spec.fonts.body, spec.fonts) })],
      }),
    );
  }
  children.push(paragraph({ spacing: { line: lines(0.5), lineRule: LineRuleType.EXACT }, children: [] }));
  children.push(table({ ...spec.table, fonts: spec.fonts, landscape: true }));
  const section = gbtSection({ fonts: spec.fonts, children, landscape: true });
  return gbtDocument(spec.fonts, [section], { title: spec.title });
}
