// What the 名册 lists show: the filters above each list and the order of its rows.
import { matchesSearch } from '../search';
import { comparePeople } from './order';
import type { Person, PersonCategory } from './person';
import type { Unit } from './unit';

export interface DirectoryFilter {
  /** Words that must all appear in the record (see matchesSearch). */
  search: string;
  /** Archived records are hidden unless asked for. */
  showArchived: boolean;
}

/** People matching the filter (category null: all), leadership first, then by 姓氏笔画 (comparePeople). */
export function filterPeople(
  people: readonly Person[],
  { search, showArchived, category }: DirectoryFilter & { category: string | null },
): Person[] {
  return people
    .filter((p) => showArchived || !p.archived)
    .filter((p) => category === null || p.category === category)
    .filter((p) => matchesSearch(search, [p.name, p.title, p.category, p.phone, ...p.groups]))
    .sort(comparePeople);
}

/** Units matching the filter, by full name. */
export function filterUnits(units: readonly Unit[], { search, showArchived }: DirectoryFilter): Unit[] {
  return units
    .filter((u) => showArchived || !u.archived)
    .filter((u) =>
      matchesSearch(search, [u.fullName, u.shortName, u.kind, u.headName, u.headTitle, u.supervisorName]),
    )
    .sort((a, b) => a.fullName.localeCompare(b.fullName, 'zh-CN'));
}

/** The 测评组 tags already in use, in order of first appearance. */
export function knownGroups(people: readonly Person[]): string[] {
  return [...new Set(people.flatMap((p) => p.groups))];
}

/** The ids of the people of a category that may still be chosen (not archived). */
export function activeIdsOf(people: readonly Person[], category: PersonCategory): string[] {
  return people.filter((p) => p.category === category && !p.archived).map((p) => p.id);
}
