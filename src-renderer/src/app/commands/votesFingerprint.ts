// Use cases of a published result that proves itself: its fingerprint recomputed from the ballots stored now;
// a mismatch logged in the round's log (once) and every export of the round refused with the reason.
import { checkFingerprint, logFingerprintMismatch } from '../../db/repositories/votesFingerprint';
import { DomainError } from '../../domain/errors';
import type { FingerprintCheck } from '../../domain/votes/fingerprintCheck';
import type { Command, Services } from '../runtime/services';

/** Recomputes a published round's fingerprint and logs a mismatch once; null when the round is not published. */
export const verifyPublishedRound: Command<{ roundId: string }, FingerprintCheck | null> = async (
  { db, clock },
  { roundId },
) => {
  const check = await checkFingerprint(db, roundId);
  if (check?.status === 'mismatch') await logFingerprintMismatch(db, roundId, check, clock.now());
  return check;
};

/**
 * Before a published result leaves the app (Excel, 测评结果通报): throws votes.fingerprintMismatch, logged, when
 * the ballots no longer give the fingerprint frozen at 公布. A round not published passes.
 */
export async function assertFingerprintIntact(services: Services, roundId: string): Promise<void> {
  const check = await verifyPublishedRound(services, { roundId });
  if (check?.status === 'mismatch') throw new DomainError('votes.fingerprintMismatch');
}
