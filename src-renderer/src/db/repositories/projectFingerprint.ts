// A published project vote that proves itself, as the ballot rounds do (votesFingerprint.ts): its fingerprint
// recomputed from the ballots (or totals) stored now, and a mismatch written to the round's log once.
import { projectFingerprint } from '../../domain/projects/projectFingerprint';
import type { ProjectBallotEntry, ProjectRound } from '../../domain/projects/projectRound';
import type { Instant } from '../../domain/time';
import {
  compareFingerprint,
  mismatchLogEntry,
  mismatchLogged,
  type FingerprintCheck,
} from '../../domain/votes/fingerprintCheck';
import type { XunpingDb } from '../database';
import { listProjectBallots, logProjectRound, projectTables } from './projectStore';

/** The fingerprint of a round's evidence as 公布 computes it. */
export function projectRoundFingerprint(
  round: ProjectRound,
  ballots: readonly ProjectBallotEntry[],
): Promise<string> {
  const counts = round.counts ?? { entitled: 0, present: 0, issued: 0, returned: 0 };
  return projectFingerprint({ ...round, counts, ballots });
}

/** The check of a published round; null when it is not published or does not exist. Reads, then hashes. */
export async function checkProjectFingerprint(
  db: XunpingDb,
  roundId: string,
): Promise<FingerprintCheck | null> {
  const read = await db.transaction('r', [db.projectRounds, db.projectBallots], async () => {
    const round = await db.projectRounds.get(roundId);
    if (!round || round.stage !== 'published' || !round.published) return null;
    return { round, stored: round.published.fingerprint, ballots: await listProjectBallots(db, roundId) };
  });
  if (!read) return null;
  return compareFingerprint(read.stored, await projectRoundFingerprint(read.round, read.ballots));
}

/** Writes a mismatch to the round's log unless it is there already. True when an entry was written. */
export async function logProjectFingerprintMismatch(
  db: XunpingDb,
  roundId: string,
  check: Extract<FingerprintCheck, { status: 'mismatch' }>,
  now: Instant,
): Promise<boolean> {
  return db.transaction('rw', projectTables(db), async () => {
    const round = await db.projectRounds.get(roundId);
    if (round?.published?.fingerprint !== check.stored || round.stage !== 'published') return false;
    const log = await db.roundLog.where('roundId').equals(roundId).toArray();
    if (mismatchLogged(log, check)) return false;
    const entry = mismatchLogEntry(check);
    const summary = entry.summary.replaceAll('测评票', '选票');
    await logProjectRound(db, round, { ...entry, summary }, now);
    return true;
  });
}
