import { describe, expect, it } from 'vitest';
import { KeySet } from './backupKeys';

/** The old check: two rows share a key when the JSON of their key fields' values is the same. */
function oldSame(fields: string[], a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const text = (row: Record<string, unknown>) => JSON.stringify(fields.map((field) => row[field]));
  return text(a) === text(b);
}

function newSame(fields: string[], a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new KeySet(fields);
  keys.add(a);
  return !keys.add(b);
}

const VALUES: unknown[] = [
  'a',
  'b',
  '1',
  1,
  2,
  0,
  -0,
  '',
  'a+b',
  's1:a',
  'n1;',
  'x"y',
  'j1:1',
  '账号',
  12.5,
  null,
  undefined,
  ['a', 1],
];

describe('KeySet', () => {
  it('finds two rows the same exactly when the old JSON comparison did, for one-field and compound keys', () => {
    for (const a of VALUES) {
      for (const b of VALUES) {
        expect(newSame(['id'], { id: a }, { id: b }), `${String(a)} / ${String(b)}`).toBe(
          oldSame(['id'], { id: a }, { id: b }),
        );
        for (const c of VALUES) {
          const first = { p: a, q: b };
          const second = { p: c, q: b };
          const swapped = { p: b, q: a };
          expect(newSame(['p', 'q'], first, second)).toBe(oldSame(['p', 'q'], first, second));
          expect(newSame(['p', 'q'], first, swapped)).toBe(oldSame(['p', 'q'], first, swapped));
        }
      }
    }
  });

  it('does not mistake keys whose parts run into each other', () => {
    const keys = new KeySet(['activityId', 'seq']);
    expect(keys.add({ activityId: 'a1', seq: 2 })).toBe(true);
    expect(keys.add({ activityId: 'a', seq: 12 })).toBe(true);
    expect(keys.add({ activityId: 'a1', seq: '2' })).toBe(true);
    expect(keys.add({ activityId: 'a1', seq: 2 })).toBe(false);
  });
});
