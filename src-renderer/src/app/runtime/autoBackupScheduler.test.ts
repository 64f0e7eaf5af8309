import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AutoBackupReason, AutoBackupWriteResult } from '../../../../src-main/contract';
import { writeAutoBackup } from '../commands/autoBackup';
import { savePerson } from '../commands/directory';
import { publishRound } from '../commands/votesLifecycle';
import { fakeClock, testServices } from '../testing/services';
import { closedRound } from '../testing/votes';
import { AutoBackupScheduler, AUTO_BACKUP_INTERVAL_MS } from './autoBackupScheduler';
import { connectAutoBackups } from './autoBackups';

// The backup file's library reads `self` when it loads.
beforeAll(() => {
  if (!('self' in globalThis)) Object.assign(globalThis, { self: globalThis });
});

const MINUTE = 60_000;

function recorder() {
  const said: string[] = [];
  return {
    said,
    report: {
      written: (backup: { reason: AutoBackupReason }) => said.push(`written ${backup.reason}`),
      lowDisk: (active: boolean) => said.push(`lowDisk ${active}`),
      failed: (error: unknown) => said.push(`failed ${(error as Error).message}`),
    },
  };
}

const written = (reason: AutoBackupReason): AutoBackupWriteResult => ({
  written: true,
  backup: { name: `${reason}.json`, createdAt: 0, size: 1, reason },
});

/** A scheduler over a fake clock whose writes answer with `answer` (default: written). */
function scheduler(
  answer: (reason: AutoBackupReason) => Promise<AutoBackupWriteResult> = async (r) => written(r),
) {
  const clock = fakeClock();
  const { said, report } = recorder();
  const writes: AutoBackupReason[] = [];
  const s = new AutoBackupScheduler({
    clock,
    report,
    write: (reason) => {
      writes.push(reason);
      return answer(reason);
    },
  });
  return { s, clock, said, writes };
}

describe('AutoBackupScheduler', () => {
  it('writes once 10 minutes have passed with changed data, and not again until the data changes', async () => {
    const { s, clock, writes } = scheduler();
    s.markChanged();
    clock.advance(9 * MINUTE + 59_000);
    s.tick();
    await s.idle();
    expect(writes).toEqual([]);

    clock.advance(1_000); // exactly 10 minutes
    s.tick();
    await s.idle();
    expect(writes).toEqual(['interval']);

    clock.advance(AUTO_BACKUP_INTERVAL_MS * 3);
    s.tick();
    await s.idle();
    expect(writes).toEqual(['interval']);

    s.markChanged();
    s.tick();
    await s.idle();
    expect(writes).toEqual(['interval', 'interval']);
  });

  it('writes at once after a publish, and the timer counts its 10 minutes from there', async () => {
    const { s, clock, writes } = scheduler();
    clock.advance(8 * MINUTE);
    s.markChanged();
    s.request('publish');
    await s.idle();
    expect(writes).toEqual(['publish']);

    s.markChanged();
    clock.advance(9 * MINUTE);
    s.tick();
    await s.idle();
    expect(writes).toEqual(['publish']);
    clock.advance(MINUTE);
    s.tick();
    await s.idle();
    expect(writes).toEqual(['publish', 'interval']);
  });

  it('writes one at a time: requests during a write become one more backup, the event reason first', async () => {
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { s, writes } = scheduler(async (reason) => {
      if (reason === 'publish') await gate;
      return written(reason);
    });
    s.request('publish');
    s.request('interval');
    s.request('issue');
    s.request('interval');
    expect(writes).toEqual(['publish']);
    release();
    await s.idle();
    expect(writes).toEqual(['publish', 'issue']);
  });

  it('says "low disk" once, keeps trying every 10 minutes, and says when writing resumes', async () => {
    let full = true;
    const { s, clock, said, writes } = scheduler(async (reason) =>
      full ? { written: false, reason: 'lowDisk' } : written(reason),
    );
    s.request('close');
    await s.idle();
    s.request('publish');
    await s.idle();
    expect(said).toEqual(['lowDisk true']);

    s.tick(); // the refused data is still unsaved, but 10 minutes have not passed
    await s.idle();
    expect(writes).toEqual(['close', 'publish']);

    full = false;
    clock.advance(AUTO_BACKUP_INTERVAL_MS);
    s.tick();
    await s.idle();
    expect(writes).toEqual(['close', 'publish', 'interval']);
    expect(said).toEqual(['lowDisk true', 'lowDisk false', 'written interval']);
  });

  it('reports a failure once until a backup is written again, and never throws', async () => {
    let fail = true;
    const { s, said } = scheduler(async (reason) => {
      if (fail) throw new Error('disk gone');
      return written(reason);
    });
    s.request('publish');
    s.request('close');
    await s.idle();
    s.request('issue');
    await s.idle();
    expect(said).toEqual(['failed disk gone']);
    fail = false;
    s.request('close');
    await s.idle();
    fail = true;
    s.request('publish');
    await s.idle();
    expect(said).toEqual(['failed disk gone', 'written close', 'failed disk gone']);
  });

  it('stops for good when the shell keeps no backups (the browser)', async () => {
    const { s, clock, writes } = scheduler(async () => ({ written: false, reason: 'unsupported' }));
    s.request('publish');
    await s.idle();
    s.request('close');
    s.markChanged();
    clock.advance(AUTO_BACKUP_INTERVAL_MS);
    s.tick();
    await s.idle();
    expect(writes).toEqual(['publish']);
  });
});

describe('connectAutoBackups', () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it('writes a full backup after a publish, at once, and tells the lists', async () => {
    const { s, round } = await closedRound();
    const { said, report } = recorder();
    const connected = connectAutoBackups(s, (reason) => writeAutoBackup(s, { reason }), report);
    stops.push(connected.stop);
    let lists = 0;
    s.autoBackups.onWritten(() => (lists += 1));

    await publishRound(s, { roundId: round.id });
    await connected.scheduler.idle();
    expect(s.desktop.autoBackups.map((b) => b.reason)).toEqual(['publish']);
    const file = JSON.parse(new TextDecoder().decode(s.desktop.autoBackups[0]?.data)) as {
      data: { tables: { name: string; rowCount: number }[] };
    };
    const rounds = file.data.tables.find((t) => t.name === 'voteRounds');
    expect(rounds?.rowCount).toBe(1);
    expect(said).toEqual(['written publish']);
    expect(lists).toBe(1);
  });

  it('counts a committed write as a change: 10 minutes after a name is saved, one interval backup', async () => {
    const s = testServices();
    await s.db.open();
    const connected = connectAutoBackups(s, (reason) => writeAutoBackup(s, { reason }), recorder().report);
    stops.push(connected.stop);

    s.clock.advance(AUTO_BACKUP_INTERVAL_MS);
    connected.scheduler.tick();
    await connected.scheduler.idle();
    expect(s.desktop.autoBackups).toEqual([]); // nothing changed

    const input = { name: '张三', title: '', category: '人大代表', groups: [], phone: '' } as const;
    await savePerson(s, { id: null, input: { ...input, groups: [] } });
    connected.scheduler.tick();
    await connected.scheduler.idle();
    expect(s.desktop.autoBackups.map((b) => b.reason)).toEqual(['interval']);

    // The backup itself reads only: no change, no further backup.
    s.clock.advance(AUTO_BACKUP_INTERVAL_MS);
    connected.scheduler.tick();
    await connected.scheduler.idle();
    expect(s.desktop.autoBackups).toHaveLength(1);
  });
});
