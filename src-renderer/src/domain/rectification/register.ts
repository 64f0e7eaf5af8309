// 发文登记: every number ever taken, per prefix and year, with what it was used for — a 整改通知书 or 审议意见交办函
// (stored with its frozen text) or a 测评结果通报 (numbered from the same registry when first exported) — and its
// status (有效, or 作废 with the reason). Pure: the caller reads the registry, the issued documents and the rounds.

import { defaultAddressee } from '../votes/notice';
import type { VoteRound } from '../votes/roundRecord';
import type { ActivityKind } from '../activity/activity';
import type { SheetCell, SheetSpec } from '../sheet';
import { formatChineseDate } from '../time';
import { ISSUED_KIND_LABELS, type IssuedDocumentRecord } from './issuedContent';
import { formatted, type IssuedNumber, type NumberStatus } from './numberRegistry';
import { compareText } from './text';

export const REGISTER_TITLE = '发文登记';

export const REGISTER_STATUS_LABELS: Record<NumberStatus, string> = { issued: '有效', voided: '作废' };

/** The kind of a number whose document is not known here (e.g. a restored registry without its document). */
export const UNKNOWN_KIND = '其他';
export const RESULTS_NOTICE_KIND = '测评结果通报';
export const PROJECT_ANNOUNCEMENT_KIND = '票决结果公告';

export type RegisterLink =
  | { kind: 'item'; itemId: string; label: string }
  | { kind: 'round'; activityId: string; roundId: string; label: string }
  | { kind: 'activity'; activityId: string; label: string };

export interface RegisterEntry {
  /** prefix|year|sequence */
  key: string;
  prefix: string;
  year: number;
  sequence: number;
  /** 宜人常发〔2026〕3号 */
  number: string;
  /** yyyy-mm-dd: the 成文日期 of an issued document, else the day the number was taken. */
  date: string;
  kind: string;
  /** 主送机关 */
  addressee: string;
  title: string;
  status: NumberStatus;
  voidReason: string;
  voidedOn: string | null;
  link: RegisterLink | null;
}

export type RegisterDocument = Pick<
  IssuedDocumentRecord,
  'id' | 'kind' | 'itemIds' | 'unitId' | 'issuedOn' | 'content'
>;

export interface RegisterSources {
  numbers: readonly IssuedNumber[];
  documents: readonly RegisterDocument[];
  rounds: readonly Pick<VoteRound, 'id' | 'activityId' | 'title' | 'subjectKind' | 'subjects'>[];
  /** The project vote rounds whose 票决结果公告 hold a number. */
  projectRounds?: readonly { id: string; activityId: string; title: string }[];
  activityKinds: Readonly<Record<string, ActivityKind>>;
  /** Unit id → short name, for the link to an item. */
  unitNames: Readonly<Record<string, string>>;
}

/** The round whose 测评结果通报 holds a number (see votes/notice.ts noticeNumberRequest), or null. */
export function resultsNoticeRoundId(documentId: string): string | null {
  return /^round:(.+):results-notice$/.exec(documentId)?.[1] ?? null;
}

/** The project vote round whose 票决结果公告 holds a number (app/commands/projectDocuments), or null. */
export function projectAnnouncementRoundId(documentId: string): string | null {
  return /^projectRound:(.+):announcement$/.exec(documentId)?.[1] ?? null;
}

/** A title as one line (the printed title breaks into lines). */
function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, '');
}

function describe(entry: IssuedNumber, sources: RegisterSources) {
  const document = sources.documents.find((doc) => doc.id === entry.documentId);
  if (document) {
    const itemId = document.itemIds[0];
    return {
      date: document.issuedOn,
      kind: ISSUED_KIND_LABELS[document.kind],
      addressee: document.content.addressee,
      title: oneLine(document.content.title),
      link:
        itemId === undefined
          ? null
          : { kind: 'item' as const, itemId, label: sources.unitNames[document.unitId] ?? '整改事项' },
    };
  }
  const roundId = resultsNoticeRoundId(entry.documentId);
  const round = roundId === null ? undefined : sources.rounds.find((r) => r.id === roundId);
  if (round) {
    const activityKind = sources.activityKinds[round.activityId] ?? 'evaluation';
    return {
      date: entry.issuedOn,
      kind: RESULTS_NOTICE_KIND,
      // the 主送机关 stored with the number when it was taken (see votes/notice.ts NoticeSnapshot)
      addressee: entry.notice?.addressee ?? defaultAddressee({ activity: { kind: activityKind }, round }),
      title: `关于${round.title}结果的通报`,
      link: { kind: 'round' as const, activityId: round.activityId, roundId: round.id, label: round.title },
    };
  }
  const projectRoundId = projectAnnouncementRoundId(entry.documentId);
  const projectRound = sources.projectRounds?.find((r) => r.id === projectRoundId);
  if (projectRoundId !== null) {
    return {
      date: entry.issuedOn,
      kind: PROJECT_ANNOUNCEMENT_KIND,
      // a 公告 is addressed to the public, not to a 主送机关
      addressee: '',
      title: projectRound ? `关于${projectRound.title}结果的公告` : '',
      link: projectRound
        ? { kind: 'activity' as const, activityId: projectRound.activityId, label: projectRound.title }
        : null,
    };
  }
  return {
    date: entry.issuedOn,
    kind: roundId === null ? UNKNOWN_KIND : RESULTS_NOTICE_KIND,
    addressee: '',
    title: '',
    link: null,
  };
}

/** Every number, newest year first, then by prefix, then in sequence order. */
export function registerEntries(sources: RegisterSources): RegisterEntry[] {
  return [...sources.numbers]
    .sort((a, b) => b.year - a.year || compareText(a.prefix, b.prefix) || a.sequence - b.sequence)
    .map((entry) => ({
      key: `${entry.prefix}|${entry.year}|${entry.sequence}`,
      prefix: entry.prefix,
      year: entry.year,
      sequence: entry.sequence,
      number: formatted(entry),
      status: entry.status,
      voidReason: entry.voidReason ?? '',
      voidedOn: entry.voidedOn ?? null,
      ...describe(entry, sources),
    }));
}

export interface RegisterFilter {
  prefix: string | null;
  year: number | null;
  /** Matched against the number, kind, 主送机关, title, link and void reason; blank matches all. */
  search: string;
}

export function filterRegister(entries: readonly RegisterEntry[], filter: RegisterFilter): RegisterEntry[] {
  const words = filter.search
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  return entries.filter((entry) => {
    if (filter.prefix !== null && entry.prefix !== filter.prefix) return false;
    if (filter.year !== null && entry.year !== filter.year) return false;
    const text = [
      entry.number,
      entry.kind,
      entry.addressee,
      entry.title,
      entry.link?.label ?? '',
      entry.voidReason,
      REGISTER_STATUS_LABELS[entry.status],
    ]
      .join(' ')
      .toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** 有效 / 作废（原因：…） */
export function registerStatusText(entry: Pick<RegisterEntry, 'status' | 'voidReason' | 'voidedOn'>): string {
  if (entry.status === 'issued') return REGISTER_STATUS_LABELS.issued;
  const when = entry.voidedOn === null ? '' : `${formatChineseDate(entry.voidedOn)}`;
  return `作废（${when}${when && entry.voidReason ? '，' : ''}${entry.voidReason ? `原因：${entry.voidReason}` : ''}）`;
}

/** The register's title: 发文登记（宜人常发〔2026〕） / 发文登记（2026年） / 发文登记. */
export function registerTitle(filter: Pick<RegisterFilter, 'prefix' | 'year'>, orgName = ''): string {
  const scope =
    filter.prefix !== null && filter.year !== null
      ? `（${filter.prefix}〔${filter.year}〕）`
      : filter.prefix !== null
        ? `（${filter.prefix}）`
        : filter.year !== null
          ? `（${filter.year}年）`
          : '';
  return `${orgName.trim()}${REGISTER_TITLE}${scope}`;
}

export const REGISTER_HEADERS = [
  '发文字号',
  '成文日期',
  '文种',
  '主送机关',
  '标题',
  '状态',
  '作废原因',
  '关联',
];

/** The register as one worksheet: a title row, real dates, landscape A4 with the header repeated. */
export function registerSheet(entries: readonly RegisterEntry[], title: string): SheetSpec {
  return {
    name: REGISTER_TITLE,
    title,
    headers: [...REGISTER_HEADERS],
    rows: entries.map((entry): SheetCell[] => [
      entry.number,
      { date: entry.date },
      entry.kind,
      entry.addressee,
      entry.title,
      REGISTER_STATUS_LABELS[entry.status],
      entry.voidReason,
      entry.link?.label ?? '',
    ]),
    columnWidths: [24, 16, 16, 24, 48, 8, 30, 30],
    print: { landscape: true, wrap: true },
  };
}
