// What the project vote's documents need: the organ and fonts from the settings, and plain values of the vote
// (domain types). No database: the project screens hand in what their queries already read.
import type { CalendarDate } from '../../domain/time';
import { safeFileName } from '../../domain/fileName';
import type { ProjectCandidate } from '../../domain/projects/candidate';
import type { DocumentFonts } from '../gbt9704';

export interface ProjectDocContext {
  /** Settings.orgName, e.g. 宜丰县人民代表大会常务委员会 */
  orgName: string;
  fonts: DocumentFonts;
}

/** The printable ballot (票决票) of one round. */
export interface ProjectBallotInput extends ProjectDocContext {
  /** The vote's subject, e.g. 宜丰县2027年民生实事项目 (the title is the subject + 票决票). */
  subject: string;
  /** e.g. 宜丰县第十八届人民代表大会第二次会议; printed on the line under the title; empty to leave out. */
  meetingName: string;
  /** The day of the vote, printed at the right of that line; null to leave out. */
  meetingDate: CalendarDate | null;
  /** The round's candidates in ballot order (a runoff: only the tied ones, in their ballot order). */
  candidates: readonly Pick<
    ProjectCandidate,
    'name' | 'unitId' | 'budgetWan' | 'description' | 'plannedCompletion'
  >[];
  unitName: (id: string) => string;
  /** N: at most this many may be marked (限选N项). */
  places: number;
  /** A second vote among candidates tied at the cut-off: titled 再次票决票. */
  runoff?: boolean;
}

/** The ballot's title: 宜丰县2027年民生实事项目票决票 (再次票决票 for a runoff). */
export function projectBallotTitle(input: Pick<ProjectBallotInput, 'subject' | 'runoff'>): string {
  return `${input.subject}${input.runoff ? '再次票决票' : '票决票'}`;
}

/** A file name without the characters Windows refuses. */
export function projectFileName(title: string, extension: 'docx' | 'xlsx'): string {
  return safeFileName(`${title}.${extension}`);
}

const CJK = '\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef“”‘’';
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK}]) +| +(?=[${CJK}])`, 'g');

/**
 * Printed text: no spaces between Chinese and digits (应到 41 人 → 应到41人). The screen spaces them; a 公文 does
 * not.
 */
export function printed(text: string): string {
  return text.replace(SPACE_BY_CJK, '');
}
