// 票决结果公告 in the GB/T 9704 文件格式: 标志, 发文字号, title, the text of announcementContent with every
// candidate's votes, the rules used, signature and 成文日期, 版记.
import type { Document } from 'docx';
import type { AnnouncementInput } from '../../domain/projects/announcement';
import type { CalendarDate } from '../../domain/time';
import type { ColophonSpec } from '../gbt9704';
import type { ProjectDocContext } from './context';

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

/** 宜人常发〔2027〕3号 */
export function announcementNumber(
  options: Pick<AnnouncementOptions, 'prefix' | 'sequence' | 'date'>,
): string {
  void options;
  throw new Error('not implemented yet');
}

export function projectAnnouncementDocument(
  ctx: ProjectDocContext,
  input: AnnouncementInput,
  options: AnnouncementOptions,
): Document {
  void ctx;
  void input;
  void options;
  throw new Error('not implemented yet');
}
