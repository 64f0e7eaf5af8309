/**
 * The indexes a virtualised list renders (`indexes`, consecutive) widened to reach `keep`, the row holding the
 * focus, when it lies at most `within` rows outside them: the rows between come too, so the rows rendered stay
 * one run, as a table body without gaps needs. Farther away (or no row to keep), the indexes as they are.
 */
export function keepRendered(
  indexes: number[],
  keep: number | null,
  count: number,
  within: number,
): number[] {
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  if (keep === null || first === undefined || last === undefined || keep < 0 || keep >= count) return indexes;
  if (keep < first && first - keep <= within)
    return [...Array.from({ length: first - keep }, (_, k) => keep + k), ...indexes];
  if (keep > last && keep - last <= within)
    return [...indexes, ...Array.from({ length: keep - last }, (_, k) => last + 1 + k)];
  return indexes;
}
