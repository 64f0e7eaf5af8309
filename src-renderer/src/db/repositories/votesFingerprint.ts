// Published results that prove themselves: a published round's fingerprint recomputed from the ballots and totals
// stored now, and a mismatch written to the round's log (once).

import type { Instant } from '../../domain/time';
import { fingerprint, fingerprintVersionOf } from '../../domain/votes/fingerprint';
import {
  compareFingerprint,
  mismatchLogEntry,
  mismatchLogged,
  type FingerprintCheck,
} from '../../domain/votes/fingerprintCheck';
import type { XunpingDb } from '../database';
import { evidenceOf } from './votesLifecycle';
import { appendLog, roundTables } from './votesLog';

/**
 * The check of a published round; null when the round is not published or does not exist. Every read is done
 * (in one read transaction) before the hash is awaited, so a live query sees each table it depends on.
 */
export async function checkFingerprint(db: XunpingDb, roundId: string): Promise<FingerprintCheck | null> {
  const read = await db.transaction('r', [db.voteRounds, db.ballots, db.groupTotals], async () => {
    const round = await db.voteRounds.get(roundId);
    if (!round || round.stage !== 'published' || !round.published) return null;
    const { fingerprint: stored } = round.published;
    return { stored, version: fingerprintVersionOf(round.published), evidence: await evidenceOf(db, round) };
  });
  if (!read) return null;
  // Recomputed in the format it was published with: a v1 round stays checkable by its v1 fingerprint.
  return compareFingerprint(read.stored, await fingerprint(read.evidence, read.version));
}

/**
 * Writes a mismatch to the round's log unless it is there already, or the round was reopened or published again
 * meanwhile (its stored fingerprint is no longer the one checked). True when an entry was written.
 */
export async function logFingerprintMismatch(
  db: XunpingDb,
  roundId: string,
  check: Extract<FingerprintCheck, { status: 'mismatch' }>,
  now: Instant,
): Promise<boolean> {
  return db.transaction('rw', roundTables(db), async () => {
    const round = await db.voteRounds.get(roundId);
    if (round?.published?.fingerprint !== check.stored || round.stage !== 'published') return false;
    const log = await db.roundLog.where('roundId').equals(roundId).toArray();
    if (mismatchLogged(log, check)) return false;
    await appendLog(db, roundId, mismatchLogEntry(check), now);
    return true;
  });
}
