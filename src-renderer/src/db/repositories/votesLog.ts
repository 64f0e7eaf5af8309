// Shared by the votes repositories: the round's log, loading a round for a change; the refusal error
// (RoundActionError) is a DomainError of domain/votes.

import type { Instant } from '../../domain/time';
import { refusal, type RoundAction } from '../../domain/votes/lifecycle';
import { nextLogSeq, type RoundLogEntry } from '../../domain/votes/roundLog';
import type { VoteRound } from '../../domain/votes/roundRecord';
import type { RoundLogRecord, XunpingDb } from '../database';
import { NotFoundError } from '../errors';
import { RoundActionError } from '../../domain/votes/roundActionError';

export { RoundActionError };

/** Every table a round owns, for transactions that change a round and what hangs off it. */
export function roundTables(db: XunpingDb) {
  return [db.voteRounds, db.ballots, db.groupTotals, db.checkins, db.roundLog, db.secondEntries];
}

/** Loads a round inside a transaction and checks that its stage allows the action. */
export async function roundFor(db: XunpingDb, roundId: string, action: RoundAction): Promise<VoteRound> {
  const round = await db.voteRounds.get(roundId);
  if (!round) throw new NotFoundError('该测评');
  const reason = refusal(round.stage, action);
  if (reason) throw RoundActionError.refused([reason]);
  return round;
}

/** Appends one entry to the round's log; call inside the transaction that makes the change. */
export async function appendLog(
  db: XunpingDb,
  roundId: string,
  entry: Omit<RoundLogEntry, 'seq' | 'at' | 'reason' | 'details'> &
    Partial<Pick<RoundLogEntry, 'reason' | 'details'>>,
  now: Instant,
): Promise<RoundLogRecord> {
  const existing = await db.roundLog.where('roundId').equals(roundId).toArray();
  const record: RoundLogRecord = {
    roundId,
    seq: nextLogSeq(existing),
    at: now,
    reason: entry.reason ?? '',
    details: entry.details ?? {},
    action: entry.action,
    summary: entry.summary,
  };
  await db.roundLog.add(record);
  return record;
}

export async function listRoundLog(db: XunpingDb, roundId: string): Promise<RoundLogRecord[]> {
  const rows = await db.roundLog.where('roundId').equals(roundId).toArray();
  return rows.sort((a, b) => a.seq - b.seq);
}

/** Deletes what was entered for a round (ballots, second readings, totals, check-ins); the log stays. */
export async function clearEntries(
  db: XunpingDb,
  roundId: string,
): Promise<{ ballots: number; totals: number }> {
  const ballots = await db.ballots.where('roundId').equals(roundId).delete();
  const totals = await db.groupTotals.where('roundId').equals(roundId).delete();
  await db.checkins.where('roundId').equals(roundId).delete();
  await db.secondEntries.where('roundId').equals(roundId).delete();
  return { ballots, totals };
}
