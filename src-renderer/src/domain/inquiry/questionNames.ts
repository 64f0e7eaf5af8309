// Who asks whom, by name, for the console, the projector and the minutes: one look-up over the directory.
import type { Person } from '../directory/person';
import type { Unit } from '../directory/unit';
import { namesById } from '../names';
import type { Question } from './question';

export interface QuestionNames {
  /** the asker's name */
  asker: (q: Pick<Question, 'askerId'>) => string;
  /** the units' short names, joined with 、 */
  units: (q: Pick<Question, 'unitIds'>) => string;
  person: (id: string) => string;
  unit: (id: string) => string;
}

/** Names that never fail: someone deleted since shows as （已删除）. */
export function questionNames(
  people: readonly Pick<Person, 'id' | 'name'>[] | undefined,
  units: readonly Pick<Unit, 'id' | 'shortName'>[] | undefined,
): QuestionNames {
  const person = namesById(people, 'name');
  const unit = namesById(units, 'shortName');
  return {
    asker: (q) => person(q.askerId),
    units: (q) => q.unitIds.map(unit).join('、'),
    person,
    unit,
  };
}
