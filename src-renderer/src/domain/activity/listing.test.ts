import { describe, expect, it } from 'vitest';
import type { Activity } from './activity';
import { filterActivities, isCurrent } from './listing';

type Listed = Pick<Activity, 'id' | 'kind' | 'archived' | 'status'>;

const activities: Listed[] = [
  { id: 'a', kind: 'inquiry', archived: false, status: 'planning' },
  { id: 'b', kind: 'evaluation', archived: true, status: 'running' },
  { id: 'c', kind: 'evaluation', archived: false, status: 'finished' },
];

describe('filterActivities', () => {
  it('hides archived activities unless asked, and filters by kind', () => {
    const ids = (list: Listed[]) => list.map((a) => a.id);
    expect(ids(filterActivities(activities, { kind: 'all', showArchived: false }))).toEqual(['a', 'c']);
    expect(ids(filterActivities(activities, { kind: 'all', showArchived: true }))).toEqual(['a', 'b', 'c']);
    expect(ids(filterActivities(activities, { kind: 'evaluation', showArchived: false }))).toEqual(['c']);
    expect(ids(filterActivities(activities, { kind: 'inquiry', showArchived: true }))).toEqual(['a']);
  });
});

describe('isCurrent', () => {
  it('is true for planned and running activities that are not archived', () => {
    expect(activities.filter(isCurrent).map((a) => a.id)).toEqual(['a']);
    expect(isCurrent({ archived: false, status: 'running' })).toBe(true);
  });
});
