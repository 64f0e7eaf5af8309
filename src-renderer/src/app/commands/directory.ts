// Use cases of 名册: add, edit, archive, delete (after asking who uses the record) people and units.
import { peopleRepository } from '../../db/repositories/people';
import { unitsRepository } from '../../db/repositories/units';
import type { Person, PersonInput } from '../../domain/directory/person';
import type { Unit, UnitInput } from '../../domain/directory/unit';
import type { Command } from '../runtime/services';

/** The two lists of the 名册. */
export type DirectoryList = 'people' | 'units';

const repositories = { people: peopleRepository, units: unitsRepository } as const;

/** Adds the person when id is null, else saves the edit. A duplicate (same 姓名 and 职务) is refused. */
export const savePerson: Command<{ id: string | null; input: PersonInput }, Person> = (
  { db, clock },
  { id, input },
) => (id === null ? peopleRepository.add(db, input) : peopleRepository.update(db, id, input, clock.now()));

/** Adds the unit when id is null, else saves the edit. A duplicate 单位全称 is refused. */
export const saveUnit: Command<{ id: string | null; input: UnitInput }, Unit> = (
  { db, clock },
  { id, input },
) => (id === null ? unitsRepository.add(db, input) : unitsRepository.update(db, id, input, clock.now()));

export interface DirectoryRecordRef {
  list: DirectoryList;
  id: string;
}

/** Archived records leave the choice lists; the activities that use them keep them. */
export const setRecordArchived: Command<DirectoryRecordRef & { archived: boolean }, void> = (
  { db, clock },
  { list, id, archived },
) => repositories[list].setArchived(db, id, archived, clock.now());

/** The titles of the activities that use the record (then it can only be archived). */
export const recordUsedBy: Command<DirectoryRecordRef, string[]> = ({ db }, { list, id }) =>
  repositories[list].usedBy(db, id);

/** Deletes a record no activity uses; otherwise fails with common.inUse and keeps it. */
export const deleteRecord: Command<DirectoryRecordRef, void> = ({ db, clock }, { list, id }) =>
  repositories[list].remove(db, id, clock.now());
