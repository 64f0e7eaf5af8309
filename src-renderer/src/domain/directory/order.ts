import { compareByStroke } from '../collation';
import { PERSON_CATEGORIES, type Person } from './person';

// Official name lists put the leadership first (主任, 副主任, 秘书长), then everyone else by the stroke
// count of the surname (按姓氏笔画为序, compareByStroke).

const LEADERSHIP = [
  /^(县|市|区)?人大常委会主任/,
  /^(县|市|区)?人大常委会副主任/,
  /^(县|市|区)?人大常委会秘书长/,
];

function leadershipRank(title: string): number {
  const rank = LEADERSHIP.findIndex((pattern) => pattern.test(title));
  return rank === -1 ? LEADERSHIP.length : rank;
}

export function comparePeople(a: Pick<Person, 'category' | 'title' | 'name'>, b: typeof a): number {
  return (
    PERSON_CATEGORIES.indexOf(a.category) - PERSON_CATEGORIES.indexOf(b.category) ||
    leadershipRank(a.title) - leadershipRank(b.title) ||
    compareByStroke(a.name, b.name)
  );
}
