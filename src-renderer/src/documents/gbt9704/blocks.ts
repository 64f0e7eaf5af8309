// The elements of a GB/T 9704 document, each a pure function from plain values to docx paragraphs.
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  TabStopType,
  TextRun,
  type IBorderOptions,
  type Paragraph,
} from 'docx';
import { markFontSize, splitTitle, titleMaxChars } from './title';
import {
  CHAR,
  LINE_PITCH,
  MARK_TOP,
  RED,
  SIZE,
  runFonts,
  widthInChars,
  paragraph,
  type DocumentFonts,
} from './units';

/** Space of n body lines, for spacing before a paragraph. */
export function lines(n: number): number {
  return Math.round(n * LINE_PITCH);
}

function run(text: string, font: string, fonts: DocumentFonts) {
  return new TextRun({ text, font: runFonts(font, fonts), size: SIZE.san });
}

/** The red line under the 发文字号: a 1.5 pt bottom border as wide as the text block, 4 mm below the number. */
export const RED_RULE: IBorderOptions = { style: BorderStyle.SINGLE, size: 12, color: RED, space: 8 };

/**
 * 发文机关标志 of 文件格式: red, centred, in the title font, its top 35 mm below the top of the text block, sized
 * to fit one line (markFontSize). The line is exactly as tall as the characters, so its top is theirs.
 */
export function issuerMark(mark: string, fonts: DocumentFonts): Paragraph {
  const size = markFontSize(mark);
  return paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: MARK_TOP, line: size * 10, lineRule: LineRuleType.EXACT },
    children: [new TextRun({ text: mark, font: runFonts(fonts.title, fonts), size, color: RED })],
  });
}

export interface DocumentNumberOptions {
  /** centre (文件格式, the default) or flush right (信函格式) */
  align?: 'center' | 'right';
  /** draw the red line 4 mm below (文件格式) */
  redRule?: boolean;
  /** twips before the line; default two body lines (the space under the 标志) */
  spaceBefore?: number;
}

/** The 发文字号 line, e.g. 宜人常发〔2026〕3号, formatted by formatDocumentNumber. */
export function documentNumber(
  text: string,
  fonts: DocumentFonts,
  options: DocumentNumberOptions = {},
): Paragraph {
  return paragraph({
    alignment: options.align === 'right' ? AlignmentType.RIGHT : AlignmentType.CENTER,
    spacing: { before: options.spaceBefore ?? lines(2) },
    ...(options.redRule ? { border: { bottom: RED_RULE } } : {}),
    children: [run(text, fonts.body, fonts)],
  });
}

/**
 * The title: 2号 in the title font, centred, broken into balanced lines (splitTitle) as wide as `width` allows
 * (default the portrait text block), `spaceBefore` twips below what precedes it (default two lines).
 */
export function title(
  text: string,
  fonts: DocumentFonts,
  options: { spaceBefore?: number; width?: number } = {},
): Paragraph {
  return paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: options.spaceBefore ?? lines(2) },
    keepNext: true,
    children: splitTitle(text, titleMaxChars(options.width)).map(
      (line, i) =>
        new TextRun({ text: line, font: runFonts(fonts.title, fonts), size: SIZE.er, break: i > 0 ? 1 : 0 }),
    ),
  });
}

/** 主送机关 flush left, ending with a full-width colon, one line below the title. */
export function addressee(text: string, fonts: DocumentFonts, spaceBefore = lines(1)): Paragraph {
  const name = text.trim().replace(/[:：]+$/, '');
  return paragraph({ spacing: { before: spaceBefore }, children: [run(`${name}：`, fonts.body, fonts)] });
}

/**
 * A body paragraph: justified, the first line indented two characters. keepNext keeps its last line on the page of
 * what follows (the last paragraph before the signature, so that the signature never stands on a page alone).
 */
export function bodyParagraph(
  text: string,
  fonts: DocumentFonts,
  options: { keepNext?: boolean } = {},
): Paragraph {
  return paragraph({
    alignment: AlignmentType.BOTH,
    indent: { firstLine: 2 * CHAR },
    ...(options.keepNext ? { keepNext: true } : {}),
    children: [run(text, fonts.body, fonts)],
  });
}

export type HeadingLevel = 1 | 2 | 3 | 4;

const HEADING_FONT: Record<HeadingLevel, keyof DocumentFonts> = {
  1: 'heading1',
  2: 'heading2',
  3: 'body',
  4: 'body',
};

/** The font of a heading level: 黑体 for 一、, 楷体 for （一）, the body font for 1. and （1）. */
export function headingFont(level: HeadingLevel, fonts: DocumentFonts): string {
  return fonts[HEADING_FONT[level]];
}

/**
 * A heading numbered 一、 (黑体), （一） (楷体), 1. or （1） (body font), indented like body text. `text` carries its
 * number (headingNumber gives it); `body`, when given, continues the paragraph in the body font.
 */
export function heading(level: HeadingLevel, text: string, fonts: DocumentFonts, body?: string): Paragraph {
  return paragraph({
    alignment: AlignmentType.BOTH,
    indent: { firstLine: 2 * CHAR },
    keepNext: body === undefined,
    children: [run(text, headingFont(level, fonts), fonts), ...(body ? [run(body, fonts.body, fonts)] : [])],
  });
}

const CHINESE_DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 12 → 十二, 20 → 二十, 99 → 九十九 (1 to 99). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumber ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 0 ? '' : tens === 1 ? '十' : `${CHINESE_DIGITS[tens]}十`;
  return head + (ones === 0 ? '' : (CHINESE_DIGITS[ones] ?? ''));
}

/** The number of the nth heading of a level: 一、 （一） 1. （1） */
export function headingNumber(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumber(n)}、`;
    case 2:
      return `（${chineseNumber(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/** An attachment's name as GB/T 9704 writes it: no punctuation after it, no book-title marks around it. */
export function attachmentName(name: string): string {
  const bare = name.trim().replace(/[。，、；：,.;:！!？?\s]+$/, '');
  return /^《([^《》]*)》$/.exec(bare)?.[1] ?? bare;
}

/**
 * 附件说明 one line below the body, indented two characters: "附件：name" or, for several, "附件：1. name" with
 * the following numbers under the first and wrapped lines under the first character of the name.
 */
export function attachments(names: string[], fonts: DocumentFonts): Paragraph[] {
  const label = 3 * CHAR; // 附件：
  if (names.length === 1) {
    return [
      paragraph({
        alignment: AlignmentType.BOTH,
        spacing: { before: lines(1) },
        indent: { left: 2 * CHAR + label, hanging: label },
        keepNext: true,
        children: [run(`附件：${attachmentName(names[0] ?? '')}`, fonts.body, fonts)],
      }),
    ];
  }
  const number = (names.length >= 10 ? 1.5 : 1) * CHAR; // "1." and the space after it
  const left = 2 * CHAR + label + number;
  return names.map((name, i) =>
    paragraph({
      alignment: AlignmentType.BOTH,
      spacing: { before: i === 0 ? lines(1) : 0 },
      indent: { left, hanging: i === 0 ? label + number : number },
      keepNext: true,
      tabStops: [{ type: TabStopType.LEFT, position: left }],
      children: [run(`${i === 0 ? '附件：' : ''}${i + 1}.\t${attachmentName(name)}`, fonts.body, fonts)],
    }),
  );
}

/**
 * 发文机关署名 and 成文日期 (GB/T 9704 7.3.5.1, a sealed document): the date right-aligned four characters from
 * the right edge, the organ's name centred over the date, two lines below the body for the seal.
 */
export function signature(organ: string, date: string, fonts: DocumentFonts): Paragraph[] {
  const dateRight = 4 * CHAR;
  const offset = ((widthInChars(date) - widthInChars(organ)) / 2) * CHAR;
  const organRight = Math.max(0, Math.round(dateRight + offset));
  return [
    paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: lines(2) },
      indent: { right: organRight },
      keepNext: true,
      children: [run(organ, fonts.body, fonts)],
    }),
    paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: dateRight },
      children: [run(date, fonts.body, fonts)],
    }),
  ];
}

/** An empty line of body height, e.g. to keep space. */
export function emptyLine(): Paragraph {
  return paragraph({ children: [] });
}
