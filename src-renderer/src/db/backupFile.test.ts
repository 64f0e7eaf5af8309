import { describe, expect, it } from 'vitest';
import { decodeRow, encodeRow, RowDecodeError } from './backupFile';

describe('rows in a backup file', () => {
  it('writes bigints as tagged strings and reads them back, keys with dots included', () => {
    const row = { id: 'r1', score: { n: 245n, d: 3n, value: 81.67 }, 'a.b~c': { n: -1n }, none: undefined };
    const encoded = encodeRow(row);
    expect(encoded).toEqual({
      id: 'r1',
      score: { n: '245', d: '3', value: 81.67 },
      'a.b~c': { n: '-1' },
      $types: { 'score.n': 'bigint', 'score.d': 'bigint', 'a~1b~0c.n': 'bigint' },
    });
    const { none: _none, ...defined } = row;
    expect(decodeRow(JSON.parse(JSON.stringify(encoded)))).toEqual(defined);
  });

  it('writes a row without bigints as it is, with the same text as a copy of it', () => {
    const ballot = {
      id: 'b1',
      marks: { u1: ['satisfied'], u2: [] },
      paperNo: null,
      note: undefined,
      list: [1, undefined],
    };
    expect(encodeRow(ballot)).toBe(ballot);
    expect(JSON.stringify(encodeRow(ballot))).toBe(JSON.stringify(structuredClone(ballot)));
    const deep = { id: 'r1', groups: [{ subjects: [{ score: { n: 2n, d: 1n } }] }] };
    expect(encodeRow(deep)).toEqual({
      id: 'r1',
      groups: [{ subjects: [{ score: { n: '2', d: '1' } }] }],
      $types: { 'groups.0.subjects.0.score.n': 'bigint', 'groups.0.subjects.0.score.d': 'bigint' },
    });
  });

  it('reads the tags dexie-export-import wrote in the backups of versions 1-4', () => {
    const written = {
      id: 'r1',
      groups: ['人大代表'],
      counts: { members: { entitled: 15 } },
      result: { groups: [{ counts: '#counts.members' }] },
      gone: 0,
      list: [1, 0, 3],
      $types: {
        groups: 'arrayNonindexKeys',
        'result.groups': 'arrayNonindexKeys',
        'result.groups.0.counts': '#',
        gone: 'undef',
        'list.1': 'sparseUndefined',
      },
    };
    const row = decodeRow(written) as Record<string, unknown> & { counts: { members: unknown } };
    expect(row).toEqual({
      id: 'r1',
      groups: ['人大代表'],
      counts: { members: { entitled: 15 } },
      result: { groups: [{ counts: { entitled: 15 } }] },
      list: [1, undefined, 3],
    });
    expect((row.result as { groups: { counts: unknown }[] }).groups[0]?.counts).toBe(row.counts.members);
  });

  it('refuses a tag it does not know, or one that points nowhere', () => {
    expect(() => decodeRow({ a: 1, $types: { a: 'regexp' } })).toThrow(RowDecodeError);
    expect(() => decodeRow({ a: '#b.c', b: {}, $types: { a: '#' } })).toThrow('引用的字段 b.c 不存在');
    expect(() => decodeRow({ a: 1, $types: { 'x.y': 'bigint' } })).toThrow('x.y: 找不到这个字段');
    expect(() => decodeRow({ a: 'x1', $types: { a: 'bigint' } })).toThrow(RowDecodeError);
  });
});
