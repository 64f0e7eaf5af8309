// 票决结果公告 in the GB/T 9704 文件格式: 标志, 发文字号 (from the register, as the 测评结果通报's), title, the
// text of the domain's announcementContent: the counts, the chosen projects, a tie to vote on again or the places
// left, the table of every candidate with its votes and result, the rules used; then 现予公告。, the signature
// and 成文日期, and the 版记 when given.
import type { Document } from 'docx';
import {
  announcementContent,
  type AnnouncementContent,
  type AnnouncementInput,
} from '../../domain/projects/announcement';
import { formatDocumentNumber } from '../../domain/settings/documentNumber';
import { formatChineseDate, type CalendarDate } from '../../domain/time';
import { fileDocument, headingNumber, type Block, type ColophonSpec } from '../gbt9704';
import { breakHead, charsInCell } from '../votes/formColumns';
import { printed, type ProjectDocContext } from './context';

export interface AnnouncementOptions {
  /** Settings.noticePrefix, e.g. 宜人常发 */
  prefix: string;
  /** The number taken from the register of the prefix (a positive integer). */
  sequence: number;
  /** 成文日期: the day it is published; its year is the number's. */
  date: CalendarDate;
  /** 发文机关署名 when it is not the orgName (e.g. 宜丰县第十八届人民代表大会第二次会议主席团). */
  organ?: string;
  /** The 发文机关标志 (default orgName + 文件). */
  mark?: string;
  /** 主送机关, when there is one (a 公告 usually has none). */
  addressee?: string;
  colophon?: ColophonSpec;
}

/** 宜人常发〔2027〕3号: the year of the day it is signed. */
export function announcementNumber(
  options: Pick<AnnouncementOptions, 'prefix' | 'sequence' | 'date'>,
): string {
  return formatDocumentNumber(options.prefix, Number(options.date.slice(0, 4)), options.sequence);
}

const CLOSING = '现予公告。';
/** Millimetres of the 156 mm text block: 序号, 项目名称, 承办单位, 预算, 同意票, 结果. */
const WEIGHTS = [12, 43, 35, 20, 16, 30];
const HEADS: Record<string, string> = { '预算（万元）': '预算\n（万元）' };
/** Columns whose text breaks between words (县住房和城乡 / 建设局, 得票相同， / 另行票决), not inside one. */
const WORD_BROKEN = [2, 5];

function cellText(text: string, c: number): string {
  const clean = printed(text);
  return WORD_BROKEN.includes(c) ? breakHead(clean, charsInCell(WEIGHTS[c] ?? 0, 12)) : clean;
}

/**
 * The body: the counts, the result (chosen, a tie to vote on again, places left), 各候选项目得票情况 with the
 * table, the rules used numbered 1. 2. …, 现予公告。
 */
export function announcementBody(content: AnnouncementContent): Block[] {
  const paragraphs = content.paragraphs.filter((p) => p !== CLOSING).map(printed);
  const rules: Block[] = content.rules.map((rule, i) => ({
    kind: 'heading',
    level: 3,
    text: headingNumber(3, i + 1),
    body: printed(rule),
  }));
  return [
    ...paragraphs.map((text): Block => ({ kind: 'paragraph', text })),
    { kind: 'paragraph', text: '各候选项目得票情况如下：' },
    {
      kind: 'table',
      table: {
        headers: content.table.headers.map((head) => HEADS[head] ?? head),
        rows: content.table.rows.map((row) => row.map(cellText)),
        columnWeights: WEIGHTS,
        align: ['center', 'left', 'center', 'center', 'center', 'center'],
        cellSize: 12,
      },
    },
    { kind: 'paragraph', text: '本次票决适用的规则：' },
    ...rules,
    { kind: 'paragraph', text: CLOSING },
  ];
}

/** The 票决结果公告 of a counted round, numbered from the register and signed on `options.date`. */
export function projectAnnouncementDocument(
  ctx: ProjectDocContext,
  input: AnnouncementInput,
  options: AnnouncementOptions,
): Document {
  if (input.decision.status !== 'ok') throw new Error('本轮票决未能计票，不能生成票决结果公告');
  const content = announcementContent(input);
  return fileDocument({
    fonts: ctx.fonts,
    orgName: ctx.orgName,
    ...(options.mark ? { mark: options.mark } : {}),
    documentNumber: announcementNumber(options),
    title: content.title,
    ...(options.addressee ? { addressee: options.addressee } : {}),
    body: announcementBody(content),
    signature: { ...(options.organ ? { organ: options.organ } : {}), date: formatChineseDate(options.date) },
    ...(options.colophon ? { colophon: options.colophon } : {}),
  });
}
