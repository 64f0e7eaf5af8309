// Builds the votes documents as .docx bytes and saves them through the desktop (a save dialog in Electron, a
// download in the browser). No React here: RoundDocumentButtons calls these.
import type { ActivityRecord } from '../../db/database';
import type { Settings } from '../../domain/settings/settings';
import type { VoteRound } from '../../domain/votes/roundRecord';
import {
  ballotFormDocument,
  ballotFormTitle,
  docxFileName,
  noticeTitle,
  resultsNoticeDocument,
  type VotesDocContext,
} from '../../documents/votes';
import { toBytes } from '../../documents/pack';
import { desktop } from '../../platform/desktop';

function contextOf(settings: Settings, activity: ActivityRecord, round: VoteRound): VotesDocContext {
  return {
    orgName: settings.orgName,
    fonts: settings.fonts,
    activity,
    round,
    rectification: settings.rectification,
  };
}

async function save(fileName: string, data: Uint8Array): Promise<string | null> {
  const saved = await desktop().saveFile({
    suggestedName: fileName,
    data,
    filters: [{ name: 'Word 文档', extensions: ['docx'] }],
  });
  if (!saved.saved) return null;
  return saved.path ? `已保存到 ${saved.path}` : `已导出：${fileName}`;
}

/** 满意度测评表 (or 评分表): one form per rater group. Resolves to the line to show, or null when cancelled. */
export async function saveBallotForm(
  settings: Settings,
  activity: ActivityRecord,
  round: VoteRound,
): Promise<string | null> {
  const data = await toBytes(ballotFormDocument(contextOf(settings, activity, round)));
  return save(docxFileName(ballotFormTitle(round)), data);
}

/** 测评结果通报 of a published round, numbered prefix〔year〕sequence号. */
export async function saveResultsNotice(
  settings: Settings,
  activity: ActivityRecord,
  round: VoteRound,
  options: { sequence: number; addressee: string },
): Promise<string | null> {
  const doc = resultsNoticeDocument(contextOf(settings, activity, round), {
    prefix: settings.noticePrefix,
    ...options,
  });
  return save(docxFileName(noticeTitle(round)), await toBytes(doc));
}
