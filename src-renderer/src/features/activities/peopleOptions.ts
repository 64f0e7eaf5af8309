import { comparePeople } from '../../domain/directory/order';
import { PERSON_CATEGORIES, type Person } from '../../domain/directory/person';
import type { Unit } from '../../domain/directory/unit';
import { UNIT_KINDS } from '../../domain/directory/unit';

interface Group {
  group: string;
  items: { value: string; label: string }[];
}

export function personLabel(p: Pick<Person, 'name' | 'title'>): string {
  return p.title ? `${p.name}（${p.title}）` : p.name;
}

/** Select options grouped by category; archived people appear only when already chosen. */
export function personOptions(people: Person[], chosen: readonly string[]): Group[] {
  return PERSON_CATEGORIES.map((category) => ({
    group: category,
    items: people
      .filter((p) => p.category === category && (!p.archived || chosen.includes(p.id)))
      .sort(comparePeople)
      .map((p) => ({ value: p.id, label: personLabel(p) })),
  })).filter((g) => g.items.length > 0);
}

export function unitOptions(units: Unit[], chosen: readonly string[]): Group[] {
  return UNIT_KINDS.map((kind) => ({
    group: kind,
    items: units
      .filter((u) => u.kind === kind && (!u.archived || chosen.includes(u.id)))
      .sort((a, b) => a.fullName.localeCompare(b.fullName, 'zh-CN'))
      .map((u) => ({ value: u.id, label: u.shortName })),
  })).filter((g) => g.items.length > 0);
}
