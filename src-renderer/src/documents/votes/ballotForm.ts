// 满意度测评表 (the printable ballot) and 评分表 (the printable score sheet). One form per rater group, each
// starting on a new page and naming its group, so the piles handed to each group cannot be mixed up when the
// ballots are entered. Subjects are in the round's order, which is the order of the keyboard entry screen.
import {
  AlignmentType,
  LineRuleType,
  TabStopType,
  TextRun,
  type Document,
  type FileChild,
  type ISectionOptions,
  type Paragraph,
} from 'docx';
import { formatChineseDate } from '../../domain/time';
import type { RaterGroup } from '../../domain/votes/rules';
import { ballotTiers, TIER_LABELS } from '../../domain/votes/tiers';
import {
  LANDSCAPE_TEXT_WIDTH,
  LINE_PITCH,
  SIZE,
  TEXT_WIDTH,
  gbtDocument,
  gbtSection,
  lines,
  mm,
  paragraph,
  pt,
  runFonts,
  table,
  title,
  splitTitle,
  titleMaxChars,
  type TableSpec,
} from '../gbt9704';
import { breakHead, charsInCell, sheetColumns, sheetIsLandscape, tierColumns } from './formColumns';
import {
  ballotFormTitle,
  breakTitle,
  organShortName,
  subjectHeader,
  subjectNoun,
  type VotesDocContext,
} from './context';

/** Height of the text block (225 mm) in twips. */
const TEXT_HEIGHT = mm(225);
/** Instructions in 4号 on an exact 20 pt line. */
const NOTE_LINE = pt(20);
const MIN_ROW = mm(8);
const MAX_ROW = mm(12);

/** The marking instructions of a satisfaction ballot, in the order a rater needs them. */
export function tierInstructions(ctx: Pick<VotesDocContext, 'round'>): string {
  const noun = subjectNoun(ctx.round);
  const unknown = ctx.round.rules.tiers.allowUnknown ? `对${noun}情况不了解的，请在“不了解”栏内划“✓”；` : '';
  return (
    `填表说明：请在每个${noun}对应的一个档次栏内划“✓”，每个${noun}只能选择一个档次；${unknown}` +
    `未划“✓”的，视为弃权；划两个及以上“✓”的，该${noun}的测评无效。本表不署名。`
  );
}

/** The instructions of a score sheet: the bounds, blanks, and the total. */
export function sheetInstructions(ctx: Pick<VotesDocContext, 'round'>): string {
  const noun = subjectNoun(ctx.round);
  return (
    '填表说明：请在各项目栏内填写 0 至该项分值之间的分数（可保留一位小数）；' +
    `某${noun}各项均未填写的，视为弃权；有项目未填写、超出分值或多于一位小数的，该${noun}评分无效；` +
    '合计以各项之和为准。本表不署名。'
  );
}

/** "测评人类别：常委会组成人员" on the left and the date of the activity on the right. */
function groupLine(group: RaterGroup, date: string, ctx: VotesDocContext, width: number): Paragraph {
  const font = runFonts(ctx.fonts.body, ctx.fonts);
  return paragraph({
    spacing: { before: lines(0.5) },
    tabStops: [{ type: TabStopType.RIGHT, position: width }],
    children: [
      new TextRun({ text: `测评人类别：${group.name}`, font }),
      new TextRun({ text: `\t${date}`, font }),
    ],
  });
}

function instructions(text: string, ctx: VotesDocContext): Paragraph {
  return paragraph({
    alignment: AlignmentType.BOTH,
    spacing: { line: NOTE_LINE, lineRule: LineRuleType.EXACT, before: lines(0.25), after: lines(0.4) },
    children: [new TextRun({ text, font: runFonts(ctx.fonts.body, ctx.fonts), size: SIZE.si })],
  });
}

/**
 * Rows as tall as fit one page (8 to 12 mm); beyond that the table runs on with its header row repeated.
 * `headerLines`: lines of text in the header row (a score sheet's heads are two or three lines).
 */
export function formRowHeight(subjects: number, noteLines: number, options: RowOptions = {}): number {
  const room = roomForRows(noteLines, options);
  return Math.max(MIN_ROW, Math.min(MAX_ROW, Math.floor(room / Math.max(1, subjects))));
}

interface RowOptions {
  landscape?: boolean;
  headerLines?: number;
  titleLines?: number;
}

/** Twips of the first page left for the rows, under the title, the group line, the instructions and the head. */
function roomForRows(noteLines: number, options: RowOptions): number {
  const height = options.landscape ? mm(156) : TEXT_HEIGHT;
  const header = Math.max(MIN_ROW, (options.headerLines ?? 1) * pt(15) + pt(4));
  const above =
    (options.titleLines ?? 2) * LINE_PITCH + LINE_PITCH + lines(0.5) + noteLines * NOTE_LINE + lines(0.65);
  return height - above - header - pt(6); // a little slack for the renderers' rounding
}

/** Whether a form's rows fit its first page at the least height (8 mm): then it is one page, without a number. */
export function formFitsOnePage(subjects: number, noteLines: number, options: RowOptions = {}): boolean {
  return subjects * MIN_ROW <= roomForRows(noteLines, options);
}

interface FormLayout {
  noteLines: number;
  titleLines: number;
  landscape: boolean;
}

/** A score sheet's heads: each criterion broken between words to its column's width, with its points below. */
function sheetHeads(ctx: VotesDocContext, widths: readonly number[], landscape: boolean): string[] {
  const { criteria } = ctx.round.rules;
  const total = widths.reduce((a, b) => a + b, 0);
  const columnMm = (i: number) => ((widths[i] ?? 0) / total) * (landscape ? 225 : 156);
  const sum = criteria.reduce((points, c) => points + c.max, 0);
  return [
    ...criteria.map((c, i) => `${breakHead(c.name, charsInCell(columnMm(i + 2), 12))}\n${c.max}分`),
    `合计\n${sum}分`,
  ];
}

/** The header and rows of a form, and how many lines its tallest head takes. */
function formTable(ctx: VotesDocContext, layout: FormLayout): Omit<TableSpec, 'fonts'> {
  const { landscape } = layout;
  const { round } = ctx;
  const header = subjectHeader(ctx);
  const sheet = round.rules.form === 'scoreSheet';
  const widths = sheet ? sheetColumns(ctx, landscape) : [];
  const heads = sheet ? sheetHeads(ctx, widths, landscape) : [];
  const headerLines = Math.max(1, ...heads.map((head) => head.split('\n').length));
  const rowHeight = formRowHeight(round.subjects.length, layout.noteLines, { ...layout, headerLines });
  if (!sheet) {
    const heads = ballotTiers(round.rules.tiers).map((tier) => TIER_LABELS[tier]);
    const columns = tierColumns(ctx, heads);
    return {
      headers: ['序号', header, ...heads],
      rows: round.subjects.map((s, i) => [i + 1, s.name, ...heads.map(() => '')]),
      columnWeights: columns.widths,
      align: ['center', 'left', ...heads.map(() => 'center' as const)],
      cellSize: columns.cellSize,
      rowHeight,
    };
  }
  const { criteria } = round.rules;
  return {
    headers: ['序号', header, ...heads],
    rows: round.subjects.map((s, i) => [i + 1, s.name, ...criteria.map(() => ''), '']),
    columnWeights: widths,
    align: ['center', 'left', ...criteria.map(() => 'center' as const), 'center'],
    cellSize: 12,
    rowHeight,
  };
}

/**
 * One group's form: title, group and date, instructions, the table. A form of one page has no page number; a
 * longer one is numbered from 1.
 */
function groupSection(ctx: VotesDocContext, group: RaterGroup): ISectionOptions {
  const { round, fonts } = ctx;
  const landscape = sheetIsLandscape(ctx);
  const width = landscape ? LANDSCAPE_TEXT_WIDTH : TEXT_WIDTH;
  const maxChars = titleMaxChars(width);
  const heading = `${organShortName(ctx.orgName)}\n${breakTitle(ballotFormTitle(round), maxChars)}`;
  const titleLines = splitTitle(heading, maxChars).length;
  const note = round.rules.form === 'tiers' ? tierInstructions(ctx) : sheetInstructions(ctx);
  // 4号 characters per line of instructions: the width over 14 pt, a little condensed.
  const noteLines = Math.ceil(note.length / Math.floor(width / pt(14.2)));
  const spec = formTable(ctx, { noteLines, titleLines, landscape });
  const children: FileChild[] = [
    title(heading, fonts, { spaceBefore: 0, width }),
    groupLine(group, formatChineseDate(ctx.activity.date), ctx, width),
    instructions(note, ctx),
    table({ ...spec, fonts, landscape }),
  ];
  const headerLines = Math.max(...spec.headers.map((head) => head.split('\n').length));
  const onePage = formFitsOnePage(round.subjects.length, noteLines, { landscape, titleLines, headerLines });
  const section = gbtSection({ fonts, children, landscape, firstPageNumber: !onePage });
  const page = section.properties?.page ?? {};
  return { ...section, properties: { ...section.properties, page: { ...page, pageNumbers: { start: 1 } } } };
}

/**
 * The printable ballot of a round: for satisfaction tiers one box column per tier (满意 / 基本满意 / 不满意
 * [/ 不了解]), for a score sheet one column per criterion with its maximum and a total column. `groupIds`
 * limits the forms to some rater groups (default: every group of the round).
 */
export function ballotFormDocument(ctx: VotesDocContext, groupIds?: readonly string[]): Document {
  const groups = ctx.round.rules.groups.filter((g) => !groupIds || groupIds.includes(g.id));
  return gbtDocument(
    ctx.fonts,
    groups.map((group) => groupSection(ctx, group)),
    { title: ballotFormTitle(ctx.round) },
  );
}
