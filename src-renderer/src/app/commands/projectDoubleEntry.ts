// Use cases of 双人复核 for a project vote round: the setting, the second reading of a paper ballot by its number,
// and resolving a difference by keeping one reading (logged at the clock's time).
import * as store from '../../db/repositories/projectDoubleEntry';
import type { KeptReading } from '../../domain/votes/doubleEntry';
import type { Command } from '../runtime/services';

/** 双人复核 on or off (refused off once a paper was typed twice, and once the round is closed). */
export const setProjectDoubleEntry: Command<{ roundId: string; on: boolean }, void> = (
  { db, clock },
  { roundId, on },
) => store.setProjectDoubleEntry(db, roundId, on, clock.now());

/** 复核录入: what 第 paperNo 张 says, typed a second time; returns where it differs from the first reading. */
export const addProjectSecondEntry: Command<
  { roundId: string; paperNo: number; marks: readonly string[]; void: boolean },
  store.ProjectSecondEntryOutcome
> = ({ db }, { roundId, paperNo, ...ballot }) => store.addProjectSecondEntry(db, roundId, paperNo, ballot);

/** Keeps one of two differing readings of a paper: it becomes the ballot; logged with both readings. */
export const resolveProjectDoubleEntry: Command<
  { roundId: string; paperNo: number; kept: KeptReading },
  void
> = ({ db, clock }, { roundId, paperNo, kept }) =>
  store.resolveProjectDoubleEntry(db, roundId, paperNo, kept, clock.now());
