import { describe, expect, it } from 'vitest';
import { evidenceOf } from '../../db/repositories/votesLifecycle';
import { tally } from '../../domain/votes/tally';
import { closedRound, publishedRound } from '../testing/votes';
import { exportResults } from './votesExport';

const isZip = (data: Uint8Array | undefined) => data !== undefined && data[0] === 0x50 && data[1] === 0x4b;

describe('exportResults', () => {
  it('saves a published result as .xlsx named after the round', async () => {
    const { s, round } = await publishedRound();
    const result = round.published?.result;
    if (!result) throw new Error('not published');
    expect(await exportResults(s, { round, result })).toBe(
      '已导出到 /tmp/优化营商环境工作评议满意度测评.xlsx',
    );
    expect(isZip(s.desktop.saved[0]?.data)).toBe(true);
  });

  it("exports the round's ballots in a 测评票 sheet", async () => {
    const { s, round } = await publishedRound();
    const result = round.published?.result;
    if (!result) throw new Error('not published');
    const stored = await s.db.ballots.where('roundId').equals(round.id).count();
    expect(stored).toBeGreaterThan(0);
    await exportResults(s, { round, result });
    const { default: ExcelJS } = await import('../../spreadsheets/exceljs');
    const workbook = new ExcelJS.Workbook();
    const data = s.desktop.saved[0]?.data;
    if (!data) throw new Error('nothing saved');
    await workbook.xlsx.load(data.slice().buffer);
    expect(workbook.getWorksheet('测评票')?.rowCount).toBe(stored + 1);
  });

  it('marks a result not yet published as provisional, and cleans the file name', async () => {
    const { s, round } = await publishedRound();
    const result = round.published?.result;
    if (!result) throw new Error('not published');
    const closed = { ...round, title: '测评 A/B', stage: 'closed' as const, published: null };
    await exportResults(s, { round: closed, result });
    expect(s.desktop.saved.map((f) => f.suggestedName)).toEqual(['测评AB（临时结果）.xlsx']);
  });

  it('returns null when the save dialog is cancelled', async () => {
    const { s, round } = await closedRound();
    s.desktop.saveFile = () => Promise.resolve({ saved: false });
    const result = tally(await evidenceOf(s.db, round));
    expect(await exportResults(s, { round, result })).toBeNull();
  });
});
