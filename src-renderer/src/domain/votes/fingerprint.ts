// The fingerprint of a round's evidence: the rules, the round counts, the subjects and the ballots (or
// hand-counted totals), written canonically and hashed with SHA-256; printed on the result so a recount can be
// checked. Two formats give the same 64 hex digits from the same evidence written differently: v1
// (fingerprintV1.ts, canonical JSON, slow for large rounds) and v2 (fingerprintV2.ts, compact). A round
// published now stores v2 and says so (PublishedResult.fingerprintVersion); a round stored without a version was
// published with v1 and is verified with v1, always.

import type { TallyInput } from './entries';
import { canonicalBallotSetV1, fingerprintV1 } from './fingerprintV1';
import { canonicalBallotSetV2, fingerprintV2 } from './fingerprintV2';

export { canonicalBallot, canonicalJson, sha256Hex } from './fingerprintV1';

export type FingerprintVersion = 1 | 2;

/** The format of every round published from now on. */
export const FINGERPRINT_VERSION: FingerprintVersion = 2;

/** The format a published round's fingerprint was computed with: v1 when the record says none. */
export function fingerprintVersionOf(published: {
  fingerprintVersion?: FingerprintVersion;
}): FingerprintVersion {
  return published.fingerprintVersion ?? 1;
}

/** The fingerprint of the evidence in the given format (today's by default). */
export function fingerprint(
  input: TallyInput,
  version: FingerprintVersion = FINGERPRINT_VERSION,
): Promise<string> {
  return version === 1 ? fingerprintV1(input) : fingerprintV2(input);
}

/** The canonical text the fingerprint hashes: equal texts, equal evidence. */
export function canonicalBallotSet(
  input: TallyInput,
  version: FingerprintVersion = FINGERPRINT_VERSION,
): string {
  return version === 1 ? canonicalBallotSetV1(input) : canonicalBallotSetV2(input);
}
