// Names of records looked up by id, which may have been deleted since they were referred to: one helper and one
// placeholder for every screen and document.

/** What a deleted person, unit or activity shows as. */
export const DELETED_NAME = '（已删除）';

/** The record's name in `field`, or the placeholder when the record (or its name) is gone. */
export function nameOr<R extends object, K extends keyof R>(record: R | null | undefined, field: K): string {
  const value = record?.[field];
  return typeof value === 'string' && value.trim() !== '' ? value : DELETED_NAME;
}

/** An id → name look-up over some records (e.g. units → shortName); unknown ids give the placeholder. */
export function namesById<R extends { readonly id: string }, K extends keyof R>(
  records: readonly R[] | undefined,
  field: K,
): (id: string | null) => string {
  const byId = new Map((records ?? []).map((record) => [record.id, record]));
  return (id) => nameOr(id === null ? undefined : byId.get(id), field);
}
