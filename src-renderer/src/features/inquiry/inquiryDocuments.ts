// Reads what the inquiry documents need from the database and builds them as .docx bytes, in the renderer.
// No React here: the export buttons call these, and a unit test renders the demo's documents with them.
import type { XunpingDb } from '../../db/database';
import { NotFoundError } from '../../db/errors';
import { listAgenda } from '../../db/repositories/agenda';
import { loadConsoleState } from '../../db/repositories/console';
import { listQuestions } from '../../db/repositories/questions';
import { loadSettings } from '../../db/repositories/settings';
import { computeMinutes } from '../../domain/inquiry/minutes';
import {
  agendaDocument,
  inquiryFileName,
  minutesDocument,
  questionListDocument,
  type InquiryDocContext,
} from '../../documents/inquiry';
import { toBytes } from '../../documents/pack';

/** Documents carry the organ's name; without it in the settings they are not written. */
export class MissingOrgNameError extends Error {
  constructor() {
    super('设置中还没有填写发文机关名称（例如：宜丰县人民代表大会常务委员会），文档无法署名。');
    this.name = 'MissingOrgNameError';
  }
}

export interface BuiltDocument {
  fileName: string;
  data: Uint8Array;
}

/** The settings, the activity and the names of every person and unit, as the document builders take them. */
export async function loadDocContext(db: XunpingDb, activityId: string): Promise<InquiryDocContext> {
  const [settings, activity, people, units] = await Promise.all([
    loadSettings(db),
    db.activities.get(activityId),
    db.people.toArray(),
    db.units.toArray(),
  ]);
  if (!activity) throw new NotFoundError('该活动');
  if (settings.orgName.trim() === '') throw new MissingOrgNameError();
  return {
    orgName: settings.orgName,
    fonts: settings.fonts,
    activity,
    people: people.map(({ id, name, title }) => ({ id, name, title })),
    units: units.map(({ id, fullName, shortName }) => ({ id, fullName, shortName })),
  };
}

export async function buildAgendaDocx(db: XunpingDb, activityId: string): Promise<BuiltDocument> {
  const ctx = await loadDocContext(db, activityId);
  const doc = agendaDocument(ctx, await listAgenda(db, activityId));
  return { fileName: inquiryFileName(ctx, '会议程'), data: await toBytes(doc) };
}

export async function buildQuestionListDocx(db: XunpingDb, activityId: string): Promise<BuiltDocument> {
  const ctx = await loadDocContext(db, activityId);
  const doc = questionListDocument(ctx, await listQuestions(db, activityId));
  return { fileName: inquiryFileName(ctx, '题目单'), data: await toBytes(doc) };
}

/** The minutes as the console's log stands at `now`; clock times in `timeZone` (the PC's when left out). */
export async function buildMinutesDocx(
  db: XunpingDb,
  activityId: string,
  now: number,
  timeZone?: string,
): Promise<BuiltDocument> {
  const ctx = await loadDocContext(db, activityId);
  const minutes = computeMinutes(await loadConsoleState(db, activityId), now);
  const doc = minutesDocument(ctx, minutes, { now, ...(timeZone ? { timeZone } : {}) });
  return { fileName: inquiryFileName(ctx, '会议记录'), data: await toBytes(doc) };
}
