import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainTierBallot } from './fastBallot';
import { ballotSchema } from './votes';

const good = {
  form: 'tiers',
  id: 'b1',
  roundId: 'r1',
  groupId: 'members',
  wholeVoid: false,
  paperNo: 3,
  marks: { u1: ['satisfied'], u2: ['basic', 'unknown'], u3: [] },
};

/** Values a field of a ballot might wrongly hold. */
const oddArb = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    '',
    'x'.repeat(201),
    0,
    -1,
    1.5,
    Number.NaN,
    Infinity,
    2 ** 60,
    true,
    'satisfied',
    'great',
    [],
    ['great'],
    ['satisfied', 1],
    {},
    { u1: 'satisfied' },
    { u1: ['great'] },
    new Date(0),
    'scoreSheet',
  ),
  fc.string({ maxLength: 3 }),
  fc.integer(),
);
const fields = ['form', 'id', 'roundId', 'groupId', 'wholeVoid', 'paperNo', 'marks', 'extra'];

describe('isPlainTierBallot', () => {
  it('accepts a plain tier ballot, in a null paper number too', () => {
    expect(isPlainTierBallot(good)).toBe(true);
    expect(isPlainTierBallot({ ...good, paperNo: null })).toBe(true);
    expect(isPlainTierBallot(JSON.parse(JSON.stringify(good)))).toBe(true);
  });

  it('accepts only what the ballot schema accepts, whatever a field holds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...fields), oddArb), { minLength: 1, maxLength: 3 }),
        (changes) => {
          const row: Record<string, unknown> = structuredClone(good);
          for (const [field, value] of changes) {
            if (value === undefined) delete row[field];
            else row[field] = value;
          }
          if (isPlainTierBallot(row)) expect(ballotSchema.safeParse(row).success).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('leaves the refusals to the schema, which says why', () => {
    for (const row of [
      { ...good, marks: { u1: ['great'] } },
      { ...good, paperNo: 0 },
      { ...good, id: '' },
      { ...good, wholeVoid: 'no' },
      { ...good, form: 'scoreSheet' },
    ]) {
      expect(isPlainTierBallot(row)).toBe(false);
    }
  });
});
