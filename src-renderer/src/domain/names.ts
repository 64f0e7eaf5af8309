// Names looked up by id: a record deleted since (a unit, a person) shows one placeholder everywhere.

/** What a deleted record's name shows as. */
export const DELETED_NAME = '（已删除）';

/** The record's name in `field`, or （已删除） when the record (or its name) is gone. */
export function nameOr<R extends object, K extends keyof R>(record: R | null | undefined, field: K): string {
  const value = record?.[field];
  return typeof value === 'string' && value.trim() !== '' ? value : DELETED_NAME;
}
