import { describe, expect, it } from 'vitest';
import { compareFingerprint, mismatchLogEntry, mismatchLogged } from './fingerprintCheck';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);

describe('compareFingerprint', () => {
  it('is intact when the recomputed fingerprint is the stored one', () => {
    expect(compareFingerprint(A, A)).toEqual({ status: 'intact', fingerprint: A });
  });

  it('is a mismatch with both fingerprints when they differ', () => {
    expect(compareFingerprint(A, B)).toEqual({ status: 'mismatch', stored: A, recomputed: B });
  });
});

describe('the log entry of a mismatch', () => {
  const check = { status: 'mismatch', stored: A, recomputed: B } as const;

  it('names both fingerprints in full', () => {
    const entry = mismatchLogEntry(check);
    expect(entry.action).toBe('fingerprintMismatch');
    expect(entry.summary).toBe(`测评票校验码不符：公布时为 ${A}，按现存测评票重新计算为 ${B}`);
    expect(entry.details).toEqual({ stored: A, recomputed: B });
  });

  it('is logged once: the same mismatch seen again is already in the log', () => {
    const log = [{ action: 'published' as const, details: { fingerprint: A } }];
    expect(mismatchLogged(log, check)).toBe(false);
    const logged = [...log, mismatchLogEntry(check)];
    expect(mismatchLogged(logged, check)).toBe(true);
  });

  it('logs a further change of the ballots, and a mismatch of a result published again', () => {
    const logged = [mismatchLogEntry(check)];
    expect(mismatchLogged(logged, { status: 'mismatch', stored: A, recomputed: C })).toBe(false);
    expect(mismatchLogged(logged, { status: 'mismatch', stored: C, recomputed: B })).toBe(false);
  });

  it('is not fooled by another action carrying the same details', () => {
    const other = [{ action: 'reopened' as const, details: { stored: A, recomputed: B } }];
    expect(mismatchLogged(other, check)).toBe(false);
  });
});
