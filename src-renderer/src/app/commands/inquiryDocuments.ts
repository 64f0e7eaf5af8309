// Use cases of an inquiry's Word documents: 议程, 题目单 and 会议记录, built from what is stored and saved
// through the desktop. The files are made by services.documents (a Web Worker in the app); only the file names
// come from the documents layer here, loaded on demand (never by a screen): the console and the projector
// windows do not download it.
import type { SaveFileResult } from '../../../../src-main/contract';
import { NotFoundError } from '../../db/errors';
import { listAgenda } from '../../db/repositories/agenda';
import { loadConsoleState } from '../../db/repositories/console';
import { listQuestions } from '../../db/repositories/questions';
import { loadSettings } from '../../db/repositories/settings';
import type { XunpingDb } from '../../db/database';
import type { InquiryDocContext } from '../../documents/inquiry';
import { computeMinutes } from '../../domain/inquiry/minutes';
import { assertDocumentReady } from '../../domain/settings/readiness';
import type { Command } from '../runtime/services';

export type InquiryDocumentKind = 'agenda' | 'questionList' | 'minutes';

export interface BuiltDocument {
  fileName: string;
  data: Uint8Array;
}

export interface InquiryDocumentInput {
  activityId: string;
  kind: InquiryDocumentKind;
  /** the time zone of the minutes' clock times; the PC's own when left out */
  timeZone?: string;
}

const WORD_FILTERS = [{ name: 'Word 文档', extensions: ['docx'] }];

/** The settings, the activity and the names of every person and unit, as the document builders take them. */
async function loadDocContext(db: XunpingDb, activityId: string): Promise<InquiryDocContext> {
  const [settings, activity, people, units] = await Promise.all([
    loadSettings(db),
    db.activities.get(activityId),
    db.people.toArray(),
    db.units.toArray(),
  ]);
  if (!activity) throw new NotFoundError('该活动');
  assertDocumentReady(settings, 'unnumbered');
  return {
    orgName: settings.orgName,
    fonts: settings.fonts,
    activity,
    people: people.map(({ id, name, title }) => ({ id, name, title })),
    units: units.map(({ id, fullName, shortName }) => ({ id, fullName, shortName })),
  };
}

/** Builds the .docx; the minutes hold the figures as the console's log stands at the clock's time. */
export const buildInquiryDocument: Command<InquiryDocumentInput, BuiltDocument> = async (
  { db, clock, documents },
  { activityId, kind, timeZone },
) => {
  const ctx = await loadDocContext(db, activityId);
  const { inquiryFileName } = await import('../../documents/inquiry/context');
  if (kind === 'agenda') {
    const data = await documents.docx('agenda', ctx, await listAgenda(db, activityId));
    return { fileName: inquiryFileName(ctx, '会议程'), data };
  }
  if (kind === 'questionList') {
    const data = await documents.docx('questionList', ctx, await listQuestions(db, activityId));
    return { fileName: inquiryFileName(ctx, '题目单'), data };
  }
  const now = clock.now();
  const minutes = computeMinutes(await loadConsoleState(db, activityId), now);
  const options = { now, ...(timeZone ? { timeZone } : {}) };
  const data = await documents.docx('minutes', ctx, minutes, options);
  return { fileName: inquiryFileName(ctx, '会议记录'), data };
};

/** Builds the document and hands it to the desktop (a save dialog in Electron, a download in the browser). */
export const exportInquiryDocument: Command<
  InquiryDocumentInput,
  SaveFileResult & { fileName: string }
> = async (services, input) => {
  const { fileName, data } = await buildInquiryDocument(services, input);
  const result = await services.desktop.saveFile({ suggestedName: fileName, data, filters: WORD_FILTERS });
  return { ...result, fileName };
};
