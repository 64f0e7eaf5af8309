// 测评结果通报: the published result of a round in the GB/T 9704 文件格式, with a 发文字号, the results table,
// the bottom-ranked units and what follows, the counting rules used and the fingerprint of the ballot set.
import { AlignmentType, LineRuleType, TextRun, type Document, type FileChild, type Paragraph } from 'docx';
import { formatChineseDate } from '../../domain/time';
import { formatDocumentNumber } from '../../domain/settings/documentNumber';
import {
  CHAR,
  SIZE,
  addressee,
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
import { breakTitle, noticeTitle, publishedDate, type VotesDocContext } from './context';
import {
  bottomParagraph,
  FINGERPRINT_LABEL,
  noticeTable,
  openingParagraph,
  publishedResult,
  resultNotes,
} from './noticeText';

export interface NoticeOptions {
  /** Settings.noticePrefix, e.g. 宜人常发 */
  prefix: string;
  /** The sequence number the secretary typed (a positive integer). */
  sequence: number;
  /** 主送机关, e.g. 各被评议单位 (the colon is added). */
  addressee: string;
}

/** 宜人常发〔2026〕3号: the year of the publish date, which is also the date the notice is signed. */
export function noticeNumber(
  ctx: VotesDocContext,
  options: Pick<NoticeOptions, 'prefix' | 'sequence'>,
): string {
  const date = publishedDate(ctx.round);
  if (!date) throw new Error('只有已公布的测评才能生成结果通报');
  return formatDocumentNumber(options.prefix, Number(date.slice(0, 4)), options.sequence);
}

/** The body: what was evaluated, 一、the results, 二、the bottom units, 三、the counting rules. */
export function noticeBody(ctx: VotesDocContext): Block[] {
  const blocks: Block[] = [{ kind: 'paragraph', text: openingParagraph(ctx) }];
  let n = 0;
  const section = (text: string) => {
    n += 1;
    blocks.push({ kind: 'heading', level: 1, text: `${headingNumber(1, n)}${text}` });
  };
  section('测评结果');
  blocks.push({ kind: 'table', table: noticeTable(ctx) });
  const notes = resultNotes(ctx);
  if (notes.length > 0) blocks.push({ kind: 'paragraph', text: `说明：${notes.join('；')}。` });
  const bottom = bottomParagraph(ctx);
  if (bottom) {
    section('排名靠后的单位及整改要求');
    blocks.push({ kind: 'paragraph', text: bottom });
  }
  section('计票规则');
  publishedResult(ctx).rules.forEach((rule, i) => {
    blocks.push({
      kind: 'heading',
      level: 3,
      text: headingNumber(3, i + 1),
      body: rule.replace(/[。；]?$/, '。'),
    });
  });
  return blocks;
}

/**
 * The fingerprint: the label in the body font, the 64 hex digits on the next line in 小四 Times New Roman, which
 * fits them on one line (in 3号 they would break in the middle); both two characters in, like the body's first
 * lines. Kept with the signature that follows.
 */
function fingerprintParagraph(ctx: VotesDocContext, fingerprint: string): Paragraph {
  const { fonts } = ctx;
  return paragraph({
    alignment: AlignmentType.LEFT,
    indent: { left: 2 * CHAR },
    keepNext: true,
    keepLines: true,
    children: [
      new TextRun({ text: FINGERPRINT_LABEL, font: runFonts(fonts.body, fonts) }),
      new TextRun({ text: fingerprint, font: runFonts(fonts.body, fonts), size: SIZE.xiaosi, break: 1 }),
    ],
  });
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
    fingerprintParagraph(ctx, published.fingerprint),
    ...signature(orgName, formatChineseDate(publishedDate(ctx.round) ?? ctx.activity.date), fonts),
  ];
  return gbtDocument(fonts, [gbtSection({ fonts, children })], { title: heading });
}
