import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatted,
  issueNumber,
  nextNumber,
  numberOfDocument,
  registryProblems,
  voidNumber,
  yearOf,
  type IssuedNumber,
} from './numberRegistry';

const TODAY = '2026-05-01';

function issue(entries: IssuedNumber[], prefix: string, year: number, documentId: string): IssuedNumber[] {
  const result = issueNumber(entries, prefix, year, documentId, TODAY);
  if ('error' in result) throw new Error(result.error);
  return [...entries, result.entry];
}

describe('issuing numbers', () => {
  it('takes 1, 2, 3 ... per prefix and year, and restarts each year', () => {
    let entries: IssuedNumber[] = [];
    entries = issue(entries, '宜人常函', 2026, 'd1');
    entries = issue(entries, '宜人常函', 2026, 'd2');
    entries = issue(entries, '宜人常发', 2026, 'd3');
    entries = issue(entries, '宜人常函', 2027, 'd4');
    expect(entries.map(formatted)).toEqual([
      '宜人常函〔2026〕1号',
      '宜人常函〔2026〕2号',
      '宜人常发〔2026〕1号',
      '宜人常函〔2027〕1号',
    ]);
    expect(entries[0]).toEqual({
      prefix: '宜人常函',
      year: 2026,
      sequence: 1,
      status: 'issued',
      documentId: 'd1',
      issuedOn: TODAY,
    });
    expect(nextNumber(entries, '宜人常函', 2026)).toBe(3);
    expect(nextNumber(entries, '宜人常函', 2028)).toBe(1);
  });

  it('never reuses a voided number', () => {
    let entries = issue(issue([], '宜人常函', 2026, 'd1'), '宜人常函', 2026, 'd2');
    const voided = voidNumber(entries, { prefix: '宜人常函', year: 2026, sequence: 2 }, '文件撤回', TODAY);
    if ('error' in voided) throw new Error(voided.error);
    expect(voided.entry).toMatchObject({ status: 'voided', voidReason: '文件撤回', voidedOn: TODAY });
    entries = issue(voided.entries, '宜人常函', 2026, 'd2');
    expect(entries.map((entry) => [entry.sequence, entry.status])).toEqual([
      [1, 'issued'],
      [2, 'voided'],
      [3, 'issued'],
    ]);
    expect(numberOfDocument(entries, 'd2')?.sequence).toBe(3);
  });

  it('refuses a bad prefix or year, and a document that already has a number', () => {
    const entries = issue([], '宜人常函', 2026, 'd1');
    expect(issueNumber(entries, '', 2026, 'd2', TODAY)).toEqual({
      error: '请填写发文字号前缀，例如：宜人常函',
    });
    expect(issueNumber(entries, '宜人常函〔2026〕', 2026, 'd2', TODAY)).toMatchObject({
      error: expect.any(String),
    });
    expect(issueNumber(entries, '宜人常函', 26, 'd2', TODAY)).toEqual({ error: '发文年份应为四位数的年份' });
    expect(issueNumber(entries, '宜人常函', 2026, 'd1', TODAY)).toEqual({
      error: '该文件已编号为宜人常函〔2026〕1号，不能重复编号',
    });
  });

  it('takes the year of a date', () => {
    expect(yearOf('2026-12-31')).toBe(2026);
  });
});

describe('voiding numbers', () => {
  const entries = issue([], '宜人常函', 2026, 'd1');
  const key = { prefix: '宜人常函', year: 2026, sequence: 1 };

  it('needs a reason, an existing number, and refuses a second void', () => {
    expect(voidNumber(entries, key, '  ', TODAY)).toEqual({ error: '请填写作废原因' });
    expect(voidNumber(entries, { ...key, sequence: 9 }, '错号', TODAY)).toEqual({
      error: '没有找到这个发文字号',
    });
    const once = voidNumber(entries, key, '错号', TODAY);
    if ('error' in once) throw new Error(once.error);
    expect(voidNumber(once.entries, key, '再作废', TODAY)).toEqual({
      error: '宜人常函〔2026〕1号已于2026年5月1日作废，不能重复作废',
    });
    expect(entries[0]?.status).toBe('issued');
  });
});

describe('registry checks', () => {
  it('reports duplicates and gaps', () => {
    const base = {
      prefix: '宜人常函',
      year: 2026,
      status: 'issued' as const,
      documentId: 'd',
      issuedOn: TODAY,
    };
    const entries = [1, 1, 3].map((sequence) => ({ ...base, sequence }));
    expect(registryProblems(entries)).toEqual(['宜人常函〔2026〕1号重复', '宜人常函〔2026〕3号之前缺少编号']);
    expect(registryProblems(issue([], '宜人常函', 2026, 'd1'))).toEqual([]);
  });
});

const PREFIXES = ['宜人常函', '宜人常发', '宜人常办'];
const YEARS = [2025, 2026, 2027];

type Op = { op: 'issue'; prefix: number; year: number; doc: number } | { op: 'void'; pick: number };

const operation: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('issue' as const),
      prefix: fc.nat(2),
      year: fc.nat(2),
      doc: fc.nat(7),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('void' as const), pick: fc.nat(1000) }) },
);

describe('properties', () => {
  it('any sequence of issues and voids keeps 1..n per prefix and year, no gaps, no duplicates, no reuse', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), (ops) => {
        let entries: IssuedNumber[] = [];
        const voidedKeys = new Set<string>();
        for (const op of ops) {
          const before = entries;
          if (op.op === 'issue') {
            const prefix = PREFIXES[op.prefix] ?? '';
            const year = YEARS[op.year] ?? 0;
            const documentId = `doc-${op.doc}`;
            const result = issueNumber(entries, prefix, year, documentId, TODAY);
            if ('error' in result) {
              expect(numberOfDocument(entries, documentId)).not.toBeNull();
              continue;
            }
            expect(result.entry.sequence).toBe(nextNumber(entries, prefix, year));
            expect(voidedKeys.has(formatted(result.entry))).toBe(false);
            entries = [...entries, result.entry];
          } else {
            const target = entries[op.pick % Math.max(1, entries.length)];
            if (!target) continue;
            const result = voidNumber(entries, target, '作废', TODAY);
            if ('error' in result) {
              expect(target.status).toBe('voided');
              continue;
            }
            voidedKeys.add(formatted(target));
            entries = result.entries;
          }
          // nothing taken is ever lost or renumbered; a voided number stays voided
          expect(entries.slice(0, before.length).map(formatted)).toEqual(before.map(formatted));
          before.forEach((entry, index) => {
            if (entry.status === 'voided') expect(entries[index]?.status).toBe('voided');
          });
        }
        expect(registryProblems(entries)).toEqual([]);
        for (const prefix of PREFIXES) {
          for (const year of YEARS) {
            const sequences = entries
              .filter((entry) => entry.prefix === prefix && entry.year === year)
              .map((entry) => entry.sequence);
            expect(sequences).toEqual(sequences.map((_, index) => index + 1));
          }
        }
        const live = entries.filter((entry) => entry.status === 'issued').map((entry) => entry.documentId);
        expect(new Set(live).size).toBe(live.length);
      }),
      { numRuns: 300 },
    );
  });
});
