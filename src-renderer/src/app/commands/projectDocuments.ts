// Use cases of the project vote's Word documents: 打印选票 (the ballot of the round to be voted, or of the first
// vote before it starts) and 导出票决结果公告 (numbered from the register like the 测评结果通报: the first export
// takes the next number of the year, later exports print the same one). The docx layer loads on demand.
import type { ActivityRecord, XunpingDb } from '../../db/database';
import { numberForDocument } from '../../db/repositories/documentNumbers';
import { listCandidates } from '../../db/repositories/projectCandidates';
import { listProjectBallots, listProjectRounds } from '../../db/repositories/projectRounds';
import { loadSettings } from '../../db/repositories/settings';
import { NotFoundError } from '../../db/errors';
import { DomainError } from '../../domain/errors';
import { safeFileName } from '../../domain/fileName';
import { countsOf } from '../../domain/projects/projectLifecycle';
import { assertDocumentReady } from '../../domain/settings/readiness';
import { toCalendarDate } from '../../domain/time';
import type { Command, Services } from '../runtime/services';

/** 宜丰县人民代表大会常务委员会 → 宜丰县: the place the projects are for. */
export function placeOf(orgName: string): string {
  return orgName.replace(/人民代表大会常务委员会$|人大常委会$/, '');
}

/** 宜丰县2027年民生实事项目. */
export function projectSubject(orgName: string, activity: ActivityRecord): string {
  return `${placeOf(orgName)}${activity.project?.year ?? ''}年民生实事项目`;
}

async function saveDocx(
  desktop: Services['desktop'],
  title: string,
  data: Uint8Array,
): Promise<string | null> {
  const fileName = safeFileName(`${title}.docx`);
  const saved = await desktop.saveFile({
    suggestedName: fileName,
    data,
    filters: [{ name: 'Word 文档', extensions: ['docx'] }],
  });
  if (!saved.saved) return null;
  return saved.path ? `已保存到 ${saved.path}` : `已导出：${fileName}`;
}

async function unitNames(db: XunpingDb): Promise<(id: string) => string> {
  const units = new Map((await db.units.toArray()).map((u) => [u.id, u.fullName]));
  return (id) => units.get(id) ?? '';
}

/**
 * The printable ballot: of `roundId`, or (null) of the vote about to start: every candidate in ballot order,
 * or the set-up 再次票决's tied candidates.
 */
export const saveProjectBallot: Command<
  { activityId: string; roundId: string | null },
  string | null
> = async ({ db, desktop }, { activityId, roundId }) => {
  const activity = await db.activities.get(activityId);
  if (!activity?.project) throw new NotFoundError('该票决');
  const settings = await loadSettings(db);
  assertDocumentReady(settings, 'unnumbered');
  const candidates = await listCandidates(db, activityId);
  if (candidates.length === 0) {
    throw new DomainError('projects.refused', { message: '还没有候选项目，请先添加或导入候选项目' });
  }
  const round = roundId ? await db.projectRounds.get(roundId) : null;
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const onBallot = round ? round.candidateIds.flatMap((id) => byId.get(id) ?? []) : candidates;
  const places = round?.rules.places ?? activity.project.places;
  if (places >= onBallot.length && !round?.rules.runoff) {
    const message = `限选 ${places} 项，不少于候选项目的 ${onBallot.length} 个，票决没有差额；请添加候选项目或减少限选项数`;
    throw new DomainError('projects.refused', { message });
  }
  const { projectBallotDocument, projectBallotTitle } = await import('../../documents/projects');
  const { toBytes } = await import('../../documents/pack');
  const input = {
    orgName: settings.orgName,
    fonts: settings.fonts,
    subject: projectSubject(settings.orgName, activity),
    meetingName: activity.project.meetingName,
    meetingDate: activity.date,
    candidates: onBallot,
    unitName: await unitNames(db),
    places,
    runoff: round?.rules.runoff ?? false,
  };
  return saveDocx(desktop, projectBallotTitle(input), await toBytes(projectBallotDocument(input)));
};

/** The 票决结果公告 of a published round, numbered from the register of the notice prefix. */
export const saveProjectAnnouncement: Command<{ roundId: string }, string | null> = async (
  { db, desktop, clock },
  { roundId },
) => {
  const round = await db.projectRounds.get(roundId);
  if (!round) throw new NotFoundError('该票决');
  const activity = await db.activities.get(round.activityId);
  if (!activity?.project) throw new NotFoundError('该活动');
  const published = round.published;
  if (!published || !round.counts) {
    throw new DomainError('projects.refused', { message: '票决结果公布后才能导出票决结果公告' });
  }
  const settings = await loadSettings(db);
  assertDocumentReady(settings, 'notice');
  const counts = countsOf(round, await listProjectBallots(db, roundId));
  if (!counts) throw new DomainError('projects.refused', { message: '还没有录入汇总数' });
  const date = toCalendarDate(published.publishedAt);
  const year = Number(date.slice(0, 4));
  const request = {
    prefix: settings.noticePrefix,
    year,
    documentId: `projectRound:${round.id}:announcement`,
  };
  const number = await numberForDocument(db, request, clock.now());
  const candidates = await listCandidates(db, activity.id);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const rounds = await listProjectRounds(db, activity.id);
  const { projectAnnouncementDocument } = await import('../../documents/projects');
  const { toBytes } = await import('../../documents/pack');
  const subject = projectSubject(settings.orgName, activity);
  const doc = projectAnnouncementDocument(
    { orgName: settings.orgName, fonts: settings.fonts },
    {
      subject,
      meetingName: activity.project.meetingName || settings.orgName,
      meetingDate: activity.date,
      candidates: round.candidateIds.flatMap((id) => byId.get(id) ?? []),
      unitName: await unitNames(db),
      rules: round.rules,
      round: round.counts,
      counts,
      decision: published.decision,
    },
    { prefix: settings.noticePrefix, sequence: number.sequence, date },
  );
  const title = `${subject}${round.number > 1 && rounds.length > 1 ? '再次' : ''}票决结果公告`;
  return saveDocx(desktop, title, await toBytes(doc));
};
