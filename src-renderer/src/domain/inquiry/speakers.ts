// Who may speak at a 表态发言: what the Y dialog preselects and offers. Pure.
import type { AgendaItem } from './agenda';
import type { Question } from './question';

export interface SpeakerChoices {
  /** preselected: the current agenda item's speaker, else the speaker of the agenda's 表态发言 item, else '' */
  preselected: string;
  /** the agenda's speakers (the 表态发言 item's first), then the units' supervisors, each once */
  options: string[];
}

export function statementSpeakerChoices(
  agenda: readonly AgendaItem[],
  currentItem: AgendaItem | null,
  questions: readonly Question[],
  supervisors: (q: Question) => string[],
): SpeakerChoices {
  const statementItems = agenda.filter((a) => a.kind === 'statement');
  const ordered = [currentItem, ...statementItems, ...agenda];
  const fromAgenda = ordered.map((a) => a?.speaker ?? '').filter((s) => s !== '');
  const fromUnits = questions.flatMap(supervisors);
  const preselected = currentItem?.speaker ?? statementItems.find((a) => a.speaker)?.speaker ?? '';
  return { preselected, options: [...new Set([...fromAgenda, ...fromUnits])] };
}
