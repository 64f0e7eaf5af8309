import {
  normalizePerson,
  personKey,
  validatePerson,
  type Person,
  type PersonInput,
} from '../../domain/directory/person';
import { PEOPLE_COLUMNS } from '../../domain/directory/importPeople';
import { directoryRepository } from './directory';

export const peopleRepository = directoryRepository<Person, PersonInput>({
  table: (db) => db.people,
  usageIndex: 'personIds',
  normalize: normalizePerson,
  validate: validatePerson,
  key: personKey,
  describe: (p) => `${p.name}（${p.title || '无职务'}）`,
  keyField: 'name',
  noun: '该人员',
  list: 'people',
  fields: PEOPLE_COLUMNS,
});
