// 发文登记: the number registry joined with what each number was used for (see domain/rectification/register.ts).
import {
  registerEntries,
  resultsNoticeRoundId,
  type RegisterEntry,
} from '../../domain/rectification/register';
import type { XunpingDb } from '../database';

/** Every number ever taken, in the register's order, read in one transaction. */
export async function loadRegister(db: XunpingDb): Promise<RegisterEntry[]> {
  const tables = [
    db.documentNumbers,
    db.issuedDocuments,
    db.voteRounds,
    db.projectRounds,
    db.activities,
    db.units,
  ];
  return db.transaction('r', tables, async () => {
    const numbers = await db.documentNumbers.toArray();
    const roundIds = numbers
      .map((entry) => resultsNoticeRoundId(entry.documentId))
      .filter((id) => id !== null);
    const rounds = (await db.voteRounds.bulkGet(roundIds)).filter((round) => round !== undefined);
    const projectRounds = await db.projectRounds.toArray();
    const activities = await db.activities.toArray();
    const units = await db.units.toArray();
    return registerEntries({
      numbers,
      documents: await db.issuedDocuments.toArray(),
      rounds,
      projectRounds,
      activityKinds: Object.fromEntries(activities.map((activity) => [activity.id, activity.kind])),
      unitNames: Object.fromEntries(units.map((unit) => [unit.id, unit.shortName])),
    });
  });
}
