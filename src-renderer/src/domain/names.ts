// Names of records looked up by id, which may have been deleted since they were referred to: one helper and one
// placeholder for every screen and document.

/** What a deleted person, unit or activity shows as. */
export const DELETED_NAME = '（已删除）';

/** The record's name in `field`, or the placeholder when the record (or its name) is gone. */
export function nameOr<K extends string>(
  record: Readonly<Partial<Record<K, unknown>>> | null | undefined,
  field: K,
): string {
  const value = record?.[field];
  return typeof value === 'string' && value.trim() !== '' ? value : DELETED_NAME;
}

/** An id → name look-up over some records (e.g. units → shortName); unknown ids give the placeholder. */
export function namesById<K extends string>(
  records: readonly (Readonly<Partial<Record<K, unknown>>> & { readonly id: string })[] | undefined,
  field: K,
): (id: string | null) => string {
  const byId = new Map((records ?? []).map((record) => [record.id, record]));
  return (id) => nameOr(id === null ? undefined : byId.get(id), field);
}
