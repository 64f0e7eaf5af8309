import { describe, expect, it } from 'vitest';
import { restoreBackup } from '../../db/backup';
import { listRoundLog } from '../../db/repositories/votes';
import { evidenceOf } from '../../db/repositories/votesLifecycle';
import v5 from '../../db/testing/fixtures/backup-v5.json?raw';
import { isDomainError } from '../../domain/errors';
import { fingerprintV1 } from '../../domain/votes/fingerprintV1';
import { fingerprintV2 } from '../../domain/votes/fingerprintV2';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { testServices, type TestServices } from '../testing/services';
import { openedRound, publishedRound, withSettings } from '../testing/votes';
import { saveResultsNotice } from './votesDocuments';
import { saveTotals, setEntryMode } from './votesEntry';
import { exportResults } from './votesExport';
import { verifyPublishedRound } from './votesFingerprint';
import { closeRound, publishRound, reopenRound } from './votesLifecycle';

/** Changes one mark of one stored ballot underneath the app, as a tool editing the database would. */
async function editOneBallot(s: TestServices, round: VoteRound): Promise<void> {
  const ballot = await s.db.ballots.where('roundId').equals(round.id).first();
  const subject = round.subjects[0]?.id ?? '';
  if (ballot?.form !== 'tiers') throw new Error('no tier ballot');
  await s.db.ballots.put({ ...ballot, marks: { ...ballot.marks, [subject]: ['unsatisfied'] } });
}

async function mismatchEntries(s: TestServices, round: VoteRound) {
  return (await listRoundLog(s.db, round.id)).filter((entry) => entry.action === 'fingerprintMismatch');
}

const refusedForMismatch = (error: unknown) => isDomainError(error, 'votes.fingerprintMismatch');

describe('verifyPublishedRound', () => {
  it('finds a published round intact, and logs nothing', async () => {
    const { s, round } = await publishedRound();
    expect(await verifyPublishedRound(s, { roundId: round.id })).toEqual({
      status: 'intact',
      fingerprint: round.published?.fingerprint,
    });
    expect(await mismatchEntries(s, round)).toEqual([]);
  });

  it('finds a ballot edited after publication, and logs the mismatch once', async () => {
    const { s, round } = await publishedRound();
    await editOneBallot(s, round);
    const check = await verifyPublishedRound(s, { roundId: round.id });
    expect(check).toMatchObject({ status: 'mismatch', stored: round.published?.fingerprint });
    if (check?.status !== 'mismatch') throw new Error('no mismatch');
    expect(check.recomputed).toMatch(/^[0-9a-f]{64}$/);
    await verifyPublishedRound(s, { roundId: round.id });
    const logged = await mismatchEntries(s, round);
    expect(logged).toHaveLength(1);
    expect(logged[0]?.details).toEqual({ stored: check.stored, recomputed: check.recomputed });
    expect(logged[0]?.summary).toContain('测评票校验码不符');
  });

  it('finds hand-counted totals edited after publication', async () => {
    const { s, round } = await openedRound();
    await setEntryMode(s, { roundId: round.id, groupId: 'members', mode: 'totals' });
    const [a, b] = round.subjects.map((subject) => subject.id);
    const counts = (satisfied: number) => ({ tiers: { satisfied }, abstain: 0, void: 0 });
    const totals = {
      groupId: 'members',
      wholeVoid: 0,
      subjects: { [a ?? '']: counts(13), [b ?? '']: counts(13) },
    };
    await saveTotals(s, { roundId: round.id, groupId: 'members', totals, returned: 13 });
    await closeRound(s, { roundId: round.id, returned: { members: 13 } });
    await publishRound(s, { roundId: round.id });
    expect(await verifyPublishedRound(s, { roundId: round.id })).toMatchObject({ status: 'intact' });
    await s.db.groupTotals.put({
      ...totals,
      roundId: round.id,
      subjects: { ...totals.subjects, [a ?? '']: counts(12) },
    });
    expect(await verifyPublishedRound(s, { roundId: round.id })).toMatchObject({ status: 'mismatch' });
  });

  it('checks nothing in a round not published, or reopened', async () => {
    const { s, round } = await publishedRound();
    await editOneBallot(s, round);
    await reopenRound(s, { roundId: round.id, reason: '核对测评票' });
    expect(await verifyPublishedRound(s, { roundId: round.id })).toBeNull();
    expect(await mismatchEntries(s, round)).toEqual([]);
  });
});

/** A database restored from the backup version 5 wrote: its published round was fingerprinted with format v1. */
async function v1PublishedRound(): Promise<{ s: TestServices; round: VoteRound }> {
  const s = testServices('2026-12-01T09:00:00');
  await restoreBackup(s.db, new Blob([v5]), { fileName: 'backup-v5.json', at: s.clock.now() });
  const round = (await s.db.voteRounds.toArray()).find(
    (r) => r.stage === 'published' && r.subjectKind === 'unit',
  );
  if (!round?.published) throw new Error('no published round in the version 5 backup');
  return { s, round };
}

describe('fingerprint formats', () => {
  it('publishes with format v2 and stores which format it used', async () => {
    const { s, round } = await publishedRound();
    expect(round.published?.fingerprintVersion).toBe(2);
    const evidence = await evidenceOf(s.db, round);
    expect(round.published?.fingerprint).toBe(await fingerprintV2(evidence));
    expect(round.published?.fingerprint).not.toBe(await fingerprintV1(evidence));
  });

  it('still verifies a round published with format v1, by the v1 encoder', async () => {
    const { s, round } = await v1PublishedRound();
    expect(round.published?.fingerprintVersion).toBeUndefined();
    expect(round.published?.fingerprint).toBe(await fingerprintV1(await evidenceOf(s.db, round)));
    expect(await verifyPublishedRound(s, { roundId: round.id })).toEqual({
      status: 'intact',
      fingerprint: round.published?.fingerprint,
    });
    const result = round.published?.result;
    if (!result) throw new Error('not published');
    await exportResults(s, { round, result });
    expect(s.desktop.saved).toHaveLength(1);
    expect(await mismatchEntries(s, round)).toEqual([]);
  });

  it('finds a ballot of a v1 round edited after publication, and refuses its export', async () => {
    const { s, round } = await v1PublishedRound();
    await editOneBallot(s, round);
    expect(await verifyPublishedRound(s, { roundId: round.id })).toMatchObject({
      status: 'mismatch',
      stored: round.published?.fingerprint,
    });
    const result = round.published?.result;
    if (!result) throw new Error('not published');
    await expect(exportResults(s, { round, result })).rejects.toSatisfy(refusedForMismatch);
    expect(await mismatchEntries(s, round)).toHaveLength(1);
  });

  it('does not take a v1 fingerprint for a v2 one', async () => {
    const { s, round } = await v1PublishedRound();
    if (!round.published) throw new Error('not published');
    await s.db.voteRounds.put({ ...round, published: { ...round.published, fingerprintVersion: 2 } });
    expect(await verifyPublishedRound(s, { roundId: round.id })).toMatchObject({ status: 'mismatch' });
  });

  it('publishes a reopened v1 round again with format v2', async () => {
    const { s, round } = await v1PublishedRound();
    await reopenRound(s, { roundId: round.id, reason: '核对测评票' });
    const closed = await s.db.voteRounds.get(round.id);
    if (closed?.stage !== 'closed') await closeRound(s, { roundId: round.id, returned: returnedOf(round) });
    const again = await publishRound(s, { roundId: round.id });
    expect(again.published?.fingerprintVersion).toBe(2);
    expect(again.published?.fingerprint).toBe(await fingerprintV2(await evidenceOf(s.db, again)));
    expect(await verifyPublishedRound(s, { roundId: round.id })).toMatchObject({ status: 'intact' });
  });
});

const returnedOf = (round: VoteRound) =>
  Object.fromEntries(Object.entries(round.counts).map(([groupId, counts]) => [groupId, counts.returned]));

describe('exports of a published round whose ballots changed', () => {
  it('refuses the Excel export and saves nothing', async () => {
    const { s, round } = await publishedRound();
    const result = round.published?.result;
    if (!result) throw new Error('not published');
    await editOneBallot(s, round);
    await expect(exportResults(s, { round, result })).rejects.toSatisfy(refusedForMismatch);
    expect(s.desktop.saved).toEqual([]);
    expect(await mismatchEntries(s, round)).toHaveLength(1);
  });

  it('refuses the 测评结果通报 before a number is taken', async () => {
    const { s, round } = await publishedRound();
    await withSettings(s, { orgName: '宜丰县人民代表大会常务委员会', noticePrefix: '宜人常发' });
    await editOneBallot(s, round);
    await expect(saveResultsNotice(s, { roundId: round.id, addressee: '各被评议单位' })).rejects.toSatisfy(
      refusedForMismatch,
    );
    expect(s.desktop.saved).toEqual([]);
    expect(await s.db.documentNumbers.count()).toBe(0);
  });
});
