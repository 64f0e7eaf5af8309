// Does a published result still prove itself? Its fingerprint is recomputed from the ballots (and hand-counted
// totals) stored now and compared with the one frozen at 公布. A mismatch means the evidence changed after
// publication without 重新开启 (a tool outside the app, a damaged file): the result must not be shown or exported
// as if it were sound, and the round's log records it once.

import type { RoundLogEntry } from './roundLog';

export type FingerprintCheck =
  | { status: 'intact'; fingerprint: string }
  /** stored: frozen at 公布; recomputed: from the ballots stored now. */
  | { status: 'mismatch'; stored: string; recomputed: string };

export function compareFingerprint(stored: string, recomputed: string): FingerprintCheck {
  return stored === recomputed
    ? { status: 'intact', fingerprint: stored }
    : { status: 'mismatch', stored, recomputed };
}

type Mismatch = Extract<FingerprintCheck, { status: 'mismatch' }>;

/** The log entry of a mismatch: both fingerprints in full, so the log says which evidence was seen. */
export function mismatchLogEntry(check: Mismatch): Pick<RoundLogEntry, 'action' | 'summary' | 'details'> {
  return {
    action: 'fingerprintMismatch',
    summary: `测评票校验码不符：公布时为 ${check.stored}，按现存测评票重新计算为 ${check.recomputed}`,
    details: { stored: check.stored, recomputed: check.recomputed },
  };
}

/**
 * Whether the log already holds this mismatch (the same frozen and the same recomputed fingerprint). Seen again,
 * on another screen or after a reload, it is not logged again; a further change of the ballots is.
 */
export function mismatchLogged(
  log: readonly Pick<RoundLogEntry, 'action' | 'details'>[],
  check: Mismatch,
): boolean {
  return log.some(
    (entry) =>
      entry.action === 'fingerprintMismatch' &&
      entry.details.stored === check.stored &&
      entry.details.recomputed === check.recomputed,
  );
}
