// 演练: the secretary practises the meeting on a throw-away copy (db/repositories/rehearsal.ts). Its screens run
// the ordinary console commands with the rehearsal database as their `db` (app/runtime/rehearsal.tsx), so nothing of
// it reaches the meeting's log, its minutes, its status or the 操作日志.
import { DomainError } from '../../domain/errors';
import { NotFoundError } from '../../db/errors';
import { copyForRehearsal, wipeRehearsal } from '../../db/repositories/rehearsal';
import type { Command } from '../runtime/services';

/** 演练: a fresh copy of the inquiry as planned, replacing any earlier rehearsal. */
export const startRehearsal: Command<{ activityId: string }, void> = async (
  { db, rehearsalDb },
  { activityId },
) => {
  const activity = await db.activities.get(activityId);
  if (!activity) throw new NotFoundError('该活动');
  if (activity.kind !== 'inquiry') throw new DomainError('inquiry.rehearsalNeedsInquiry');
  if (activity.archived) throw new DomainError('inquiry.rehearsalArchived');
  await copyForRehearsal(db, rehearsalDb, activityId);
};

/** 结束演练: everything the rehearsal did is discarded. */
export const endRehearsal: Command<void, void> = ({ rehearsalDb }) => wipeRehearsal(rehearsalDb);
