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
  /**
   * The 分管领导 of the question's units who have one in the directory (the 副县长 who gives a 补充回答),
   * title before name, each once, e.g. ['县人民政府副县长 孙建华'].
   */
  supervisors: (q: Pick<Question, 'unitIds'>) => string[];
}

type NamedUnit = Pick<Unit, 'id' | 'shortName'> & Partial<Pick<Unit, 'supervisorName' | 'supervisorTitle'>>;

function supervisorOf(unit: NamedUnit | undefined): string | null {
  const name = unit?.supervisorName?.trim();
  if (!name) return null;
  const title = unit?.supervisorTitle?.trim();
  return title ? `${title} ${name}` : name;
}

/** Names that never fail: someone deleted since shows as （已删除）. */
export function questionNames(
  people: readonly Pick<Person, 'id' | 'name'>[] | undefined,
  units: readonly NamedUnit[] | undefined,
): QuestionNames {
  const person = namesById(people, 'name');
  const unit = namesById(units, 'shortName');
  return {
    asker: (q) => person(q.askerId),
    units: (q) => q.unitIds.map(unit).join('、'),
    person,
    unit,
    supervisors: (q) => {
      const found = q.unitIds.map((id) => supervisorOf(units?.find((u) => u.id === id)));
      return [...new Set(found.filter((s): s is string => s !== null))];
    },
  };
}
