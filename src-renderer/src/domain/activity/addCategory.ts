// 「加入全部…」 in the activity form: which people one click adds to the askers / raters.
import type { Person, PersonCategory } from '../directory/person';
import { activeIdsOf } from '../directory/listing';
import type { ActivityKind } from './activity';

export type AddCategoryResult =
  | { kind: 'added'; ids: string[]; added: number; chairLeftOut: boolean }
  /** No one of the category may be chosen: the 名册 has none (archived people do not count). */
  | { kind: 'noneInDirectory' }
  /** Everyone of the category is already chosen (or is the chair). */
  | { kind: 'allChosen'; chairLeftOut: boolean };

/**
 * Adds every active person of the category to the chosen ids, keeping the order and leaving out the chair of an
 * inquiry (the chair may not also ask: see validateActivity).
 */
export function addCategory(
  people: readonly Person[],
  category: PersonCategory,
  chosen: readonly string[],
  activity: { kind: ActivityKind; chairId: string | null },
): AddCategoryResult {
  const candidates = activeIdsOf(people, category);
  if (candidates.length === 0) return { kind: 'noneInDirectory' };
  const excluded = activity.kind === 'inquiry' ? activity.chairId : null;
  const chairLeftOut = excluded !== null && candidates.includes(excluded);
  const fresh = candidates.filter((id) => id !== excluded && !chosen.includes(id));
  if (fresh.length === 0) return { kind: 'allChosen', chairLeftOut };
  return { kind: 'added', ids: [...chosen, ...fresh], added: fresh.length, chairLeftOut };
}
