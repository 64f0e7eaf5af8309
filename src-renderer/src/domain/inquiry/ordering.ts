// Pure reordering helpers for anything with an id and a 1-based order (questions, agenda items).
// Every helper returns a new array sorted by order and renumbered 1..n; the input is never changed.

export interface Ordered {
  id: string;
  order: number;
}

/** By order, then by id, so equal orders still sort the same way everywhere. */
export function compareOrdered(a: Ordered, b: Ordered): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export function sortByOrder<T extends Ordered>(items: readonly T[]): T[] {
  return [...items].sort(compareOrdered);
}

/** Numbers the items 1..n in the order of the array. */
function numberInPlace<T extends Ordered>(items: readonly T[]): T[] {
  return items.map((item, index) => (item.order === index + 1 ? item : { ...item, order: index + 1 }));
}

/** Sorts, then numbers the items 1..n (closes gaps and ties). */
export function renumber<T extends Ordered>(items: readonly T[]): T[] {
  return numberInPlace(sortByOrder(items));
}

/** Moves the item to `index` (0-based, clamped to the list) and renumbers; unknown ids only renumber. */
export function moveToIndex<T extends Ordered>(items: readonly T[], id: string, index: number): T[] {
  const sorted = sortByOrder(items);
  const from = sorted.findIndex((item) => item.id === id);
  if (from === -1) return renumber(sorted);
  const [moved] = sorted.splice(from, 1);
  if (!moved) return renumber(sorted);
  const to = Math.max(0, Math.min(sorted.length, Math.trunc(Number.isFinite(index) ? index : 0)));
  sorted.splice(to, 0, moved);
  return numberInPlace(sorted);
}

/** Moves the item one place up (towards order 1); the first item stays where it is. */
export function moveUp<T extends Ordered>(items: readonly T[], id: string): T[] {
  const from = sortByOrder(items).findIndex((item) => item.id === id);
  return moveToIndex(items, id, Math.max(0, from - 1));
}

/** Moves the item one place down; the last item stays where it is. */
export function moveDown<T extends Ordered>(items: readonly T[], id: string): T[] {
  const from = sortByOrder(items).findIndex((item) => item.id === id);
  return from === -1 ? renumber(items) : moveToIndex(items, id, from + 1);
}

/** The order a new item appended at the end gets. */
export function nextOrder(items: readonly Ordered[]): number {
  return items.reduce((max, item) => Math.max(max, item.order), 0) + 1;
}
