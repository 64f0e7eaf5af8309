// Use cases of a round's Word documents: 打印测评表 (the ballot form) and 导出结果通报 (the numbered results
// notice). The docx layer is loaded here, on demand, so that no window downloads it before it makes a document.
import type { ActivityRecord, XunpingDb } from '../../db/database';
import { freezeNotice, numberForDocument } from '../../db/repositories/documentNumbers';
import { loadSettings } from '../../db/repositories/settings';
import { NotFoundError } from '../../db/errors';
import { DomainError } from '../../domain/errors';
import { safeFileName } from '../../domain/fileName';
import { assertDocumentReady } from '../../domain/settings/readiness';
import type { Settings } from '../../domain/settings/settings';
import { noticeNumberRequest, type NoticeSnapshot } from '../../domain/votes/notice';
import { RoundActionError } from '../../domain/votes/roundActionError';
import type { VoteRound } from '../../domain/votes/roundRecord';
import type { Command, Services } from '../runtime/services';
import { assertFingerprintIntact } from './votesFingerprint';

interface Loaded {
  settings: Settings;
  activity: ActivityRecord;
  round: VoteRound;
}

async function load(db: XunpingDb, roundId: string): Promise<Loaded> {
  const round = await db.voteRounds.get(roundId);
  if (!round) throw new NotFoundError('该测评');
  const activity = await db.activities.get(round.activityId);
  if (!activity) throw new NotFoundError('该活动');
  return { settings: await loadSettings(db), activity, round };
}

function contextOf({ settings, activity, round }: Loaded) {
  return {
    orgName: settings.orgName,
    fonts: settings.fonts,
    activity,
    round,
    rectification: settings.rectification,
  };
}

/** Saves the .docx through the desktop; the line to show, or null when the user cancelled. */
async function save(desktop: Services['desktop'], title: string, data: Uint8Array): Promise<string | null> {
  const fileName = safeFileName(`${title}.docx`);
  const saved = await desktop.saveFile({
    suggestedName: fileName,
    data,
    filters: [{ name: 'Word 文档', extensions: ['docx'] }],
  });
  if (!saved.saved) return null;
  return saved.path ? `已保存到 ${saved.path}` : `已导出：${fileName}`;
}

/** 满意度测评表 (or 评分表), one form per rater group; needs the 发文机关标志. */
export const saveBallotForm: Command<{ roundId: string }, string | null> = async (
  { db, documents, desktop },
  { roundId },
) => {
  const loaded = await load(db, roundId);
  assertDocumentReady(loaded.settings, 'unnumbered');
  const { ballotFormTitle } = await import('../../documents/votes/context');
  const data = await documents.docx('ballotForm', contextOf(loaded));
  return save(desktop, ballotFormTitle(loaded.round), data);
};

/**
 * 测评结果通报 of a published round, numbered prefix〔year〕N号 from the register shared with every numbered
 * document of the prefix: the first export takes the next number of the year, later exports print the same one.
 * Refused, before a number is taken, when the ballots no longer give the fingerprint frozen at 公布.
 */
export const saveResultsNotice: Command<{ roundId: string; addressee: string }, string | null> = async (
  services,
  { roundId, addressee },
) => {
  const { db, clock, documents, desktop } = services;
  const to = addressee.trim();
  if (!to) {
    const message = '请填写主送机关，例如：各被评议单位';
    throw new DomainError('common.invalidInput', { message }, { addressee: message });
  }
  const loaded = await load(db, roundId);
  assertDocumentReady(loaded.settings, 'notice');
  const request = noticeNumberRequest(loaded.round, loaded.settings.noticePrefix);
  if (!request || loaded.round.stage !== 'published') throw new RoundActionError('votes.notPublished');
  await assertFingerprintIntact(services, roundId);
  const number = await numberForDocument(db, request, clock.now());
  // one text per number: what it was numbered with, whatever is typed or set now
  const frozen = await freezeNotice(db, number, snapshotOf(loaded, to));
  const { noticeTitle } = await import('../../documents/votes/context');
  const context = {
    ...contextOf(loaded),
    orgName: frozen.orgName,
    fonts: frozen.fonts,
    activity: frozen.activity,
    ...(frozen.rectification ? { rectification: frozen.rectification } : {}),
  };
  const data = await documents.docx('resultsNotice', context, {
    prefix: request.prefix,
    sequence: number.sequence,
    addressee: frozen.addressee,
  });
  const line = await save(desktop, noticeTitle(loaded.round), data);
  if (line === null || frozen.addressee === to) return line;
  return `${line}。已编号的通报按取号时的文本导出（主送：${frozen.addressee}）`;
};

function snapshotOf({ settings, activity }: Loaded, addressee: string): NoticeSnapshot {
  const { planDays, reportMonths } = settings.rectification;
  return {
    addressee,
    orgName: settings.orgName,
    fonts: settings.fonts,
    activity: { kind: activity.kind, title: activity.title, date: activity.date },
    rectification: { planDays, reportMonths },
  };
}
