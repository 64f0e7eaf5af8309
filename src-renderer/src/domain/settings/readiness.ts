// What a document needs from 设置 before it can be made, defined once: commands refuse with it, and screens
// call it to explain in place (with a link to 设置) before the user even tries.
import { DomainError } from '../errors';
import type { Settings } from './settings';

/** What a kind of document needs: its 机关 name, and a prefix when it takes a number. */
export type DocumentNeed = 'orgName' | 'letterPrefix' | 'noticePrefix';

export const NEED_LABELS: Record<DocumentNeed, string> = {
  orgName: '发文机关标志（例如：宜丰县人民代表大会常务委员会）',
  letterPrefix: '函的发文字号前缀（例如：宜人常函）',
  noticePrefix: '通知的发文字号前缀（例如：宜人常发）',
};

/** Which documents need what. An unnumbered document (agenda, question list, minutes, ballot form) needs only the 机关. */
export const DOCUMENT_NEEDS = {
  unnumbered: ['orgName'],
  letter: ['orgName', 'letterPrefix'],
  notice: ['orgName', 'noticePrefix'],
} as const satisfies Record<string, readonly DocumentNeed[]>;

export type DocumentKindNeeds = keyof typeof DOCUMENT_NEEDS;

/** The settings still missing for a kind of document; empty when it can be made. */
export function missingSettings(settings: Settings, kind: DocumentKindNeeds): DocumentNeed[] {
  return DOCUMENT_NEEDS[kind].filter((need) => settings[need].trim() === '');
}

/** Every document can be made: the 机关 and both prefixes are filled (the first-run checklist's first step). */
export function settingsReadyForAll(settings: Settings): boolean {
  return (Object.keys(NEED_LABELS) as DocumentNeed[]).every((need) => settings[need].trim() !== '');
}

/** Throws a DomainError ('settings.missing') naming what to fill in, when anything is missing. */
export function assertDocumentReady(settings: Settings, kind: DocumentKindNeeds): void {
  const missing = missingSettings(settings, kind);
  if (missing.length > 0) {
    throw new DomainError('settings.missing', { what: missing.map((need) => NEED_LABELS[need]).join('、') });
  }
}
