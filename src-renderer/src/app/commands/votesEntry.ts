// Use cases of entering votes while a round is open: paper ballots (saved, corrected, deleted), the entry mode
// of a group, and hand-counted totals. Corrections, deletions and totals are logged at the clock's time.
import type { BallotRecord } from '../../db/database';
import * as rounds from '../../db/repositories/votes';
import type { Ballot } from '../../domain/votes/ballots';
import type { EntryMode } from '../../domain/votes/roundRecord';
import type { GroupTotals } from '../../domain/votes/totals';
import type { Command } from '../runtime/services';

/** What a ballot says, without the id and group the command gives it. */
export type BallotMarks = Omit<Ballot, 'id' | 'groupId'>;

/** Saves one paper ballot of a group with a new id; it gets the group's next number (第 N 张). */
export const addBallot: Command<{ roundId: string; groupId: string; ballot: BallotMarks }, BallotRecord> = (
  { db, ids },
  { roundId, groupId, ballot },
) => rounds.addBallot(db, roundId, { ...ballot, id: ids.next(), groupId } as Ballot);

/** 更正: what a ballot says is replaced (same id, group and number); logged before and after. */
export const correctBallot: Command<
  { ballot: Pick<BallotRecord, 'id' | 'groupId'>; marks: BallotMarks },
  void
> = ({ db, clock }, { ballot, marks }) =>
  rounds.correctBallot(
    db,
    ballot.id,
    { ...marks, id: ballot.id, groupId: ballot.groupId } as Ballot,
    clock.now(),
  );

/** Deletes an entered ballot; logged with what it said. */
export const deleteBallot: Command<{ ballotId: string }, void> = ({ db, clock }, { ballotId }) =>
  rounds.deleteBallot(db, ballotId, clock.now());

/** Switches a group between ballots and totals; refused while it has entries the other way. */
export const setEntryMode: Command<{ roundId: string; groupId: string; mode: EntryMode }, void> = (
  { db, clock },
  { roundId, groupId, mode },
) => rounds.setEntryMode(db, roundId, groupId, mode, clock.now());

/** Saves a group's hand-counted totals (null clears them) and its 收回 count. */
export const saveTotals: Command<
  { roundId: string; groupId: string; totals: GroupTotals | null; returned: number },
  void
> = ({ db, clock }, { roundId, groupId, totals, returned }) =>
  rounds.saveTotals(db, roundId, totals, groupId, returned, clock.now());
