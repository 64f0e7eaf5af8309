// The frozen text of a numbered 整改通知书 or 审议意见交办函. When a document is issued its whole text is composed
// here, once, and stored with the number (by the db layer); exporting it again renders the stored text, so the same number always
// prints the same document. Pure: no database, no docx (the documents layer turns IssuedContent into Word).

import type { ActivityKind } from '../activity/activity';
import { safeFileName } from '../fileName';
import { formatChineseDate, type Instant } from '../time';
import type { NumberStatus } from './numberRegistry';
import type { RectificationItem } from './item';
import type { DocumentFonts } from '../settings/settings';
import { defaultTexts, normalizeTexts, textParagraphs, type DocumentTexts } from './documentTexts';

export type IssuedKind = 'notice' | 'letter';

export const ISSUED_KIND_LABELS: Record<IssuedKind, string> = {
  notice: '整改通知书',
  letter: '审议意见交办函',
};

/** A piece of the body; the same shape as the documents layer's Block (without tables). */
export type ContentBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string; body?: string };

/** Everything printed on the document, as it was on the day it was issued. */
export interface IssuedContent {
  /** 'file': 文件格式 (a notice); 'letter': 信函格式 (a 函). */
  layout: 'file' | 'letter';
  orgName: string;
  fonts: DocumentFonts;
  /** 宜人常发〔2026〕1号 */
  documentNumber: string;
  title: string;
  /** 主送机关 */
  addressee: string;
  body: ContentBlock[];
  /** 成文日期 as printed, 2026年12月3日 */
  date: string;
  copyTo: string[];
  printer?: string;
  printDate?: string;
}

/** An issued document: its number, the items it hands over, and its frozen text. */
export interface IssuedDocumentRecord {
  id: string;
  kind: IssuedKind;
  /** The items it covers (one unit's items). */
  itemIds: string[];
  unitId: string;
  activityId: string | null;
  prefix: string;
  year: number;
  sequence: number;
  /** The number as printed. */
  number: string;
  /** 成文日期, yyyy-mm-dd */
  issuedOn: string;
  content: IssuedContent;
  /** 'voided' once its number is voided (作废); the record stays. */
  status: NumberStatus;
  voidReason?: string;
  voidedOn?: string;
  /** When it was issued. */
  createdAt: Instant;
  /** A reissue: the voided document it replaces, and why that one was voided. */
  replaces?: { documentId: string; number: string; reason: string };
}

export interface NoticeInput {
  kind: IssuedKind;
  orgName: string;
  fonts: DocumentFonts;
  number: string;
  /** 成文日期, yyyy-mm-dd */
  date: string;
  unit: { fullName: string; shortName: string };
  activity: { kind: ActivityKind; title: string; date: string } | null;
  /** The unit's items, already handed over (their deadlines set). */
  items: readonly RectificationItem[];
  /** 存在的问题 and 整改要求 as edited in the 样稿; from the items when left out. */
  texts?: DocumentTexts;
}

/** The number a 样稿 prints: none (the line stays empty, so the draft is laid out as the document will be). */
export const DRAFT_NUMBER = '';

/** The problems and requirements as printed: the edited texts, or the items' own. */
function textsOf(input: NoticeInput): DocumentTexts {
  return normalizeTexts(input.texts ?? defaultTexts(input.items));
}

/** 宜丰县人民代表大会常务委员会 → 宜丰县人大常委会 */
export function organShort(orgName: string): string {
  return orgName.replace(/人民代表大会常务委员会$/, '人大常委会');
}

/** The government the committee supervises: 宜丰县人民代表大会常务委员会 → 宜丰县人民政府. */
export function governmentName(orgName: string): string {
  const match = /^(.+?)(?:人民代表大会常务委员会|人大常委会)$/.exec(orgName);
  return match ? `${match[1]}人民政府` : '县人民政府';
}

function topicOf(activity: NonNullable<NoticeInput['activity']>): string {
  return activity.kind === 'inquiry'
    ? activity.title.replace(/(的)?专题询问(会)?$/, '')
    : activity.title.replace(/(工作)?(专项)?(工作)?评议$/, '').replace(/工作$/, '');
}

/** 优化营商环境工作评议 / 促进绿色矿山建设专题询问 / '' */
function sourceName(activity: NoticeInput['activity']): string {
  if (activity === null) return '';
  return activity.kind === 'inquiry' ? `${topicOf(activity)}专题询问` : `${topicOf(activity)}工作评议`;
}

/** The opening sentence about the meeting, '' without an activity. */
function meetingSentence(input: NoticeInput): string {
  const { activity } = input;
  if (activity === null) return '';
  const organ = organShort(input.orgName);
  const date = formatChineseDate(activity.date);
  return activity.kind === 'inquiry'
    ? `${date}，${organ}就${topicOf(activity)}开展了专题询问。`
    : `${date}，${organ}对${topicOf(activity)}工作开展了专项工作评议，并组织了满意度测评。`;
}

/** 请于…前报送整改方案，于…前书面报告整改落实情况 for each distinct pair of deadlines. */
function deadlineSentences(items: readonly RectificationItem[], organ: string): string {
  const pairs = new Map<string, { plan: string; report: string }>();
  for (const item of items) {
    if (item.planDue === null || item.reportDue === null) continue;
    pairs.set(`${item.planDue}/${item.reportDue}`, { plan: item.planDue, report: item.reportDue });
  }
  return [...pairs.values()]
    .map(
      ({ plan, report }) =>
        `请于${formatChineseDate(plan)}前将整改方案报送${organ}，` +
        `于${formatChineseDate(report)}前将整改落实情况书面报告${organ}。`,
    )
    .join('');
}

/** A portrait title line holds 20 characters (2号): a longer title breaks after the unit's name, not inside a word. */
const TITLE_LINE = 20;

function titleLines(head: string, rest: string): string {
  return [...(head + rest)].length > TITLE_LINE ? `${head}\n${rest}` : head + rest;
}

function heading(text: string): ContentBlock {
  return { kind: 'heading', level: 1, text };
}

/** 整改通知书: 文件格式, addressed to the unit, 抄送 the government. */
function notice(input: NoticeInput): IssuedContent {
  const organ = organShort(input.orgName);
  const source = sourceName(input.activity);
  const what = source === '' ? '有关问题' : `${source}问题`;
  const intro = `${meetingSentence(input)}现将需要你单位整改的问题和整改要求通知如下。`;
  const texts = textsOf(input);
  return {
    layout: 'file',
    orgName: input.orgName,
    fonts: input.fonts,
    documentNumber: input.number,
    title: titleLines(`关于${input.unit.shortName}`, `${what}整改的通知`),
    addressee: input.unit.fullName,
    body: [
      { kind: 'paragraph', text: intro },
      heading('一、存在的问题'),
      ...textParagraphs(texts.problems),
      heading('二、整改要求'),
      ...textParagraphs(texts.requirements),
      heading('三、整改时限'),
      {
        kind: 'paragraph',
        text:
          `${deadlineSentences(input.items, organ)}${organ}将听取整改情况报告并组织满意度测评，` +
          '测评结果为不满意的，应当继续整改，直至满意。',
      },
      { kind: 'paragraph', text: '特此通知。' },
    ],
    date: formatChineseDate(input.date),
    copyTo: [governmentName(input.orgName)],
    printer: `${organ}办公室`,
    printDate: formatChineseDate(input.date),
  };
}

/** 审议意见交办函: 信函格式, addressed to the government, which has the unit carry it out; 抄送 the unit. */
function letter(input: NoticeInput): IssuedContent {
  const organ = organShort(input.orgName);
  const unit = input.unit.shortName;
  const source = sourceName(input.activity);
  const texts = textsOf(input);
  const intro =
    `${meetingSentence(input)}常委会组成人员对${unit}的工作提出了审议意见。` +
    `现将审议意见交办给你们，请督促${unit}认真研究处理，切实抓好整改落实。`;
  return {
    layout: 'letter',
    orgName: input.orgName,
    fonts: input.fonts,
    documentNumber: input.number,
    title: titleLines(`关于交办${unit}`, `${source === '' ? '整改事项' : `${source}审议意见`}的函`),
    addressee: governmentName(input.orgName),
    body: [
      { kind: 'paragraph', text: intro },
      heading('一、存在的问题'),
      ...textParagraphs(texts.problems),
      heading('二、审议意见'),
      ...textParagraphs(texts.requirements),
      heading('三、办理要求'),
      { kind: 'paragraph', text: deadlineSentences(input.items, organ) },
      { kind: 'paragraph', text: '特此函告。' },
    ],
    date: formatChineseDate(input.date),
    copyTo: [input.unit.fullName],
  };
}

export function noticeContent(input: NoticeInput): IssuedContent {
  return input.kind === 'notice' ? notice(input) : letter(input);
}

/** 宜人常发〔2026〕1号 整改通知书（县住房和城乡建设局）.docx, without characters a file name cannot hold. */
export function issuedFileName(record: Pick<IssuedDocumentRecord, 'number' | 'kind'>, unit: string): string {
  return safeFileName(`${record.number}${ISSUED_KIND_LABELS[record.kind]}（${unit}）.docx`);
}
