// Use cases of a published project vote that proves itself: its fingerprint recomputed from the ballots stored
// now; a mismatch logged in the round's log (once) and the export of its 票决结果公告 refused.
import {
  checkProjectFingerprint,
  logProjectFingerprintMismatch,
} from '../../db/repositories/projectFingerprint';
import { DomainError } from '../../domain/errors';
import type { FingerprintCheck } from '../../domain/votes/fingerprintCheck';
import type { Command, Services } from '../runtime/services';

/** Recomputes a published round's fingerprint and logs a mismatch once; null when the round is not published. */
export const verifyPublishedProjectRound: Command<{ roundId: string }, FingerprintCheck | null> = async (
  { db, clock },
  { roundId },
) => {
  const check = await checkProjectFingerprint(db, roundId);
  if (check?.status === 'mismatch') await logProjectFingerprintMismatch(db, roundId, check, clock.now());
  return check;
};

/** Before a published decision leaves the app: throws projects.fingerprintMismatch (logged) on a mismatch. */
export async function assertProjectFingerprintIntact(services: Services, roundId: string): Promise<void> {
  const check = await verifyPublishedProjectRound(services, { roundId });
  if (check?.status === 'mismatch') throw new DomainError('projects.fingerprintMismatch');
}
