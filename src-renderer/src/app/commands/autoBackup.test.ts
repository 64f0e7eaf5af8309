import { beforeAll, describe, expect, it } from 'vitest';
import { draftFor, TODAY, voteAndPublish } from '../../db/testing/rectificationSetup';
import type { TierId } from '../../domain/votes/tiers';
import { rectificationServices } from '../testing/rectification';
import { testServices } from '../testing/services';
import { closedRound, openedRound } from '../testing/votes';
import { pickAutoBackup, writeAutoBackup } from './autoBackup';
import { exportBackupFile } from './backup';
import { savePerson } from './directory';
import { issueItems } from './rectificationIssue';
import { applyItemAction, createItems } from './rectificationItems';
import { recordReportVote, startReportVote } from './rectificationVotes';
import { closeRound, publishRound } from './votesLifecycle';

/** The part of the browser's FileReader the backup library uses to read a backup. */
class BlobReader {
  onload: ((event: { target: { result: ArrayBuffer } }) => void) | null = null;
  onerror: ((event: { target: { error: unknown } }) => void) | null = null;
  readAsArrayBuffer(blob: Blob): void {
    blob.arrayBuffer().then(
      (result) => this.onload?.({ target: { result } }),
      (error: unknown) => this.onerror?.({ target: { error } }),
    );
  }
}

beforeAll(() => {
  if (!('self' in globalThis)) Object.assign(globalThis, { self: globalThis });
  if (!('FileReader' in globalThis)) Object.assign(globalThis, { FileReader: BlobReader });
});

const zhang = { name: '张三', title: '', category: '人大代表', groups: [], phone: '' } as const;

describe('the commands that make a record ask for an automatic backup once they succeed', () => {
  it('收回并结束 asks for a "close" backup, 公布 for a "publish" one', async () => {
    const { s, round } = await closedRound();
    expect(s.backupRequests).toEqual(['close']);
    await publishRound(s, { roundId: round.id });
    expect(s.backupRequests).toEqual(['close', 'publish']);
  });

  it('asks for nothing when the command is refused', async () => {
    const { s, round } = await openedRound();
    await expect(publishRound(s, { roundId: round.id })).rejects.toThrow();
    await expect(closeRound(s, { roundId: round.id, returned: { members: 14 } })).rejects.toThrow();
    expect(s.backupRequests).toEqual([]);
  });

  it('交办 / 印发 asks for an "issue" backup; 登记测评结果 of a re-vote for a "close" one', async () => {
    const { services, s } = await rectificationServices();
    const [item] = await createItems(services, { drafts: [draftFor(s, 0)] });
    const itemId = item?.id ?? '';
    await issueItems(services, { kind: 'notice', itemIds: [itemId], date: '2026-03-01' });
    expect(services.backupRequests).toEqual(['issue']);

    await applyItemAction(services, { itemId, action: { type: 'planReceived', date: '2026-03-03' } });
    await applyItemAction(services, { itemId, action: { type: 'reportReceived', date: '2026-03-08' } });
    const { round } = await startReportVote(services, { itemId, date: TODAY });
    const unsatisfied = Array.from({ length: 10 }, (): TierId[] => ['unsatisfied']);
    await voteAndPublish(services.db, round.id, unsatisfied, 15);
    await recordReportVote(services, { itemId, date: TODAY, reportDue: '2026-05-31' });
    expect(services.backupRequests).toEqual(['issue', 'close']);
  });
});

describe('writeAutoBackup and pickAutoBackup', () => {
  it('write a full backup stamped with the clock, which restores through the same check as a file', async () => {
    const source = testServices('2026-11-29T10:00:00+08:00');
    await savePerson(source, { id: null, input: { ...zhang, groups: [] } });
    const result = await writeAutoBackup(source, { reason: 'interval' });
    expect(result).toMatchObject({ written: true, backup: { reason: 'interval' } });
    const [request] = source.desktop.autoBackups;
    expect(request?.reason).toBe('interval');

    const services = testServices();
    services.desktop.readAutoBackup = async (name) => {
      expect(name).toBe('auto-1.json');
      return request?.data ?? new Uint8Array();
    };
    const picked = await pickAutoBackup(services, { name: 'auto-1.json' });
    expect(picked.fileName).toBe('auto-1.json');
    expect(picked.summary.exportedAt).toBe(source.clock.now());
    expect(picked.summary.rows.people).toBe(1);
    expect(await services.db.people.count()).toBe(0); // nothing restored yet
  });

  it('refuse a damaged automatic backup with the file check’s reason', async () => {
    const services = testServices();
    services.desktop.readAutoBackup = async () => new TextEncoder().encode('{"formatName":"dexie"');
    await expect(pickAutoBackup(services, { name: 'auto-1.json' })).rejects.toThrow(/备份/);
  });
});

describe('exportBackupFile', () => {
  it('remembers when the backup was exported (for the browser’s reminder), not when it was cancelled', async () => {
    const services = testServices('2026-11-29T10:00:00+08:00');
    services.desktop.saveFile = async () => ({ saved: false });
    await exportBackupFile(services, undefined);
    expect(services.lastExport.read()).toBeNull();

    services.desktop.saveFile = async () => ({ saved: true });
    services.clock.advance(60_000);
    await exportBackupFile(services, undefined);
    expect(services.lastExport.read()).toBe(services.clock.now());
  });
});
