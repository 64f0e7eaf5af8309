import { cleanText, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, type FieldErrors } from '../validation';
import {
  DEFAULT_RECTIFICATION_SETTINGS,
  validateRectificationSettings,
  type RectificationSettings,
} from '../rectification/dueDates';
import { validateDocumentPrefix } from './documentNumber';
import { timerLengthError } from './timerLength';

export type { RectificationSettings } from '../rectification/dueDates';

/** 整改期限 on the settings page, each label with its unit. */
export const RECTIFICATION_SETTING_LABELS: Record<keyof RectificationSettings, string> = {
  planDays: '整改方案期限（天）',
  reportMonths: '整改报告期限（月）',
  dueSoonDays: '到期提醒提前（天）',
};

/**
 * Planned minutes per speaking phase; domain.md §1 gives the defaults. Fractions of whole seconds are
 * allowed (1.5 = 1:30) and 0 means no limit (the timer counts up); see timerLength.ts.
 */
export interface TimerMinutes {
  ask: number;
  answer: number;
  followUp: number;
  supplement: number;
  statement: number;
}

export const TIMER_PHASE_LABELS: Record<keyof TimerMinutes, string> = {
  ask: '提问',
  answer: '回答',
  followUp: '追问',
  supplement: '补充回答',
  statement: '表态发言',
};

export const DEFAULT_TIMER_MINUTES: TimerMinutes = {
  ask: 3,
  answer: 5,
  followUp: 2,
  supplement: 3,
  statement: 10,
};

/** Font names written into .docx files; the reader's PC supplies the fonts (documents.md). */
export interface DocumentFonts {
  /** 发文机关标志 and titles: 方正小标宋简体 */
  title: string;
  /** body text: 仿宋_GB2312 */
  body: string;
  /** 一、 headings: 黑体 */
  heading1: string;
  /** （一） headings: 楷体_GB2312 */
  heading2: string;
  /** page numbers: 宋体 */
  pageNumber: string;
  /** digits and Latin letters: Times New Roman */
  latin: string;
}

export const DEFAULT_FONTS: DocumentFonts = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
};

export const FONT_LABELS: Record<keyof DocumentFonts, string> = {
  title: '标题字体',
  body: '正文字体',
  heading1: '一级标题字体',
  heading2: '二级标题字体',
  pageNumber: '页码字体',
  latin: '数字和西文字体',
};

export interface Settings {
  /** 发文机关标志, e.g. 宜丰县人民代表大会常务委员会 */
  orgName: string;
  /** prefix of letters (函), e.g. 宜人常函 */
  letterPrefix: string;
  /** prefix of notices (发), e.g. 宜人常发 */
  noticePrefix: string;
  fonts: DocumentFonts;
  timerMinutes: TimerMinutes;
  /** 整改期限: plan and report deadlines after 交办, and how early a deadline counts as due soon. */
  rectification: RectificationSettings;
}

export const DEFAULT_SETTINGS: Settings = {
  orgName: '',
  letterPrefix: '',
  noticePrefix: '',
  fonts: DEFAULT_FONTS,
  timerMinutes: DEFAULT_TIMER_MINUTES,
  rectification: DEFAULT_RECTIFICATION_SETTINGS,
};

export type SettingsField =
  | 'orgName'
  | 'letterPrefix'
  | 'noticePrefix'
  | `fonts.${keyof DocumentFonts}`
  | `timerMinutes.${keyof TimerMinutes}`
  | `rectification.${keyof RectificationSettings}`;

export function normalizeSettings(input: Settings): Settings {
  const fonts = { ...DEFAULT_FONTS };
  for (const key of Object.keys(DEFAULT_FONTS) as (keyof DocumentFonts)[]) {
    fonts[key] = cleanText(input.fonts[key]);
  }
  return {
    orgName: cleanText(input.orgName).replace(/ /g, ''),
    letterPrefix: cleanText(input.letterPrefix).replace(/ /g, ''),
    noticePrefix: cleanText(input.noticePrefix).replace(/ /g, ''),
    fonts,
    timerMinutes: { ...input.timerMinutes },
    rectification: { ...input.rectification },
  };
}

export function validateTimerMinutes(
  minutes: TimerMinutes,
): FieldErrors<`timerMinutes.${keyof TimerMinutes}`> {
  const errors: FieldErrors<`timerMinutes.${keyof TimerMinutes}`> = {};
  for (const key of Object.keys(TIMER_PHASE_LABELS) as (keyof TimerMinutes)[]) {
    const message = timerLengthError(TIMER_PHASE_LABELS[key], minutes[key]);
    if (message) errors[`timerMinutes.${key}`] = message;
  }
  return errors;
}

export function validateSettings(input: Settings): FieldErrors<SettingsField> {
  const errors: FieldErrors<SettingsField> = {};
  if (input.orgName.length === 0) errors.orgName = '请填写发文机关名称，例如：宜丰县人民代表大会常务委员会';
  else if (input.orgName.length > MAX_TEXT_LENGTH)
    errors.orgName = `发文机关名称不能超过 ${MAX_TEXT_LENGTH} 个字`;
  const letter = validateDocumentPrefix(input.letterPrefix);
  if (letter) errors.letterPrefix = letter;
  const notice = validateDocumentPrefix(input.noticePrefix);
  if (notice) errors.noticePrefix = notice;
  for (const key of Object.keys(DEFAULT_FONTS) as (keyof DocumentFonts)[]) {
    const name = input.fonts[key];
    if (name.length === 0) errors[`fonts.${key}`] = `请填写${FONT_LABELS[key]}`;
    else if (name.length > MAX_NAME_LENGTH)
      errors[`fonts.${key}`] = `字体名称不能超过 ${MAX_NAME_LENGTH} 个字`;
  }
  const rectification = validateRectificationSettings(input.rectification);
  for (const key of Object.keys(DEFAULT_RECTIFICATION_SETTINGS) as (keyof RectificationSettings)[]) {
    const message = rectification[key];
    if (message) errors[`rectification.${key}`] = message;
  }
  return { ...errors, ...validateTimerMinutes(input.timerMinutes) };
}
