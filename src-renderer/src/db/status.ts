import type { XunpingDb } from './database';

/** True when nothing has been entered yet: the home page then offers the demo and a first activity. */
export async function isEmpty(db: XunpingDb): Promise<boolean> {
  const counts = await Promise.all([db.people.count(), db.units.count(), db.activities.count()]);
  return counts.every((n) => n === 0);
}
