import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import type { VoteRound } from '../../domain/votes/roundRecord';
import type { XunpingDb } from '../database';
import { freshDb } from '../testing/freshDb';
import { createActivity } from './activities';
import { peopleRepository } from './people';
import { closeRound, resetRound } from './votesLifecycle';
import { createRound, listRoundLog, openRound, RoundActionError, setEntryMode } from './votes';
import {
  enterScoringMode,
  leaveScoringMode,
  listCheckins,
  submitScoringBallot,
  type ScoringBallot,
} from './votesScoring';
import { t0, twoUnits } from '../testing/votesSetup';

let db: XunpingDb;
let round: VoteRound;
let people: string[];
let outsider: string;

async function person(name: string): Promise<string> {
  const input = {
    name,
    title: '',
    category: '常委会组成人员' as const,
    groups: ['常委会组成人员'],
    phone: '',
  };
  return (await peopleRepository.add(db, input)).id;
}

beforeEach(async () => {
  db = freshDb();
  people = [await person('委员甲'), await person('委员乙'), await person('委员丙')];
  outsider = await person('委员丁');
  const activity = await createActivity(
    db,
    {
      kind: 'inquiry',
      title: '促进绿色矿山建设',
      date: '2026-12-06',
      venue: '',
      chairId: null,
      units: [],
      participantIds: people,
      timerMinutes: DEFAULT_TIMER_MINUTES,
      status: 'planning',
    },
    t0.getTime(),
  );
  round = await createRound(db, activity.id, twoUnits(), t0.getTime());
  await openRound(db, round.id, { members: { entitled: 3, present: 3, issued: 3 } }, t0.getTime());
});

const PIN = 'a'.repeat(64);

/** Scoring mode for the members, with `present` signed in (everyone by default). */
function enter(present: readonly string[] = people) {
  return enterScoringMode(
    db,
    round.id,
    { groupId: 'members', presentIds: present, pinHash: PIN },
    t0.getTime(),
  );
}

function vote(first: 'satisfied' | 'basic' | null, second: 'unsatisfied' | null = null): ScoringBallot {
  const [a, b] = round.subjects;
  const marks: Record<string, ['satisfied' | 'basic' | 'unsatisfied']> = {};
  if (a && first) marks[a.id] = [first];
  if (b && second) marks[b.id] = [second];
  return { form: 'tiers', groupId: 'members', marks };
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RoundActionError);
  return (error as Error).message;
}

describe('submitScoringBallot', () => {
  beforeEach(async () => {
    await enter();
  });

  it('writes a check-in and an anonymous ballot, and refuses a second vote by the same person', async () => {
    await submitScoringBallot(db, round.id, people[0] ?? '', vote('satisfied', 'unsatisfied'));
    expect(await listCheckins(db, round.id)).toEqual([people[0]]);
    expect(await refusal(submitScoringBallot(db, round.id, people[0] ?? '', vote('basic')))).toBe(
      '委员甲已经投过票，每人只能投一次，本次提交未计入',
    );
    expect(await db.ballots.count()).toBe(1);
    expect(await db.checkins.count()).toBe(1);
  });

  it('stores no time, no person and no paper number with a ballot, and no time with a check-in', async () => {
    for (const id of people) await submitScoringBallot(db, round.id, id, vote('satisfied'));
    const ballots = await db.ballots.toArray();
    expect(ballots).toHaveLength(3);
    for (const ballot of ballots) {
      expect(Object.keys(ballot).sort()).toEqual([
        'form',
        'groupId',
        'id',
        'marks',
        'paperNo',
        'roundId',
        'wholeVoid',
      ]);
      expect(ballot.paperNo).toBeNull();
      expect(ballot.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(JSON.stringify(ballot)).not.toMatch(new RegExp(people.join('|')));
    }
    for (const checkin of await db.checkins.toArray()) {
      expect(Object.keys(checkin).sort()).toEqual(['personId', 'roundId']);
    }
    // Voting adds nothing to the round's log: no line per vote, no time per vote.
    const log = await listRoundLog(db, round.id);
    expect(log.map((entry) => entry.action)).toEqual(['created', 'opened', 'entryModeChanged']);
  });

  it('refuses people outside the activity, a void mark, a closed count, and a round not open', async () => {
    expect(await refusal(submitScoringBallot(db, round.id, outsider, vote('satisfied')))).toContain(
      '名单中没有这位测评人',
    );
    const [a] = round.subjects;
    const doubled: ScoringBallot = {
      form: 'tiers',
      groupId: 'members',
      marks: { [a?.id ?? '']: ['satisfied', 'basic'] },
    };
    expect(await refusal(submitScoringBallot(db, round.id, people[0] ?? '', doubled))).toBe(
      '每个测评对象只能选择一个档次',
    );
    expect(await db.checkins.count()).toBe(0);
    await db.voteRounds.update(round.id, {
      counts: { members: { entitled: 3, present: 3, issued: 1, returned: 0 } },
    });
    await submitScoringBallot(db, round.id, people[0] ?? '', vote('basic'));
    expect(await refusal(submitScoringBallot(db, round.id, people[1] ?? '', vote('basic')))).toContain(
      '发出的 1 张测评票已全部投完',
    );
    await db.voteRounds.update(round.id, { stage: 'closed' });
    expect(await refusal(submitScoringBallot(db, round.id, people[2] ?? '', vote('basic')))).toContain(
      '本轮测评已经结束',
    );
    expect(await db.checkins.count()).toBe(1);
  });
});

describe('entering and leaving scoring mode', () => {
  it('logs both with the number signed in, without names or votes', async () => {
    await enter();
    await submitScoringBallot(db, round.id, people[1] ?? '', vote('satisfied'));
    await leaveScoringMode(db, round.id, PIN, t0.getTime());
    const log = await listRoundLog(db, round.id);
    expect(log.slice(2).map((entry) => entry.summary)).toEqual([
      '进入评分模式：签到 3 人，实到和发出按签到人数计为 3',
      '退出评分模式',
    ]);
    expect(JSON.stringify(log)).not.toContain('委员乙');
    expect(JSON.stringify(log)).not.toContain(PIN);
  });

  it('is refused for a group that enters totals', async () => {
    await setEntryMode(db, round.id, 'members', 'totals', t0.getTime());
    expect(await refusal(enter())).toBe('已选择录入汇总数，不能使用评分模式');
  });

  it('keeps the sign-in and the PIN hash on the round, and sets 实到 and 发出 to those signed in', async () => {
    await enter([people[2] ?? '', people[0] ?? '']);
    const stored = await db.voteRounds.get(round.id);
    expect(stored?.scoring).toEqual({ groupId: 'members', pinHash: PIN });
    expect(stored?.presence).toEqual({ members: [people[0], people[2]] });
    expect(stored?.counts['members']).toEqual({ entitled: 3, present: 2, issued: 2, returned: 0 });
    expect(await refusal(enter())).toBe('评分模式正在进行，请先在评分屏幕上输入 PIN 退出评分模式');
  });

  it('lets only those signed in vote, and nobody while the mode is off', async () => {
    expect(await refusal(submitScoringBallot(db, round.id, people[0] ?? '', vote('basic')))).toBe(
      '评分模式没有开启，不能投票；请与会务人员联系',
    );
    await enter([people[0] ?? '', people[1] ?? '']);
    expect(await refusal(submitScoringBallot(db, round.id, people[2] ?? '', vote('basic')))).toBe(
      '委员丙没有签到，不能投票；请与会务人员联系',
    );
    await submitScoringBallot(db, round.id, people[0] ?? '', vote('basic'));
    expect(await db.ballots.count()).toBe(1);
  });

  it('refuses a sign-in without a quorum or with a stranger, and changes nothing', async () => {
    expect(await refusal(enter([people[0] ?? '']))).toBe('实到 1 人，未超过应到 3 人的半数，不能进行测评');
    expect(await refusal(enter([people[0] ?? '', outsider]))).toContain('不属于本组测评人');
    expect((await db.voteRounds.get(round.id))?.scoring ?? null).toBeNull();
  });

  it('keeps those who have voted signed in when entering again', async () => {
    await enter([people[0] ?? '', people[1] ?? '']);
    await submitScoringBallot(db, round.id, people[0] ?? '', vote('basic'));
    await leaveScoringMode(db, round.id, PIN, t0.getTime());
    await enter([people[1] ?? '', people[2] ?? '']);
    expect((await db.voteRounds.get(round.id))?.presence).toEqual({ members: people });
  });

  it('leaves only with the PIN; the round cannot be closed before', async () => {
    await enter();
    await submitScoringBallot(db, round.id, people[0] ?? '', vote('basic'));
    expect(await refusal(leaveScoringMode(db, round.id, 'b'.repeat(64), t0.getTime()))).toBe(
      'PIN 不正确，未退出评分模式',
    );
    expect(await refusal(closeRound(db, round.id, { members: 1 }, t0.getTime()))).toBe(
      '评分模式正在进行，请先在评分屏幕上输入 PIN 退出评分模式',
    );
    expect((await db.voteRounds.get(round.id))?.scoring).not.toBeNull();
    await leaveScoringMode(db, round.id, PIN, t0.getTime());
    expect((await db.voteRounds.get(round.id))?.scoring).toBeNull();
    await closeRound(db, round.id, { members: 1 }, t0.getTime());
    expect((await db.voteRounds.get(round.id))?.stage).toBe('closed');
  });

  it('is ended by a reset, which also forgets the sign-in', async () => {
    await enter();
    await resetRound(db, round.id, '测评对象有误', t0.getTime());
    const stored = await db.voteRounds.get(round.id);
    expect(stored?.scoring).toBeNull();
    expect(stored?.presence).toEqual({});
    await leaveScoringMode(db, round.id, 'c'.repeat(64), t0.getTime()); // nothing to leave: no PIN asked
  });
});
