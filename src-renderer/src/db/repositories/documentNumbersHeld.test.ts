import { describe, expect, it } from 'vitest';
import { freshDb } from '../testing/freshDb';
import { heldNumber, listNumbers, numberForDocument, reserveNumber } from './documentNumbers';

const now = new Date('2026-11-29T08:00:00Z');
const request = { prefix: '宜人常发', year: 2026, documentId: 'round:r1:results-notice' };

describe('numberForDocument', () => {
  it('takes the next free number once and keeps it for later exports', async () => {
    const db = freshDb();
    await reserveNumber(db, { prefix: '宜人常发', year: 2026, documentId: 'notice-a' }, now.getTime());
    expect(await heldNumber(db, request)).toBeNull();
    const first = await numberForDocument(db, request, now.getTime());
    const again = await numberForDocument(db, request, now.getTime());
    expect(first.sequence).toBe(2);
    expect(again.sequence).toBe(2);
    expect((await heldNumber(db, request))?.sequence).toBe(2);
    expect((await listNumbers(db, '宜人常发', 2026)).map((e) => e.sequence)).toEqual([1, 2]);
  });

  it('never gives two documents the same number when asked at once', async () => {
    const db = freshDb();
    const numbers = await Promise.all(
      ['a', 'b', 'c', 'd'].map((id) => numberForDocument(db, { ...request, documentId: id }, now.getTime())),
    );
    expect(numbers.map((n) => n.sequence).sort()).toEqual([1, 2, 3, 4]);
  });
});
