// The rounds of a 民生实事项目票决: start the first vote (or a 再次票决 that was set up), enter paper ballots or
// totals, close with the returned count, publish with the fingerprint; publishing the last round turns the
// chosen projects into items to follow through the year.
import { DomainError } from '../../domain/errors';
import { startFollowUp } from '../../domain/projects/followUp';
import type { ProjectItem } from '../../domain/projects/projectItem';
import {
  checkProjectBallot,
  checkProjectClosing,
  checkProjectOpening,
  projectRefusal,
} from '../../domain/projects/projectLifecycle';
import {
  projectDoubleEntryProblems,
  projectReadingLine,
  PROJECT_PAPER_GROUP,
} from '../../domain/projects/projectDoubleEntry';
import { projectCountsText } from '../../domain/projects/projectLog';
import { checkReason } from '../../domain/votes/lifecycle';
import type { ProjectBallotEntry, ProjectRound } from '../../domain/projects/projectRound';
import { defaultProjectRules } from '../../domain/projects/projectRules';
import type { ProjectCounts } from '../../domain/projects/projectTally';
import { finalChoice, runoffSetup } from '../../domain/projects/runoff';
import type { CalendarDate, Instant } from '../../domain/time';
import type { EntryMode } from '../../domain/votes/roundRecord';
import type { GroupCounts } from '../../domain/votes/round';
import { newId, type XunpingDb } from '../database';
import { NotFoundError } from '../errors';
import { listCandidates } from './projectCandidates';

import { projectDoubleEntryOf } from './projectDoubleEntry';
import { projectRoundFingerprint } from './projectFingerprint';
import {
  listProjectBallots,
  listProjectRounds,
  logProjectRound,
  projectRoundFor,
  projectTables,
} from './projectStore';

export { listProjectBallots, listProjectRounds, projectTables };

const refused = (problems: readonly string[]) =>
  new DomainError('projects.refused', { message: problems.join('；') });

/**
 * Starts voting: the first round (every candidate in ballot order, the activity's places and denominator), or
 * the 再次票决 that was set up. `counts`: 应到, 实到, 发出.
 */
export async function startProjectRound(
  db: XunpingDb,
  activityId: string,
  counts: Omit<GroupCounts, 'returned'>,
  now: Instant,
): Promise<ProjectRound> {
  return db.transaction('rw', projectTables(db), async () => {
    const activity = await db.activities.get(activityId);
    if (!activity) throw new NotFoundError('该活动');
    if (activity.archived) throw new DomainError('activity.archived');
    if (activity.kind !== 'project' || !activity.project) throw new DomainError('projects.notProjectVote');
    const rounds = await listProjectRounds(db, activityId);
    const last = rounds.at(-1);
    let round: ProjectRound;
    if (!last) {
      const candidates = await listCandidates(db, activityId);
      const rules = {
        ...defaultProjectRules(activity.project.places),
        denominator: activity.project.denominator,
      };
      round = {
        id: newId(),
        activityId,
        number: 1,
        title: `${activity.project.year}年民生实事项目票决`,
        candidateIds: candidates.map((c) => c.id),
        rules,
        counts: null,
        entryMode: 'ballots',
        totals: null,
        stage: 'draft',
        published: null,
        createdAt: now,
      };
    } else if (last.stage === 'draft') round = last;
    else throw new DomainError('projects.refused', { message: projectRefusal(last.stage, 'open') ?? '' });
    const problems = checkProjectOpening(round, counts);
    if (problems.length > 0) throw refused(problems);
    const opened: ProjectRound = { ...round, counts: { ...counts, returned: 0 }, stage: 'open' };
    await db.projectRounds.put(opened);
    const summary = `开始票决：${projectCountsText(counts)}`;
    await logProjectRound(db, opened, { action: 'opened', summary, details: { counts } }, now);
    if (activity.status === 'planning')
      await db.activities.put({ ...activity, status: 'running', updatedAt: now });
    return opened;
  });
}

/** Saves one paper ballot (第 N 张, the next number). */
export async function addProjectBallot(
  db: XunpingDb,
  roundId: string,
  ballot: { marks: readonly string[]; void: boolean },
): Promise<ProjectBallotEntry> {
  return db.transaction('rw', projectTables(db), async () => {
    const round = await projectRoundFor(db, roundId, 'enter');
    if (round.entryMode !== 'ballots') throw refused(['已选择录入汇总数，不能逐张录入选票']);
    const entered = await listProjectBallots(db, roundId);
    const problems = checkProjectBallot(round, ballot, entered.length);
    if (problems.length > 0) throw refused(problems);
    const record: ProjectBallotEntry = {
      id: newId(),
      roundId,
      paperNo: (entered.at(-1)?.paperNo ?? 0) + 1,
      marks: ballot.void ? [] : [...new Set(ballot.marks)],
      void: ballot.void,
    };
    await db.projectBallots.add(record);
    return record;
  });
}

/** Deletes a ballot entered by mistake, while the round is open; logged with what it said. */
export async function deleteProjectBallot(db: XunpingDb, ballotId: string, now: Instant): Promise<void> {
  await db.transaction('rw', projectTables(db), async () => {
    const ballot = await db.projectBallots.get(ballotId);
    if (!ballot) throw new NotFoundError('该选票');
    const round = await projectRoundFor(db, ballot.roundId, 'enter');
    await db.projectBallots.delete(ballotId);
    const [name, before] = [`第 ${ballot.paperNo} 张`, projectReadingLine(ballot, round.candidateIds)];
    await logProjectRound(
      db,
      round,
      {
        action: 'ballotDeleted',
        summary: `删除${name}：${before}`,
        details: { paperNo: ballot.paperNo, before },
      },
      now,
      (activity) => ({
        kind: 'ballotDeleted',
        activity,
        round: round.title,
        noun: '票决',
        ballot: name,
        before,
      }),
    );
    await db.secondEntries.delete([ballot.roundId, PROJECT_PAPER_GROUP, ballot.paperNo]);
  });
}

/**
 * 更正: what a ballot entered says, typed again while the round is open (its paper number stays). Logged before
 * → after in the round's log and the 操作日志; nothing is written when it did not change.
 */
export async function correctProjectBallot(
  db: XunpingDb,
  ballotId: string,
  ballot: { marks: readonly string[]; void: boolean },
  now: Instant,
): Promise<ProjectBallotEntry> {
  return db.transaction('rw', projectTables(db), async () => {
    const existing = await db.projectBallots.get(ballotId);
    if (!existing) throw new NotFoundError('该选票');
    const round = await projectRoundFor(db, existing.roundId, 'enter');
    const known = new Set(round.candidateIds);
    if (ballot.marks.some((id) => !known.has(id))) throw refused(['选票上有不属于本轮的项目']);
    const marks = ballot.void ? [] : round.candidateIds.filter((id) => ballot.marks.includes(id));
    const corrected: ProjectBallotEntry = { ...existing, marks, void: ballot.void };
    const [before, after] = [existing, corrected].map((b) => projectReadingLine(b, round.candidateIds));
    if (before === after) return existing;
    await db.projectBallots.put(corrected);
    const name = `第 ${existing.paperNo} 张`;
    await logProjectRound(
      db,
      round,
      {
        action: 'ballotCorrected',
        summary: `更正${name}：${before ?? ''} → ${after ?? ''}`,
        details: { paperNo: existing.paperNo, before, after },
      },
      now,
      (activity) => ({
        kind: 'ballotCorrected',
        activity,
        round: round.title,
        noun: '票决',
        ballot: name,
        before: before ?? '',
        after: after ?? '',
      }),
    );
    return corrected;
  });
}

export async function setProjectEntryMode(
  db: XunpingDb,
  roundId: string,
  mode: EntryMode,
  now: Instant,
): Promise<void> {
  await db.transaction('rw', projectTables(db), async () => {
    const round = await projectRoundFor(db, roundId, 'enter');
    if (round.entryMode === mode) return;
    if (mode === 'totals' && (await db.projectBallots.where('roundId').equals(roundId).count()) > 0) {
      throw new DomainError('projects.ballotsEntered');
    }
    if (mode === 'ballots' && round.totals) throw new DomainError('projects.totalsEntered');
    await db.projectRounds.put({ ...round, entryMode: mode });
    const summary = mode === 'totals' ? '改为录入汇总数' : '改为逐张录入';
    await logProjectRound(db, round, { action: 'entryModeChanged', summary, details: { mode } }, now);
  });
}

/** Saves (or clears, with null) the totals counted by hand. */
export async function saveProjectTotals(
  db: XunpingDb,
  roundId: string,
  totals: ProjectCounts | null,
): Promise<void> {
  await db.transaction('rw', projectTables(db), async () => {
    const round = await projectRoundFor(db, roundId, 'enter');
    if (round.entryMode !== 'totals') throw refused(['已选择逐张录入，不能录入汇总数']);
    await db.projectRounds.put({ ...round, totals });
  });
}

/** Ends voting with the returned count: refused while the count does not add up; void when 收回 > 发出. */
export async function closeProjectRound(
  db: XunpingDb,
  roundId: string,
  returned: number,
  now: Instant,
): Promise<ProjectRound> {
  return db.transaction('rw', projectTables(db), async () => {
    const round = await projectRoundFor(db, roundId, 'close');
    const ballots = await listProjectBallots(db, roundId);
    const check = checkProjectClosing(round, returned, ballots);
    if (check.kind === 'void') throw new DomainError('projects.void', { message: check.problems.join('；') });
    if (check.kind === 'refused') throw refused(check.problems);
    if (round.doubleEntry && round.entryMode === 'ballots') {
      const problems = projectDoubleEntryProblems(await projectDoubleEntryOf(db, round));
      if (problems.length > 0) throw refused(problems);
    }
    const counts = round.counts ? { ...round.counts, returned } : null;
    const closed: ProjectRound = { ...round, counts, stage: 'closed' };
    await db.projectRounds.put(closed);
    const summary = `收回 ${returned} 张，结束票决${counts ? `（${projectCountsText(counts)}）` : ''}`;
    await logProjectRound(db, closed, { action: 'closed', summary, details: { counts } }, now);
    return closed;
  });
}

/**
 * Back to 设置中 with nothing entered: a void round (收回 > 发出) is voted again. Asks why; logged in the round's
 * log and the 操作日志 with the number of ballots deleted.
 */
export async function resetProjectRound(
  db: XunpingDb,
  roundId: string,
  reason: string,
  now: Instant,
): Promise<void> {
  const checked = checkReason(reason);
  if ('problem' in checked) throw refused([checked.problem]);
  await db.transaction('rw', projectTables(db), async () => {
    const round = await projectRoundFor(db, roundId, 'reset');
    const ballots = await db.projectBallots.where('roundId').equals(roundId).delete();
    const summary = `作废本轮票决，删除已录入的 ${ballots} 张选票${round.totals ? '和汇总数' : ''}，回到“设置中”重新投票`;
    await logProjectRound(
      db,
      round,
      { action: 'reset', summary, reason: checked.reason, details: { ballots, counts: round.counts } },
      now,
      (activity) => ({
        kind: 'roundReset',
        activity,
        round: round.title,
        noun: '票决',
        ballots,
        reason: checked.reason,
      }),
    );
    await db.secondEntries.where('roundId').equals(roundId).delete();
    await db.projectRounds.put({
      ...round,
      counts: null,
      totals: null,
      entryMode: 'ballots',
      stage: 'draft',
    });
  });
}

/**
 * Publishes the decision, frozen with the fingerprint of its evidence. When no tie is left to vote on, the
 * chosen projects of every round become items followed from `today`.
 */
export async function publishProjectRound(
  db: XunpingDb,
  roundId: string,
  now: Instant,
  today: CalendarDate,
): Promise<ProjectRound> {
  const round = await db.projectRounds.get(roundId);
  if (!round) throw new NotFoundError('该票决');
  const ballots = await listProjectBallots(db, roundId);
  // Hashing is asynchronous and cannot run inside an IndexedDB transaction: hash first, check nothing changed.
  const counts = round.counts ?? { entitled: 0, present: 0, issued: 0, returned: 0 };
  const fingerprint = await projectRoundFingerprint(round, ballots);
  return db.transaction('rw', projectTables(db), async () => {
    const current = await projectRoundFor(db, roundId, 'publish');
    const again = await listProjectBallots(db, roundId);
    if (JSON.stringify(current) !== JSON.stringify(round) || again.length !== ballots.length) {
      throw new DomainError('votes.changedWhileCounting');
    }
    const check = checkProjectClosing(current, counts.returned, ballots);
    if (check.kind !== 'ok') throw refused(check.problems);
    const published: ProjectRound = {
      ...current,
      stage: 'published',
      published: { decision: check.decision, fingerprint, publishedAt: now },
    };
    await db.projectRounds.put(published);
    const summary = `公布结果：选出 ${check.decision.chosen.length} 个项目，校验码 ${fingerprint.slice(0, 12)}…`;
    await logProjectRound(db, published, { action: 'published', summary, details: { fingerprint } }, now);
    const rounds = await listProjectRounds(db, current.activityId);
    const choice = finalChoice(rounds.flatMap((r) => (r.published ? [r.published.decision] : [])));
    if (choice.complete) await createItems(db, current.activityId, choice.chosen, today);
    return published;
  });
}

async function createItems(
  db: XunpingDb,
  activityId: string,
  chosen: readonly string[],
  today: CalendarDate,
): Promise<void> {
  const candidates = await db.projectCandidates.bulkGet([...chosen]);
  const existing = new Set(await db.projectItems.where('activityId').equals(activityId).primaryKeys());
  const items: ProjectItem[] = candidates.flatMap((c) =>
    c && !existing.has(c.id)
      ? [{ ...startFollowUp(c.plannedCompletion), id: c.id, activityId, startedOn: today }]
      : [],
  );
  await db.projectItems.bulkAdd(items);
}

/** Sets up the 再次票决 of a counted round whose cut-off was tied: only the tied candidates, the places left. */
export async function setUpRunoff(db: XunpingDb, roundId: string, now: Instant): Promise<ProjectRound> {
  return db.transaction('rw', projectTables(db), async () => {
    const round = await db.projectRounds.get(roundId);
    if (!round) throw new NotFoundError('该票决');
    if (!round.published) throw new DomainError('projects.roundPending');
    const setup = runoffSetup(round.published.decision, round.rules);
    if (!setup) throw new DomainError('projects.noRunoff');
    const rounds = await listProjectRounds(db, round.activityId);
    if (rounds.some((r) => r.number > round.number)) throw new DomainError('projects.runoffExists');
    const runoff: ProjectRound = {
      id: newId(),
      activityId: round.activityId,
      number: round.number + 1,
      title: `${round.title.replace(/（再次票决.*$/, '')}（再次票决${round.number > 1 ? round.number : ''}）`,
      candidateIds: setup.candidateIds,
      rules: setup.rules,
      counts: null,
      entryMode: 'ballots',
      totals: null,
      stage: 'draft',
      published: null,
      createdAt: now,
    };
    await db.projectRounds.add(runoff);
    return runoff;
  });
}
