// Use cases of the project vote's documents: 打印选票 (the ballot of the round to be voted, or of the first vote
// before it starts), 导出票决结果公告 (numbered from the register like the 测评结果通报: the first export takes the
// next number of the year, later exports print the same one) and the 台账 in Word or Excel. The files are built by
// projectFiles.ts from plain values; this file loads them from storage.
import { assertProjectFingerprintIntact } from './projectFingerprint';
import type { ActivityRecord, XunpingDb } from '../../db/database';
import { freezeOnNumber, numberForDocument } from '../../db/repositories/documentNumbers';
import type { AnnouncementSnapshot } from '../../domain/projects/announcement';
import type { ProjectRound } from '../../domain/projects/projectRound';
import type { Settings } from '../../domain/settings/settings';
import { listCandidates } from '../../db/repositories/projectCandidates';
import { listProjectBallots, listProjectRounds } from '../../db/repositories/projectRounds';
import { finalChoice } from '../../domain/projects/runoff';
import { loadSettings } from '../../db/repositories/settings';
import { NotFoundError } from '../../db/errors';
import { DomainError } from '../../domain/errors';
import { countsOf } from '../../domain/projects/projectLifecycle';
import { assertDocumentReady } from '../../domain/settings/readiness';
import { toCalendarDate } from '../../domain/time';
import { listProjectItems } from '../../db/repositories/projectItems';
import { listRounds } from '../../db/repositories/votes';
import { projectLedgerRows, type ProjectSatisfaction } from '../../domain/projects/ledger';
import { TIER_LABELS } from '../../domain/votes/tiers';
import type { Command } from '../runtime/services';
import {
  projectAnnouncementFile,
  projectBallotFile,
  projectLedgerFile,
  saveProjectFile,
} from './projectFiles';
import type { BuiltFile } from './rectificationFiles';

/** 宜丰县人民代表大会常务委员会 → 宜丰县: the place the projects are for. */
export function placeOf(orgName: string): string {
  return orgName.replace(/人民代表大会常务委员会$|人大常委会$/, '');
}

/** 宜丰县2027年民生实事项目. */
export function projectSubject(orgName: string, activity: ActivityRecord): string {
  return `${placeOf(orgName)}${activity.project?.year ?? ''}年民生实事项目`;
}

/** The line to show after a save, or null when the user cancelled. */
async function save(desktop: Parameters<typeof saveProjectFile>[0], file: BuiltFile): Promise<string | null> {
  const saved = await saveProjectFile(desktop, file);
  if (!saved.saved) return null;
  return saved.path ? `已保存到 ${saved.path}` : `已导出：${saved.fileName}`;
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
  return save(desktop, await projectBallotFile(input));
};

/** The 票决结果公告 of a published round, numbered from the register of the notice prefix. */
export const saveProjectAnnouncement: Command<{ roundId: string }, string | null> = async (
  services,
  { roundId },
) => {
  const { db, desktop, clock } = services;
  const round = await db.projectRounds.get(roundId);
  if (!round) throw new NotFoundError('该票决');
  const activity = await db.activities.get(round.activityId);
  if (!activity?.project) throw new NotFoundError('该活动');
  const published = round.published;
  if (!published || !round.counts) {
    throw new DomainError('projects.refused', { message: '票决结果公布后才能导出票决结果公告' });
  }
  await assertProjectFingerprintIntact(services, roundId);
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
  // one text per number: what it was numbered with, whatever the settings, the activity or a unit's name say now
  const frozen = await freezeOnNumber(
    db,
    number,
    'announcement',
    await announcementSnapshot(db, settings, activity, round),
  );
  const unitOf = new Map(frozen.candidates.map((c) => [c.unitId, c.unit]));
  const file = await projectAnnouncementFile(
    { orgName: frozen.orgName, fonts: frozen.fonts },
    {
      subject: frozen.subject,
      meetingName: frozen.meetingName,
      meetingDate: frozen.meetingDate,
      candidates: frozen.candidates,
      ...(frozen.earlierChosen ? { earlierChosen: frozen.earlierChosen } : {}),
      unitName: (id) => unitOf.get(id) ?? '',
      rules: round.rules,
      round: round.counts,
      counts,
      decision: published.decision,
    },
    { prefix: number.prefix, sequence: number.sequence, date },
  );
  return save(desktop, file);
};

/** What the 公告 of `round` prints today besides its frozen result, to be stored with its number. */
async function announcementSnapshot(
  db: XunpingDb,
  settings: Pick<Settings, 'orgName' | 'fonts'>,
  activity: ActivityRecord,
  round: ProjectRound,
): Promise<AnnouncementSnapshot> {
  const byId = new Map((await listCandidates(db, activity.id)).map((c) => [c.id, c]));
  const unitName = await unitNames(db);
  return {
    orgName: settings.orgName,
    fonts: settings.fonts,
    subject: projectSubject(settings.orgName, activity),
    meetingName: activity.project?.meetingName || settings.orgName,
    meetingDate: activity.date,
    ...(round.rules.runoff ? { earlierChosen: await earlierChosen(db, round, byId) } : {}),
    candidates: round.candidateIds.flatMap((id) => {
      const c = byId.get(id);
      return c
        ? [{ id, name: c.name, unitId: c.unitId, unit: unitName(c.unitId), budgetWan: c.budgetWan }]
        : [];
    }),
  };
}

/** The names of the projects chosen by the votes of the activity before `round` (a 再次票决), in order. */
async function earlierChosen(
  db: XunpingDb,
  round: ProjectRound,
  byId: ReadonlyMap<string, { name: string }>,
): Promise<string[]> {
  const earlier = (await listProjectRounds(db, round.activityId)).filter(
    (r) => r.number < round.number && r.published,
  );
  const decisions = earlier.flatMap((r) => (r.published ? [r.published.decision] : []));
  return finalChoice(decisions).chosen.map((id) => byId.get(id)?.name ?? '');
}

/** The deputies' rating of each finished project (人大评), from the published satisfaction rounds, latest last. */
async function satisfactionOf(db: XunpingDb, activityId: string): Promise<Map<string, ProjectSatisfaction>> {
  const ratings = new Map<string, ProjectSatisfaction>();
  for (const round of await listRounds(db, activityId)) {
    if (round.subjectKind !== 'project' || !round.published) continue;
    for (const subject of round.published.result.subjects) {
      const refId = round.subjects.find((x) => x.id === subject.subjectId)?.refId;
      if (!refId) continue;
      ratings.set(refId, {
        rate: subject.satisfactionRate?.value ?? null,
        outcome: subject.outcome ? TIER_LABELS[subject.outcome] : null,
      });
    }
  }
  return ratings;
}

/** 民生实事项目推进情况台账: every chosen project in ballot order, its status, latest note and rating. */
export const saveProjectLedger: Command<
  { activityId: string; format: 'docx' | 'xlsx' },
  string | null
> = async ({ db, desktop, clock }, { activityId, format }) => {
  const activity = await db.activities.get(activityId);
  if (!activity?.project) throw new NotFoundError('该活动');
  const settings = await loadSettings(db);
  assertDocumentReady(settings, 'unnumbered');
  const items = new Map((await listProjectItems(db, activityId)).map((i) => [i.id, i]));
  if (items.size === 0) {
    throw new DomainError('projects.refused', { message: '还没有选出的项目，票决结果公布后才有台账' });
  }
  const ratings = await satisfactionOf(db, activityId);
  const entries = (await listCandidates(db, activityId)).flatMap((candidate) => {
    const followUp = items.get(candidate.id);
    return followUp ? [{ candidate, followUp, satisfaction: ratings.get(candidate.id) ?? null }] : [];
  });
  const spec = {
    fonts: settings.fonts,
    orgName: settings.orgName,
    subject: `${activity.project.year}年民生实事项目`,
    today: toCalendarDate(clock.now()),
    rows: projectLedgerRows(entries, await unitNames(db)),
  };
  return save(desktop, await projectLedgerFile(spec, format, clock.now()));
};
