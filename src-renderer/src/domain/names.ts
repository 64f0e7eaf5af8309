// Records refer to people and units by id, and those may be deleted since: every screen and document shows
// the same placeholder for a name that is gone, and looks names up through these two helpers.

/** What a deleted person's or unit's name shows as. */
export const DELETED_NAME = '（已删除）';

type StringKeys<T> = { [K in keyof T]: T[K] extends string ? K : never }[keyof T];

/** The record's `field`, or the placeholder when the record is gone. */
export function nameOr<T>(record: T | null | undefined, field: StringKeys<T>): string {
  return record ? (record[field] as string) : DELETED_NAME;
}

/** A look-up by id over a list of records, e.g. `namesById(units, 'shortName')(unitId)`. */
export function namesById<T extends { id: string }>(
  records: readonly T[] | undefined,
  field: StringKeys<T>,
): (id: string) => string {
  const byId = new Map((records ?? []).map((record) => [record.id, record]));
  return (id) => nameOr(byId.get(id), field);
}
