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
import { sheetColumns, sheetIsLandscape, tierColumns } from './formColumns';
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
export function formRowHeight(
  subjects: number,
  noteLines: number,
  options: { landscape?: boolean; headerLines?: number; titleLines?: number } = {},
): number {
  const height = options.landscape ? mm(156) : TEXT_HEIGHT;
  const header = Math.max(MIN_ROW, (options.headerLines ?? 1) * pt(15) + pt(4));
  const above =
    (options.titleLines ?? 2) * LINE_PITCH + LINE_PITCH + lines(0.5) + noteLines * NOTE_LINE + lines(0.65);
  const usable = height - above - header - pt(6); // a little slack for the renderers' rounding
  return Math.max(MIN_ROW, Math.min(MAX_ROW, Math.floor(usable / Math.max(1, subjects))));
}

interface FormLayout {
  noteLines: number;
  titleLines: number;
  landscape: boolean;
}

function formTable(ctx: VotesDocContext, layout: FormLayout): Omit<TableSpec, 'fonts'> {
  const { landscape } = layout;
  const { round } = ctx;
  const header = subjectHeader(ctx);
  const sheet = round.rules.form === 'scoreSheet';
  const headerLines = sheet ? (landscape ? 2 : 3) : 1;
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
  const total = criteria.reduce((sum, c) => sum + c.max, 0);
  return {
    headers: ['序号', header, ...criteria.map((c) => `${c.name}\n${c.max}分`), `合计\n${total}分`],
    rows: round.subjects.map((s, i) => [i + 1, s.name, ...criteria.map(() => ''), '']),
    columnWeights: sheetColumns(ctx, landscape),
    align: ['center', 'left', ...criteria.map(() => 'center' as const), 'center'],
    cellSize: 12,
    rowHeight,
  };
}

/** One group's form: title, group and date, instructions, the table. Page numbers restart at 1. */
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
  const children: FileChild[] = [
    title(heading, fonts, { spaceBefore: 0, width }),
    groupLine(group, formatChineseDate(ctx.activity.date), ctx, width),
    instructions(note, ctx),
    table({ ...formTable(ctx, { noteLines, titleLines, landscape }), fonts, landscape }),
  ];
  const section = gbtSection({ fonts, children, landscape });
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
