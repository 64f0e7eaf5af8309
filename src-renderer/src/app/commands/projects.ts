// Use cases of the 民生实事项目票决: candidates (by hand, reordered, imported from a spreadsheet), the rounds
// (start, enter ballots or totals, close, publish, set up a 再次票决) and the chosen projects' follow-up.
import * as candidates from '../../db/repositories/projectCandidates';
import { applyProjectFollowUp, listProjectItems } from '../../db/repositories/projectItems';
import { createRound } from '../../db/repositories/votes';
import { DomainError } from '../../domain/errors';
import { projectCompletionRoundInput } from '../../domain/votes/roundDefaults';
import * as rounds from '../../db/repositories/projectRounds';
import type { ImportPreview } from '../../domain/directory/importTable';
import type { CandidateInput } from '../../domain/projects/candidate';
import type { FollowUpAction } from '../../domain/projects/followUp';
import { previewCandidatesImport as previewCandidates } from '../../domain/projects/importCandidates';
import type { ProjectItem } from '../../domain/projects/projectItem';
import type { ProjectBallotEntry, ProjectRound } from '../../domain/projects/projectRound';
import type { ProjectCounts } from '../../domain/projects/projectTally';
import { toCalendarDate } from '../../domain/time';
import type { EntryMode, VoteRound } from '../../domain/votes/roundRecord';
import type { GroupCounts } from '../../domain/votes/round';
import type { ProjectCandidateRecord } from '../../db/database';
import type { Command } from '../runtime/services';
import type { ImportRows, TableRows } from './directoryImport';

/** Adds a candidate at the end of the ballot when id is null, else saves the edit. */
export const saveCandidate: Command<
  { activityId: string; id: string | null; input: CandidateInput },
  ProjectCandidateRecord
> = ({ db }, { activityId, id, input }) =>
  id === null ? candidates.addCandidate(db, activityId, input) : candidates.updateCandidate(db, id, input);

export const deleteCandidate: Command<{ id: string }, void> = ({ db }, { id }) =>
  candidates.deleteCandidate(db, id);

/** `ids`: every candidate of the activity, in the new ballot order. */
export const reorderCandidates: Command<{ activityId: string; ids: readonly string[] }, void> = (
  { db },
  { activityId, ids },
) => candidates.reorderCandidates(db, activityId, ids);

/** Checks each row of a spreadsheet against the unit directory and the candidates already listed. */
export function previewCandidatesImport(
  activityId: string,
): Command<TableRows, ImportPreview<CandidateInput>> {
  return async ({ db }, table) =>
    previewCandidates(table, await db.units.toArray(), await candidates.listCandidates(db, activityId));
}

/** Appends the good rows after the candidates listed, in the file's order; all or none. */
export const importCandidates: Command<ImportRows<CandidateInput> & { activityId: string }, number> = (
  { db },
  { activityId, rows },
) => candidates.importCandidates(db, activityId, rows);

/** Starts the first vote, or the 再次票决 that was set up, with 应到, 实到 and 发出. */
export const startProjectRound: Command<
  { activityId: string; counts: Omit<GroupCounts, 'returned'> },
  ProjectRound
> = ({ db, clock }, { activityId, counts }) => rounds.startProjectRound(db, activityId, counts, clock.now());

export const addProjectBallot: Command<
  { roundId: string; marks: readonly string[]; void: boolean },
  ProjectBallotEntry
> = ({ db }, { roundId, ...ballot }) => rounds.addProjectBallot(db, roundId, ballot);

export const deleteProjectBallot: Command<{ ballotId: string }, void> = ({ db, clock }, { ballotId }) =>
  rounds.deleteProjectBallot(db, ballotId, clock.now());

/** 更正 a ballot entered (same paper number); logged before → after. */
export const correctProjectBallot: Command<
  { ballotId: string; marks: readonly string[]; void: boolean },
  ProjectBallotEntry
> = ({ db, clock }, { ballotId, ...ballot }) =>
  rounds.correctProjectBallot(db, ballotId, ballot, clock.now());

export const setProjectEntryMode: Command<{ roundId: string; mode: EntryMode }, void> = (
  { db, clock },
  { roundId, mode },
) => rounds.setProjectEntryMode(db, roundId, mode, clock.now());

export const saveProjectTotals: Command<{ roundId: string; totals: ProjectCounts | null }, void> = (
  { db },
  { roundId, totals },
) => rounds.saveProjectTotals(db, roundId, totals);

export const closeProjectRound: Command<{ roundId: string; returned: number }, ProjectRound> = (
  { db, clock },
  { roundId, returned },
) => rounds.closeProjectRound(db, roundId, returned, clock.now());

/** Back to 设置中 with every ballot of the round deleted (a void round is voted again); `reason` is required. */
export const resetProjectRound: Command<{ roundId: string; reason: string }, void> = (
  { db, clock },
  { roundId, reason },
) => rounds.resetProjectRound(db, roundId, reason, clock.now());

export const publishProjectRound: Command<{ roundId: string }, ProjectRound> = (
  { db, clock },
  { roundId },
) => {
  const now = clock.now();
  return rounds.publishProjectRound(db, roundId, now, toCalendarDate(now));
};

export const setUpRunoff: Command<{ roundId: string }, ProjectRound> = ({ db, clock }, { roundId }) =>
  rounds.setUpRunoff(db, roundId, clock.now());

/** A dated note, 延期, 已完成 or 恢复 on a chosen project; dates may not be later than today. */
export const applyFollowUp: Command<{ itemId: string; action: FollowUpAction }, ProjectItem> = (
  { db, clock },
  { itemId, action },
) => applyProjectFollowUp(db, itemId, action, toCalendarDate(clock.now()));

/**
 * 人大评: a satisfaction round (the evaluation rounds' 满意 / 基本满意 / 不满意, rated by the deputies) whose
 * subjects are the finished projects in ballot order. The round is made in 设置中, to be checked and opened on
 * the 满意度测评 tab like any round.
 */
export const createCompletionRound: Command<{ activityId: string }, VoteRound> = async (
  { db, clock },
  { activityId },
) => {
  const activity = await db.activities.get(activityId);
  if (!activity || activity.kind !== 'project') throw new DomainError('projects.notProjectVote');
  const done = new Set(
    (await listProjectItems(db, activityId)).filter((i) => i.status === 'completed').map((i) => i.id),
  );
  const finished = (await candidates.listCandidates(db, activityId)).filter((c) => done.has(c.id));
  if (finished.length === 0) {
    throw new DomainError('projects.refused', { message: '还没有已完成的项目；项目完成后再进行满意度测评' });
  }
  return createRound(db, activityId, projectCompletionRoundInput(activity, finished), clock.now());
};
