// People and units as worksheets. The headers are the import's primary names, so an exported file imports
// back unchanged; the extra 状态 column is ignored by the import.
import type { SheetSpec } from '../sheet';
import { PEOPLE_COLUMNS } from './importPeople';
import { UNIT_COLUMNS } from './importUnits';
import type { Person } from './person';
import type { Unit } from './unit';

export const STATUS_HEADER = '状态';
const status = (archived: boolean) => (archived ? '已归档' : '在用');

export function peopleSheet(people: readonly Person[]): SheetSpec {
  return {
    name: '人员名册',
    headers: [...PEOPLE_COLUMNS.map((column) => column.header), STATUS_HEADER],
    // Every value is a string, so phone numbers are written as text.
    rows: people.map((p) => [
      ...PEOPLE_COLUMNS.map(({ field }) => (field === 'groups' ? p.groups.join('、') : p[field])),
      status(p.archived),
    ]),
  };
}

export function unitsSheet(units: readonly Unit[]): SheetSpec {
  return {
    name: '单位名录',
    headers: [...UNIT_COLUMNS.map((column) => column.header), STATUS_HEADER],
    rows: units.map((u) => [...UNIT_COLUMNS.map(({ field }) => u[field]), status(u.archived)]),
  };
}
