// Tables that fill the text block with the header row repeated on every page.
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Table,
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
import { LANDSCAPE_TEXT_WIDTH, TEXT_WIDTH, runFonts, paragraph, type DocumentFonts } from './units';

export type CellAlign = 'left' | 'center' | 'right';

export interface TableSpec {
  fonts: DocumentFonts;
  headers: string[];
  rows: (string | number)[][];
  /** Relative column widths; equal when left out. */
  columnWeights?: number[];
  /** Alignment per column; centred when left out. */
  align?: CellAlign[];
  /** Cell text: 4号 (14 pt, the default), 小四 (12 pt) or 五号 (10.5 pt) for dense tables. */
  cellSize?: 14 | 12 | 10.5;
  /**
   * Body rows may break across pages (a long row continues on the next page instead of leaving the rest of the
   * page blank); the header row still repeats. Off by default: a short row is never split.
   */
  rowsMaySplit?: boolean;
  /**
   * Columns (0-based) of short values that must stay on one line, e.g. dates: set without the extra space Word
   * and WPS put between Chinese and digits (autoSpaceDN), so 2026年12月31日 takes its plain width.
   */
  tightColumns?: number[];
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

function cellParagraph(
  text: string,
  font: string,
  spec: TableSpec,
  align: CellAlign,
  tight: boolean,
): Paragraph {
  const size = (spec.cellSize ?? 14) * 2;
  return paragraph({
    alignment: ALIGN[align],
    ...(tight ? { autoSpaceEastAsianText: false } : {}),
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
  tight: boolean,
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
      .map((line) => cellParagraph(line, font, spec, align, tight)),
  });
}

/** The header rows: `headers`, with the row of `headerGroups` above them when there is one. */
function headerRows(spec: TableSpec, widths: number[]): TableRow[] {
  const head = (text: string, c: number, merge = {}) =>
    cell(text, widths[c] ?? 0, spec.fonts.heading1, spec, 'center', false, merge);
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
      top.push(
        cell(group.text, width, spec.fonts.heading1, spec, 'center', false, { columnSpan: group.span }),
      );
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
        cantSplit: !spec.rowsMaySplit,
        ...height,
        children: spec.headers.map((_, c) =>
          cell(
            String(row[c] ?? ''),
            widths[c] ?? 0,
            spec.fonts.body,
            spec,
            spec.align?.[c] ?? 'center',
            spec.tightColumns?.includes(c) ?? false,
          ),
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
