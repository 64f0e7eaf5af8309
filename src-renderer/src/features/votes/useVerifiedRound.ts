import { useEffect } from 'react';
import { verifyPublishedRound } from '../../app/commands/votesFingerprint';
import { useFingerprintCheck } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import type { FingerprintCheck } from '../../domain/votes/fingerprintCheck';

/**
 * Whether a published round still proves itself (null: not published; undefined: loading). A mismatch seen here
 * is written to the round's log by the command, which logs each mismatch once however often it is seen.
 */
export function useVerifiedRound(roundId: string): FingerprintCheck | null | undefined {
  const check = useFingerprintCheck(roundId);
  const { run } = useCommand();
  const mismatch = check?.status === 'mismatch' ? `${check.stored}:${check.recomputed}` : null;
  useEffect(() => {
    if (mismatch) void run(verifyPublishedRound, { roundId }, { quiet: true });
  }, [mismatch, roundId, run]);
  return check;
}
