// 民生实事项目票决票: the printable ballot of a project vote round. One page of A4 portrait for up to twelve
// candidates with short descriptions: the title, the meeting and its date, the instructions (限选N项，多选无效),
// and a table of the candidates in ballot order, each with its facts and an empty 同意 box. A longer list runs on
// with the header row repeated and numbered pages; one page has no page number (as the 测评表). Unsigned.
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type Document,
  type IBorderOptions,
  type Paragraph,
} from 'docx';
import { formatBudgetWan } from '../../domain/projects/candidate';
import { formatChineseDate } from '../../domain/time';
import {
  SIZE,
  TEXT_WIDTH,
  columnWidths,
  gbtDocument,
  gbtSection,
  lines,
  mm,
  paragraph,
  pt,
  runFonts,
  title,
} from '../gbt9704';
import { breakHead, charsInCell } from '../votes/formColumns';
import { projectBallotTitle, type ProjectBallotInput } from './context';

/** The columns and their widths in millimetres of the 156 mm text block. */
export const BALLOT_HEADERS = [
  '序号',
  '项目名称及简介',
  '承办单位',
  '预算\n（万元）',
  '计划完成\n时间',
  '同意',
];
const WIDTHS_MM = [12, 55, 30, 20, 26, 13];
const ALIGN = ['center', 'left', 'center', 'center', 'center', 'center'] as const;

interface TextStyle {
  /** Half-points. */
  size: number;
  /** Exact line height in twips. */
  line: number;
}

/** Names and facts in 小四 (12 pt). */
const CELL: TextStyle = { size: SIZE.xiaosi, line: pt(14) };
/** Descriptions in 五号 (10.5 pt), or 小五 (9 pt) when that is what keeps the ballot on one page. */
const NOTE_STYLES: TextStyle[] = [
  { size: 21, line: pt(12.5) },
  { size: 18, line: pt(10.5) },
];
/** Instructions in 4号 on an exact 19 pt line. */
const INSTRUCTION_LINE = pt(19);
/** A row is at least this tall, so there is room to mark the box; with few candidates, up to the larger. */
export const BALLOT_MIN_ROW = mm(11);
const ROOMY_ROW = mm(16);
/** Cell margins above and below the text, in twips. */
const CELL_MARGIN = 20;
/** Height of the text block (225 mm). */
const TEXT_HEIGHT = mm(225);

const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };

/** The instructions: how to mark, 限选N项，多选无效, an unmarked ballot is valid, unsigned. */
export function ballotInstructions(input: Pick<ProjectBallotInput, 'places' | 'candidates'>): string {
  const n = input.places;
  return (
    `填写说明：本次候选项目${input.candidates.length}个，限选${n}项，多选无效。` +
    `请在同意的项目后“同意”栏内划“✓”；划“✓”超过${n}项的，本票无效；` +
    `一项也未划的，本票有效，视为均不同意。本票不署名。`
  );
}

/** 2027-12-31 → 2027年 / 12月31日: the year on its own line, so the column stays narrow. */
function plannedText(date: string | null): string {
  if (!date) return '';
  const text = formatChineseDate(date);
  const at = text.indexOf('年') + 1;
  return `${text.slice(0, at)}\n${text.slice(at)}`;
}

function textParagraph(
  text: string,
  font: string,
  input: ProjectBallotInput,
  style: TextStyle,
  align: (typeof ALIGN)[number],
): Paragraph {
  const alignment = { left: AlignmentType.LEFT, center: AlignmentType.CENTER }[align];
  return paragraph({
    alignment,
    spacing: { line: style.line, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    children: [new TextRun({ text, font: runFonts(font, input.fonts), size: style.size })],
  });
}

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: CELL_MARGIN, bottom: CELL_MARGIN, left: 80, right: 80 },
    children,
  });
}

/** A cell of plain lines (split at \n) in the cell style. */
function textCell(
  text: string,
  width: number,
  font: string,
  input: ProjectBallotInput,
  c: number,
): TableCell {
  return cell(
    width,
    text.split('\n').map((line) => textParagraph(line, font, input, CELL, ALIGN[c] ?? 'center')),
  );
}

/** The candidate's cells, in the order of BALLOT_HEADERS (the 同意 box empty). */
export function ballotRowTexts(input: ProjectBallotInput): string[][] {
  return input.candidates.map((c, i) => [
    String(i + 1),
    c.description ? `${c.name}\n${c.description}` : c.name,
    breakHead(input.unitName(c.unitId), charsInCell(WIDTHS_MM[2] ?? 0, 12)),
    formatBudgetWan(c.budgetWan),
    plannedText(c.plannedCompletion),
    '',
  ]);
}

/** Display width in characters of the text's own size: half-width characters count ½. */
function widthOf(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) <= 0xff ? 0.5 : 1;
  return width;
}

/** Lines a text takes in column `c` at `size` half-points (an estimate, rounded the safe way). */
function linesIn(text: string, c: number, size: number): number {
  const perLine = Math.floor(((WIDTHS_MM[c] ?? 0) - 3) / ((size / 144) * 25.4));
  return Math.max(1, Math.ceil(widthOf(text) / Math.max(1, perLine)));
}

/** A candidate's row height in twips (an estimate, for choosing the description's size and the page count). */
function rowHeight(
  candidate: ProjectBallotInput['candidates'][number],
  unit: string,
  note: TextStyle,
): number {
  const name = linesIn(candidate.name, 1, CELL.size) * CELL.line;
  const description = candidate.description ? linesIn(candidate.description, 1, note.size) * note.line : 0;
  const others = Math.max(linesIn(unit, 2, CELL.size), 2) * CELL.line;
  return Math.max(BALLOT_MIN_ROW, Math.max(name + description, others) + 2 * CELL_MARGIN + pt(1));
}

/** 4号 characters on one line of instructions (a little condensed, as the 测评表 counts them). */
const INSTRUCTION_CHARS = Math.floor(TEXT_WIDTH / pt(14.2));

/** Twips of the first page under the title, the meeting line, the instructions and the header row. */
function roomForRows(input: ProjectBallotInput): number {
  const noteLines = Math.ceil(widthOf(ballotInstructions(input)) / INSTRUCTION_CHARS);
  const above = lines(1) + lines(1.2) + noteLines * INSTRUCTION_LINE + lines(0.45) + 2 * CELL.line + 100;
  return TEXT_HEIGHT - above - pt(6); // a little slack for the renderers' rounding
}

function rowsHeight(input: ProjectBallotInput, note: TextStyle): number {
  return input.candidates.reduce((sum, c) => sum + rowHeight(c, input.unitName(c.unitId), note), 0);
}

/** The description's size: 五号 when the rows fit the first page so, else 小五. */
function noteStyle(input: ProjectBallotInput): TextStyle {
  const room = roomForRows(input);
  return NOTE_STYLES.find((style) => rowsHeight(input, style) <= room) ?? NOTE_STYLES.at(-1) ?? CELL;
}

/** Whether the ballot's rows fit on its first page (then it has no page number). */
export function ballotFitsOnePage(input: ProjectBallotInput): boolean {
  return rowsHeight(input, noteStyle(input)) <= roomForRows(input);
}

function ballotTable(input: ProjectBallotInput, note: TextStyle): Table {
  const widths = columnWidths(BALLOT_HEADERS.length, TEXT_WIDTH, WIDTHS_MM);
  const { fonts } = input;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: BALLOT_HEADERS.map((head, c) =>
      cell(
        widths[c] ?? 0,
        head.split('\n').map((line) => textParagraph(line, fonts.heading1, input, CELL, 'center')),
      ),
    ),
  });
  const texts = ballotRowTexts(input);
  // Few candidates share the page's room, up to 16 mm each; many keep the least height and grow with their text.
  const share = Math.floor(roomForRows(input) / Math.max(1, input.candidates.length));
  const minRow = Math.max(BALLOT_MIN_ROW, Math.min(ROOMY_ROW, share));
  const rows = input.candidates.map(
    (candidate, r) =>
      new TableRow({
        cantSplit: true,
        height: { value: minRow, rule: HeightRule.ATLEAST },
        children: BALLOT_HEADERS.map((_, c) => {
          const width = widths[c] ?? 0;
          if (c !== 1 || !candidate.description) {
            return textCell(texts[r]?.[c] ?? '', width, fonts.body, input, c);
          }
          return cell(width, [
            textParagraph(candidate.name, fonts.body, input, CELL, 'left'),
            textParagraph(candidate.description, fonts.body, input, note, 'left'),
          ]);
        }),
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
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
    rows: [header, ...rows],
  });
}

/** The meeting on the left and the day of the vote on the right. */
function meetingLine(input: ProjectBallotInput): Paragraph {
  const font = runFonts(input.fonts.body, input.fonts);
  const date = input.meetingDate ? formatChineseDate(input.meetingDate) : '';
  return paragraph({
    spacing: { before: lines(0.2) },
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
    children: [new TextRun({ text: input.meetingName, font }), new TextRun({ text: `\t${date}`, font })],
  });
}

function instructions(input: ProjectBallotInput): Paragraph {
  return paragraph({
    alignment: AlignmentType.BOTH,
    spacing: {
      line: INSTRUCTION_LINE,
      lineRule: LineRuleType.EXACT,
      before: lines(0.15),
      after: lines(0.3),
    },
    children: [
      new TextRun({
        text: ballotInstructions(input),
        font: runFonts(input.fonts.body, input.fonts),
        size: SIZE.si,
      }),
    ],
  });
}

/** The printable ballot: title, meeting and date, instructions, one row per candidate with a box. */
export function projectBallotDocument(input: ProjectBallotInput): Document {
  const heading = projectBallotTitle(input);
  const children = [title(heading, input.fonts, { spaceBefore: 0 }), meetingLine(input), instructions(input)];
  const section = gbtSection({
    fonts: input.fonts,
    children: [...children, ballotTable(input, noteStyle(input))],
    firstPageNumber: !ballotFitsOnePage(input),
  });
  return gbtDocument(input.fonts, [section], { title: heading });
}
