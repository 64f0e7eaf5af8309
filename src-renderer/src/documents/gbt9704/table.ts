// Tables that fill the text block with the header row repeated on every page, and the 版记 at the foot of the
// last page.
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IBorderOptions,
  type Paragraph,
} from 'docx';
import {
  LANDSCAPE_TEXT_WIDTH,
  LINE_PITCH,
  MARGIN,
  SIZE,
  TEXT_WIDTH,
  pt,
  runFonts,
  paragraph,
  type DocumentFonts,
} from './units';

export type CellAlign = 'left' | 'center' | 'right';

export interface TableSpec {
  fonts: DocumentFonts;
  headers: string[];
  rows: (string | number)[][];
  /** Relative column widths; equal when left out. */
  columnWeights?: number[];
  /** Alignment per column; centred when left out. */
  align?: CellAlign[];
  /** Cell text: 4号 (14 pt, the default) or 小四 (12 pt) for dense tables. */
  cellSize?: 14 | 12;
  /** Minimum row height in twips (a ballot form's rows are tall enough to mark). */
  rowHeight?: number;
  /** Fill the landscape text block (225 mm) instead of the portrait one (156 mm). */
  landscape?: boolean;
  /**
   * A header row above `headers` grouping them: each group spans `span` columns under its text (e.g. 人大代表
   * over 满意率 and 得分). A group of one column with no text lets that column's header fill both rows.
   */
  headerGroups?: HeaderGroup[];
}

export interface HeaderGroup {
  text: string;
  span: number;
}

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Column widths in twips that add up to exactly `total`. */
export function columnWidths(count: number, total: number, weights?: number[]): number[] {
  const w = Array.from({ length: count }, (_, i) => Math.max(0, weights?.[i] ?? 1));
  const sum = w.reduce((a, b) => a + b, 0);
  const widths = w.map((x) => (sum > 0 ? Math.floor((x / sum) * total) : Math.floor(total / count)));
  widths[count - 1] = total - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  return widths;
}

function cellParagraph(text: string, font: string, spec: TableSpec, align: CellAlign): Paragraph {
  const size = (spec.cellSize ?? 14) * 2;
  return paragraph({
    alignment: ALIGN[align],
    spacing: { line: Math.round(size * 10 * 1.25), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [new TextRun({ text, font: runFonts(font, spec.fonts), size })],
  });
}

function cell(
  text: string,
  width: number,
  font: string,
  spec: TableSpec,
  align: CellAlign,
  merge: {
    columnSpan?: number;
    verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType];
  } = {},
): TableCell {
  return new TableCell({
    ...merge,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: String(text)
      .split('\n')
      .map((line) => cellParagraph(line, font, spec, align)),
  });
}

/** The header rows: `headers`, with the row of `headerGroups` above them when there is one. */
function headerRows(spec: TableSpec, widths: number[]): TableRow[] {
  const head = (text: string, c: number, merge = {}) =>
    cell(text, widths[c] ?? 0, spec.fonts.heading1, spec, 'center', merge);
  const row = (children: TableCell[]) => new TableRow({ tableHeader: true, cantSplit: true, children });
  if (!spec.headerGroups) return [row(spec.headers.map((h, c) => head(h, c)))];
  const top: TableCell[] = [];
  const bottom: TableCell[] = [];
  let c = 0;
  for (const group of spec.headerGroups) {
    if (group.span === 1 && group.text === '') {
      top.push(head(spec.headers[c] ?? '', c, { verticalMerge: VerticalMergeType.RESTART }));
      bottom.push(head('', c, { verticalMerge: VerticalMergeType.CONTINUE }));
    } else {
      const width = widths.slice(c, c + group.span).reduce((a, b) => a + b, 0);
      top.push(cell(group.text, width, spec.fonts.heading1, spec, 'center', { columnSpan: group.span }));
      for (let i = c; i < c + group.span; i += 1) bottom.push(head(spec.headers[i] ?? '', i));
    }
    c += group.span;
  }
  return [row(top), row(bottom)];
}

/** A table as wide as the text block; the header row, in the 一、 heading font (黑体), repeats on every page. */
export function table(spec: TableSpec): Table {
  const total = spec.landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  const widths = columnWidths(spec.headers.length, total, spec.columnWeights);
  const height = spec.rowHeight ? { height: { value: spec.rowHeight, rule: HeightRule.ATLEAST } } : {};
  const body = spec.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        ...height,
        children: spec.headers.map((_, c) =>
          cell(String(row[c] ?? ''), widths[c] ?? 0, spec.fonts.body, spec, spec.align?.[c] ?? 'center'),
        ),
      }),
  );
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: LINE,
      bottom: LINE,
      left: LINE,
      right: LINE,
      insideHorizontal: LINE,
      insideVertical: LINE,
    },
    rows: [...headerRows(spec, widths), ...body],
  });
}

export interface ColophonSpec {
  /** 抄送机关; the list ends with a full stop. */
  copyTo?: string[];
  /** 印发机关, e.g. 宜丰县人大常委会办公室 */
  printer?: string;
  /** 印发日期 text, e.g. 2026年12月3日 */
  printDate?: string;
}

const THICK: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: '000000' }; // 0.35 mm
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' }; // 0.25 mm
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };

function colophonParagraph(
  text: string,
  fonts: DocumentFonts,
  align: 'left' | 'right',
  hanging = 0,
): Paragraph {
  const indent = pt(14); // one 4号 character
  return paragraph({
    alignment: align === 'left' ? AlignmentType.LEFT : AlignmentType.RIGHT,
    spacing: { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    indent: align === 'left' ? { left: indent + hanging, hanging } : { right: indent },
    children: [new TextRun({ text, font: runFonts(fonts.body, fonts), size: SIZE.si })],
  });
}

/** 抄送：甲，乙。 with a full-width colon and a closing full stop. */
export function copyToText(names: string[]): string {
  const list = names.map((n) => n.trim().replace(/[，,。.；;、]+$/, '')).filter((n) => n.length > 0);
  return `抄送：${list.join('，')}。`;
}

/**
 * 版记: 抄送 and 印发机关/印发日期 in 4号, between thick lines with a thin line between its rows, the last line on
 * the bottom edge of the text block of the last page (a table floating at the bottom of the margin box).
 * `lines: false` (信函格式) leaves the lines out. A floating table needs a paragraph after it to hang on (and a Word
 * body must end with a paragraph), so an empty 1 pt paragraph follows; it takes no visible room.
 */
export function colophon(
  spec: ColophonSpec,
  fonts: DocumentFonts,
  options: { lines?: boolean } = {},
): [Table, Paragraph] {
  const ruled = options.lines !== false;
  const half = Math.floor(TEXT_WIDTH / 2);
  const rows: TableRow[] = [];
  const cellOptions = {
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    verticalAlign: VerticalAlignTable.CENTER,
  };
  if (spec.copyTo && spec.copyTo.length > 0) {
    rows.push(
      new TableRow({
        children: [
          new TableCell({
            ...cellOptions,
            columnSpan: 2,
            width: { size: TEXT_WIDTH, type: WidthType.DXA },
            children: [colophonParagraph(copyToText(spec.copyTo), fonts, 'left', pt(14) * 3)],
          }),
        ],
      }),
    );
  }
  if (spec.printer || spec.printDate) {
    const date = spec.printDate ? `${spec.printDate}印发` : '';
    rows.push(
      new TableRow({
        height: { value: LINE_PITCH, rule: HeightRule.ATLEAST },
        children: [
          new TableCell({ ...cellOptions, children: [colophonParagraph(spec.printer ?? '', fonts, 'left')] }),
          new TableCell({ ...cellOptions, children: [colophonParagraph(date, fonts, 'right')] }),
        ],
      }),
    );
  }
  const anchor = paragraph({ spacing: { line: 20, lineRule: LineRuleType.EXACT }, children: [] });
  const floating = new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    layout: TableLayoutType.FIXED,
    // No cell margins: a floating table's position is that of its cells' text, so margins would shift the lines.
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    float: {
      // Anchored to the page at the left margin rather than to the margin box: the same place, but LibreOffice
      // (before 7.6) only lets a table as wide as the text block float when it is positioned on the page.
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: MARGIN.left,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
    },
    borders: {
      top: ruled ? THICK : NONE,
      bottom: ruled ? THICK : NONE,
      insideHorizontal: ruled ? THIN : NONE,
      left: NONE,
      right: NONE,
      insideVertical: NONE,
    },
    rows,
  });
  return [floating, anchor];
}
