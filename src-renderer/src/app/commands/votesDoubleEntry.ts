// Use cases of 双人复核: the second reading of a paper ballot by its number, and resolving a difference by keeping
// one reading (logged at the clock's time in the round's log and the audit log).
import * as rounds from '../../db/repositories/votes';
import type { Ballot } from '../../domain/votes/ballots';
import type { KeptReading } from '../../domain/votes/doubleEntry';
import type { Command } from '../runtime/services';
import type { BallotMarks } from './votesEntry';

/** 复核录入: what paper `paperNo` of the group says, typed a second time; returns where it differs from the first. */
export const addSecondEntry: Command<
  { roundId: string; groupId: string; paperNo: number; ballot: BallotMarks },
  rounds.SecondEntryOutcome
> = ({ db, ids }, { roundId, groupId, paperNo, ballot }) =>
  rounds.addSecondEntry(db, roundId, paperNo, { ...ballot, id: ids.next(), groupId } as Ballot);

/** Keeps one of two differing readings of a paper: it becomes the ballot; logged with both readings. */
export const resolveDoubleEntry: Command<
  { roundId: string; groupId: string; paperNo: number; kept: KeptReading },
  void
> = ({ db, clock }, { roundId, groupId, paperNo, kept }) =>
  rounds.resolveDoubleEntry(db, roundId, groupId, paperNo, kept, clock.now());
