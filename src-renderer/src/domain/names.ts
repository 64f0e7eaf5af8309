// Screens show records by id (a unit in an activity, an asker, a rater). A record deleted since is shown
// with the one placeholder below, the same everywhere.

/** What a deleted record is called where its name would be. */
export const DELETED_NAME = '（已删除）';

/** The record's name in `field`, or DELETED_NAME when the record is gone. */
export function nameOr<K extends string>(
  record: Readonly<Record<K, string>> | null | undefined,
  field: K,
): string {
  return record ? record[field] : DELETED_NAME;
}
