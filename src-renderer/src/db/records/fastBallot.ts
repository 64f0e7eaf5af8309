// A quick yes for the commonest stored row, a 测评票 of tiers, without zod: a restore checks 20,000 of them.
// It accepts only rows ballotSchema accepts (fastBallot.test.ts checks that against the schema); anything else,
// right or wrong, goes to the schema, which decides and says why.

const TIERS = new Set<unknown>(['satisfied', 'fairly', 'basic', 'unsatisfied', 'unknown']);

function isId(value: unknown): boolean {
  return typeof value === 'string' && value.length >= 1 && value.length <= 200;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;
}

/** True for a tier ballot record that plainly fits ballotSchema; false means "ask the schema". */
export function isPlainTierBallot(row: unknown): boolean {
  if (!isPlainObject(row) || row.form !== 'tiers') return false;
  const { paperNo, marks } = row;
  if (!isId(row.id) || !isId(row.roundId) || !isId(row.groupId)) return false;
  if (typeof row.wholeVoid !== 'boolean') return false;
  if (paperNo !== null && !(Number.isSafeInteger(paperNo) && (paperNo as number) > 0)) return false;
  if (!isPlainObject(marks)) return false;
  for (const key of Object.keys(marks)) {
    const ticks = marks[key];
    if (!Array.isArray(ticks)) return false;
    for (const tick of ticks) if (!TIERS.has(tick)) return false;
  }
  return true;
}
