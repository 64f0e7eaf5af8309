// 测评结果通报: the published result of a round in the GB/T 9704 文件格式, with a 发文字号: the results table (and
// each rater group's), the bottom-ranked units and what follows, signed on the day it is published; the counting
// rules and the fingerprint of the ballot set follow as an 附件. A vote on one rectification report reads as a
// short result instead (整改复测: 满意，办结, or back to rectification).
import { AlignmentType, LineRuleType, TextRun, type Document, type FileChild, type Paragraph } from 'docx';
import { formatChineseDate } from '../../domain/time';
import { formatDocumentNumber } from '../../domain/settings/documentNumber';
import {
  CHAR,
  SIZE,
  addressee,
  attachmentHead,
  attachments,
  bodyBlocks,
  documentNumber,
  gbtDocument,
  gbtSection,
  headingNumber,
  issuerMark,
  lines,
  paragraph,
  runFonts,
  signature,
  title,
  type Block,
} from '../gbt9704';
import { breakTitle, isReportRevote, noticeTitle, publishedDate, type VotesDocContext } from './context';
import {
  bottomParagraph,
  countsParagraph,
  FINGERPRINT_LABEL,
  FINGERPRINT_NOTE,
  openingParagraph,
  publishedResult,
  reportResultParagraph,
  resultNotes,
} from './noticeText';
import { groupsTable, noticeTable } from './noticeTables';

export interface NoticeOptions {
  /** Settings.noticePrefix, e.g. 宜人常发 */
  prefix: string;
  /** The sequence number the secretary typed (a positive integer). */
  sequence: number;
  /** 主送机关, e.g. 各被评议单位 (the colon is added). */
  addressee: string;
}

/** The one attachment: the rules in force and the fingerprint. */
export const RULES_ATTACHMENT = '计票规则及测评票校验码';

/** 宜人常发〔2026〕3号: the year of the publish date, which is also the date the notice is signed. */
export function noticeNumber(
  ctx: VotesDocContext,
  options: Pick<NoticeOptions, 'prefix' | 'sequence'>,
): string {
  const date = publishedDate(ctx.round);
  if (!date) throw new Error('只有已公布的测评才能生成结果通报');
  return formatDocumentNumber(options.prefix, Number(date.slice(0, 4)), options.sequence);
}

/**
 * The last line of the body. Being short, it is what keeps with the 附件说明 and the signature (bodyBlocks), so the
 * paragraphs before it can flow over the page instead of leaving the first page half empty.
 */
const CLOSING: Block = { kind: 'paragraph', text: '特此通报。' };

/**
 * The body: what was evaluated and when, 一、the results (（一）the composite and （二）each group's, when there are
 * several groups) with the counts and notes under them, 二、the bottom units, 特此通报。 A single report's vote:
 * the vote, its result, 特此通报。
 */
export function noticeBody(ctx: VotesDocContext): Block[] {
  const blocks: Block[] = [{ kind: 'paragraph', text: openingParagraph(ctx) }];
  if (isReportRevote(ctx.round)) {
    blocks.push({ kind: 'paragraph', text: reportResultParagraph(ctx) }, CLOSING);
    return blocks;
  }
  let n = 0;
  const section = (text: string) => {
    n += 1;
    blocks.push({ kind: 'heading', level: 1, text: `${headingNumber(1, n)}${text}` });
  };
  section('测评结果');
  const groups = groupsTable(ctx);
  if (groups) blocks.push({ kind: 'heading', level: 2, text: `${headingNumber(2, 1)}综合结果` });
  blocks.push({ kind: 'table', table: noticeTable(ctx) });
  blocks.push({ kind: 'paragraph', text: countsParagraph(ctx) });
  const notes = resultNotes(ctx);
  if (notes.length > 0) blocks.push({ kind: 'paragraph', text: `说明：${notes.join('；')}。` });
  if (groups) {
    blocks.push({ kind: 'heading', level: 2, text: `${headingNumber(2, 2)}各测评组结果` });
    blocks.push({ kind: 'table', table: groups });
  }
  const bottom = bottomParagraph(ctx);
  if (bottom) {
    section('排名靠后的单位及整改要求');
    blocks.push({ kind: 'paragraph', text: bottom });
  }
  blocks.push(CLOSING);
  return blocks;
}

/** 64 hex digits in groups of 8, four groups a line: two lines that fit the text block in 4号 monospace. */
export function fingerprintLines(fingerprint: string): string[] {
  const groups = fingerprint.match(/.{1,8}/g) ?? [];
  const result: string[] = [];
  for (let i = 0; i < groups.length; i += 4) result.push(groups.slice(i, i + 4).join(' '));
  return result;
}

/** A monospace font every Windows PC has; LibreOffice substitutes its metric twin, Liberation Mono. */
const MONOSPACE = 'Courier New';

/**
 * The fingerprint in the attachment: the label in the body font, then the digits in 4号 Courier New, in groups of
 * eight, four groups a line (35 characters, about 104 mm): never broken inside a group, and easy to read aloud.
 */
function fingerprintParagraphs(ctx: VotesDocContext, fingerprint: string): Paragraph[] {
  const { fonts } = ctx;
  const mono = { eastAsia: fonts.body, ascii: MONOSPACE, hAnsi: MONOSPACE, cs: MONOSPACE };
  return [
    paragraph({
      indent: { firstLine: 2 * CHAR },
      spacing: { before: lines(0.5) },
      keepNext: true,
      children: [new TextRun({ text: FINGERPRINT_LABEL, font: runFonts(fonts.body, fonts) })],
    }),
    paragraph({
      alignment: AlignmentType.LEFT,
      indent: { left: 2 * CHAR },
      keepNext: true,
      keepLines: true,
      children: fingerprintLines(fingerprint).map(
        (line, i) =>
          new TextRun({ text: line, font: mono, size: SIZE.si, characterSpacing: 0, break: i > 0 ? 1 : 0 }),
      ),
    }),
    paragraph({
      alignment: AlignmentType.BOTH,
      indent: { firstLine: 2 * CHAR },
      children: [new TextRun({ text: FINGERPRINT_NOTE, font: runFonts(fonts.body, fonts) })],
    }),
  ];
}

/** The 附件 on a page of its own: its head, the rules in force numbered 1. 2. …, and the fingerprint. */
function rulesAttachment(ctx: VotesDocContext, fingerprint: string): FileChild[] {
  const rules: Block[] = publishedResult(ctx).rules.map((rule, i) => ({
    kind: 'heading',
    level: 3,
    text: headingNumber(3, i + 1),
    body: rule.replace(/[。；]?$/, '。'),
  }));
  return [
    ...attachmentHead(RULES_ATTACHMENT, ctx.fonts),
    paragraph({ spacing: { line: lines(0.5), lineRule: LineRuleType.EXACT }, children: [] }),
    ...bodyBlocks(rules, ctx.fonts),
    ...fingerprintParagraphs(ctx, fingerprint),
  ];
}

/** The body's blocks, with half a line of space after a table so the next heading does not touch it. */
function bodyWithGaps(blocks: Block[], fonts: VotesDocContext['fonts']): FileChild[] {
  return bodyBlocks(blocks, fonts).flatMap((child, i) =>
    blocks[i]?.kind === 'table'
      ? [child, paragraph({ spacing: { line: lines(0.5), lineRule: LineRuleType.EXACT }, children: [] })]
      : [child],
  );
}

/** The 测评结果通报 of a published round; throws (in Chinese) for a round that is not published. */
export function resultsNoticeDocument(ctx: VotesDocContext, options: NoticeOptions): Document {
  const published = ctx.round.stage === 'published' ? ctx.round.published : null;
  if (!published) throw new Error('只有已公布的测评才能生成结果通报');
  const { fonts, orgName } = ctx;
  const heading = noticeTitle(ctx.round);
  const children: FileChild[] = [
    issuerMark(`${orgName}文件`, fonts),
    documentNumber(noticeNumber(ctx, options), fonts, { redRule: true }),
    title(breakTitle(heading), fonts),
    addressee(options.addressee, fonts),
    ...bodyWithGaps(noticeBody(ctx), fonts),
    ...attachments([RULES_ATTACHMENT], fonts),
    ...signature(orgName, formatChineseDate(publishedDate(ctx.round) ?? ctx.activity.date), fonts),
    ...rulesAttachment(ctx, published.fingerprint),
  ];
  return gbtDocument(fonts, [gbtSection({ fonts, children })], { title: heading });
}
