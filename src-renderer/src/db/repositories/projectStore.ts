// The project vote tables read together by the rounds and their 双人复核: which tables a change writes, the
// rounds and ballots in order, and a round looked up for an action its stage must allow.
import { DomainError } from '../../domain/errors';
import { projectRefusal, type ProjectRoundAction } from '../../domain/projects/projectLifecycle';
import type { ProjectBallotEntry, ProjectRound } from '../../domain/projects/projectRound';
import type { XunpingDb } from '../database';
import { NotFoundError } from '../errors';
import type { AuditEvent } from '../../domain/audit/auditEntry';
import type { Instant } from '../../domain/time';
import type { RoundLogAction } from '../../domain/votes/roundLog';
import { activityTitle, appendAudit } from './auditLog';
import { appendLog } from './votesLog';

export function projectTables(db: XunpingDb) {
  return [
    db.activities,
    db.projectCandidates,
    db.projectRounds,
    db.projectBallots,
    db.projectItems,
    db.secondEntries,
    db.roundLog,
    db.auditLog,
  ];
}

/** Appends a line to the round's 操作记录 and, for what changes or removes what was entered, the 操作日志. */
export async function logProjectRound(
  db: XunpingDb,
  round: ProjectRound,
  entry: { action: RoundLogAction; summary: string; reason?: string; details?: Record<string, unknown> },
  now: Instant,
  audit?: (activity: string) => AuditEvent,
): Promise<void> {
  await appendLog(db, round.id, entry, now);
  if (audit) await appendAudit(db, audit(await activityTitle(db, round.activityId)), now);
}

export async function listProjectRounds(db: XunpingDb, activityId: string): Promise<ProjectRound[]> {
  const rows = await db.projectRounds.where('activityId').equals(activityId).toArray();
  return rows.sort((a, b) => a.number - b.number);
}

export async function listProjectBallots(db: XunpingDb, roundId: string): Promise<ProjectBallotEntry[]> {
  const rows = await db.projectBallots.where('roundId').equals(roundId).toArray();
  return rows.sort((a, b) => a.paperNo - b.paperNo);
}

export async function projectRoundFor(
  db: XunpingDb,
  roundId: string,
  action: ProjectRoundAction,
): Promise<ProjectRound> {
  const round = await db.projectRounds.get(roundId);
  if (!round) throw new NotFoundError('该票决');
  const reason = projectRefusal(round.stage, action);
  if (reason) throw new DomainError('projects.refused', { message: reason });
  return round;
}
