// The life cycle of a round in the store: open, close, void, reset, publish, reopen, and the projector flag.
// Every change checks the stage in its own transaction and is logged there.

import type { Instant } from '../../domain/time';
import { countsText } from '../../domain/votes/countsText';
import { canonicalBallotSet, fingerprint, FINGERPRINT_VERSION } from '../../domain/votes/fingerprint';
import {
  checkClosing,
  checkOpening,
  checkReason,
  tallyInputOf,
  type OpeningCounts,
} from '../../domain/votes/lifecycle';
import { checkRound, type GroupCounts } from '../../domain/votes/round';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { tally } from '../../domain/votes/tally';
import type { TallyInput } from '../../domain/votes/entries';
import { statusAfterPublish, statusAfterReopen } from '../../domain/activity/statusAfterVote';
import { doubleEntryProblems } from '../../domain/votes/doubleEntry';
import type { XunpingDb } from '../database';
import { NotFoundError } from '../errors';
import { activityTitle, appendAudit, auditedRoundTables } from './auditLog';
import { doubleEntryOf } from './votesDoubleEntry';
import { appendLog, clearEntries, roundFor, roundTables, RoundActionError } from './votesLog';

function reasonOrThrow(reason: string): string {
  const checked = checkReason(reason);
  if ('problem' in checked) throw RoundActionError.refused([checked.problem]);
  return checked.reason;
}

/** What a round is counted from, read inside the caller's transaction. */
export async function evidenceOf(db: XunpingDb, round: VoteRound): Promise<TallyInput> {
  const ballots = await db.ballots.where('roundId').equals(round.id).toArray();
  const totals = await db.groupTotals.where('roundId').equals(round.id).toArray();
  return tallyInputOf(
    round,
    ballots.map(({ roundId: _r, paperNo: _p, ...ballot }) => ballot),
    totals.map(({ roundId: _r, ...item }) => item),
  );
}

/** 开始测评: records 应到 / 实到 / 发出 per group; refused without a quorum, with the reason. */
export async function openRound(
  db: XunpingDb,
  roundId: string,
  counts: OpeningCounts,
  now: Instant,
): Promise<VoteRound> {
  return db.transaction('rw', roundTables(db), async () => {
    const existing = await roundFor(db, roundId, 'open');
    const problems = checkOpening(existing, counts);
    if (problems.length > 0) throw RoundActionError.refused(problems);
    const full: Record<string, GroupCounts> = {};
    for (const group of existing.rules.groups) {
      const c = counts[group.id];
      if (c) full[group.id] = { entitled: c.entitled, present: c.present, issued: c.issued, returned: 0 };
    }
    const round: VoteRound = { ...existing, counts: full, stage: 'open' };
    await db.voteRounds.put(round);
    const summary = `开始测评：${countsText(round.rules, full, false)}`;
    await appendLog(db, roundId, { action: 'opened', summary, details: { counts: full } }, now);
    return round;
  });
}

function withReturned(
  round: VoteRound,
  returned: Readonly<Record<string, number>>,
): Record<string, GroupCounts> {
  return Object.fromEntries(
    Object.entries(round.counts).map(([groupId, c]) => [
      groupId,
      { ...c, returned: returned[groupId] ?? c.returned },
    ]),
  );
}

/**
 * 收回并结束: records 收回 per group. Refused while scoring mode is on, while ballots are missing or totals do
 * not add up, and (双人复核) while a paper ballot lacks a matching second reading; when more were
 * returned than issued the round is void: a RoundActionError with voidRound set, and nothing is changed.
 */
export async function closeRound(
  db: XunpingDb,
  roundId: string,
  returned: Readonly<Record<string, number>>,
  now: Instant,
): Promise<VoteRound> {
  return db.transaction('rw', roundTables(db), async () => {
    const existing = await roundFor(db, roundId, 'close');
    if (existing.scoring) throw new RoundActionError('votes.scoringOn');
    const round: VoteRound = { ...existing, counts: withReturned(existing, returned), stage: 'closed' };
    const check = checkClosing(await evidenceOf(db, round));
    if (check.kind !== 'ok') throw RoundActionError.refused(check.problems, check.kind === 'void');
    if (round.doubleEntry) {
      const unchecked = doubleEntryProblems(await doubleEntryOf(db, round), round.rules);
      if (unchecked.length > 0) throw RoundActionError.refused(unchecked);
    }
    await db.voteRounds.put(round);
    const summary = `收回并结束：${countsText(round.rules, round.counts, true)}`;
    await appendLog(db, roundId, { action: 'closed', summary, details: { counts: round.counts } }, now);
    return round;
  });
}

/**
 * A void round (收回 > 发出): logs the counts that made it void, deletes what was entered and resets the round
 * to draft, so it can be voted again.
 */
export async function voidRound(
  db: XunpingDb,
  roundId: string,
  returned: Readonly<Record<string, number>>,
  now: Instant,
): Promise<VoteRound> {
  return db.transaction('rw', roundTables(db), async () => {
    const existing = await roundFor(db, roundId, 'reset');
    const counts = withReturned(existing, returned);
    const check = checkRound(existing.rules, counts);
    if (check.status !== 'void') throw new RoundActionError('votes.notVoid');
    const voided = `${check.problems.join('；')}（${countsText(existing.rules, counts, true)}）`;
    await appendLog(db, roundId, { action: 'voided', summary: voided, details: { counts } }, now);
    return resetTo(db, existing, '本轮测评无效，重新测评', now);
  });
}

async function resetTo(db: XunpingDb, existing: VoteRound, reason: string, now: Instant): Promise<VoteRound> {
  const deleted = await clearEntries(db, existing.id);
  const round: VoteRound = {
    ...existing,
    counts: {},
    stage: 'draft',
    published: null,
    showOnProjector: false,
    scoring: null,
    presence: {},
  };
  await db.voteRounds.put(round);
  const summary = `重置为设置中，删除已录入的测评票 ${deleted.ballots} 张、汇总数 ${deleted.totals} 组`;
  await appendLog(db, existing.id, { action: 'reset', summary, reason, details: deleted }, now);
  return round;
}

/** Back to draft (e.g. the subjects were wrong): deletes what was entered; needs a reason, which is logged. */
export async function resetRound(
  db: XunpingDb,
  roundId: string,
  reason: string,
  now: Instant,
): Promise<VoteRound> {
  const why = reasonOrThrow(reason);
  return db.transaction('rw', roundTables(db), async () =>
    resetTo(db, await roundFor(db, roundId, 'reset'), why, now),
  );
}

/**
 * 公布: counts the round, computes the fingerprint and freezes both. The fingerprint is computed outside the
 * transaction (Web Crypto is not an IndexedDB operation); the write checks that the evidence did not change.
 */
export async function publishRound(db: XunpingDb, roundId: string, now: Instant): Promise<VoteRound> {
  const input = await db.transaction('r', roundTables(db), async () =>
    evidenceOf(db, await roundFor(db, roundId, 'publish')),
  );
  const result = tally(input);
  if (result.status !== 'counted') throw RoundActionError.refused(result.problems);
  const print = await fingerprint(input);
  const canonical = canonicalBallotSet(input);
  return db.transaction('rw', [...roundTables(db), db.activities], async () => {
    const existing = await roundFor(db, roundId, 'publish');
    if (canonicalBallotSet(await evidenceOf(db, existing)) !== canonical) {
      throw new RoundActionError('votes.changedWhileCounting');
    }
    const published = {
      result,
      fingerprint: print,
      fingerprintVersion: FINGERPRINT_VERSION,
      publishedAt: now,
    };
    const round: VoteRound = { ...existing, stage: 'published', published };
    await db.voteRounds.put(round);
    const summary = `公布结果，校验码 ${print}`;
    await appendLog(db, roundId, { action: 'published', summary, details: { fingerprint: print } }, now);
    // A 工作评议 ends (已结束) once its evaluation's result is published.
    const activity = await db.activities.get(round.activityId);
    const status = activity ? statusAfterPublish(activity, round) : null;
    if (activity && status !== null) await db.activities.put({ ...activity, status });
    return round;
  });
}

/**
 * 重新开启: a closed or published round goes back to entry; the published result is withdrawn. Logged in the
 * round's log and the audit log.
 */
export async function reopenRound(
  db: XunpingDb,
  roundId: string,
  reason: string,
  now: Instant,
): Promise<VoteRound> {
  const why = reasonOrThrow(reason);
  return db.transaction('rw', [...roundTables(db), ...auditedRoundTables(db)], async () => {
    const existing = await roundFor(db, roundId, 'reopen');
    const round: VoteRound = { ...existing, stage: 'open', published: null, showOnProjector: false };
    await db.voteRounds.put(round);
    const withdrawn = existing.published
      ? `，撤回已公布的结果（校验码 ${existing.published.fingerprint}）`
      : '';
    const details = existing.published ? { fingerprint: existing.published.fingerprint } : {};
    await appendLog(
      db,
      roundId,
      { action: 'reopened', summary: `重新开启${withdrawn}`, reason: why, details },
      now,
    );
    // A 工作评议 that this result ended (已结束) is 进行中 again.
    const owner = await db.activities.get(existing.activityId);
    if (owner) {
      const siblings = await db.voteRounds.where('activityId').equals(owner.id).toArray();
      const others = siblings.filter((r) => r.id !== roundId && r.stage === 'published');
      const reopened = { subjectKind: existing.subjectKind, wasPublished: existing.published !== null };
      const status = statusAfterReopen(owner, reopened, others);
      if (status !== null) await db.activities.put({ ...owner, status });
    }
    const activity = await activityTitle(db, existing.activityId);
    const print = existing.published?.fingerprint ?? null;
    const audited = { activity, round: existing.title, reason: why, fingerprint: print };
    await appendAudit(db, { kind: 'roundReopened', ...audited }, now);
    return round;
  });
}

/** 在大屏显示 / 取消: at most one round of an activity is on the projector; only a published one. */
export async function setShowOnProjector(
  db: XunpingDb,
  roundId: string,
  show: boolean,
  now: Instant,
): Promise<void> {
  await db.transaction('rw', roundTables(db), async () => {
    const round = show ? await roundFor(db, roundId, 'projector') : await db.voteRounds.get(roundId);
    if (!round) throw new NotFoundError('该测评');
    const shown = await db.voteRounds.where('activityId').equals(round.activityId).toArray();
    for (const other of shown.filter((r) => r.showOnProjector && r.id !== roundId)) {
      await db.voteRounds.put({ ...other, showOnProjector: false });
      await appendLog(
        db,
        other.id,
        { action: 'projectorHidden', summary: '取消大屏显示（改为显示另一轮）' },
        now,
      );
    }
    if (round.showOnProjector === show) return;
    await db.voteRounds.put({ ...round, showOnProjector: show });
    const action = show ? 'projectorShown' : 'projectorHidden';
    await appendLog(db, roundId, { action, summary: show ? '在大屏显示结果' : '取消大屏显示' }, now);
  });
}
