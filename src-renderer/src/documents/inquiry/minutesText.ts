// Texts of the minutes that must read whole, as pieces for wrappedLine: names and durations are not split across
// lines (lineWrap.ts), and a question put to several units names every unit's 应询人.
import type { ActivityUnit } from '../../domain/activity/activity';
import { formatDuration } from '../../domain/inquiry/minutes';
import type { Question } from '../../domain/inquiry/question';
import type { DocNames } from './context';
import type { Piece } from './lineWrap';

/** Text that may break anywhere. */
export const text = (value: string): Piece => ({ text: value });

/** A duration kept on one line: 1小时5分钟, 16分10秒. */
export const duration = (seconds: number): Piece => ({ text: formatDuration(seconds), whole: true });

/** Names joined with 、, each kept on one line with the 、 after it, then `after` (e.g. （共4人）). */
export function nameList(names: readonly string[], after = ''): Piece[] {
  return [
    ...names.map((name, i) => ({ text: i < names.length - 1 ? `${name}、` : name, whole: true })),
    ...(after ? [text(after)] : []),
  ];
}

/** The text of pieces, e.g. for a test or a plain-text copy. */
export const piecesText = (pieces: readonly Piece[]) => pieces.map((p) => p.text).join('');

/**
 * 县自然资源局局长丁振宇: the unit (unless the title names it or another organ), the title, and the name kept
 * whole.
 */
function respondent(unitShort: string, unitFull: string, name: string, title: string): Piece[] {
  if (!name) return [text(unitShort)];
  const namesOrgan =
    title.startsWith(unitShort) || title.startsWith(unitFull) || /^[省市县区乡镇]/.test(title);
  return [text(`${namesOrgan ? '' : unitShort}${title}`), { text: name, whole: true }];
}

/** A unit of the activity with its 应询人: 县自然资源局局长丁振宇 (the list of 应询单位及应询人). */
export function unitRespondent(unit: ActivityUnit, names: DocNames): Piece[] {
  const short = names.unitShort(unit.unitId);
  if (unit.respondentName && !unit.respondentTitle) {
    return [text(`${short}\u3000`), { text: unit.respondentName, whole: true }];
  }
  return respondent(short, names.unitFull(unit.unitId), unit.respondentName, unit.respondentTitle);
}

/**
 * Every 应询人 of a question, unit by unit, joined with ；: the question's own respondent for the unit they answer
 * for (the unit whose respondent they are, or that their title names, else the first), the activity's respondent
 * for each other unit.
 */
export function questionRespondents(
  question: Pick<Question, 'unitIds' | 'respondentName' | 'respondentTitle'>,
  units: readonly ActivityUnit[],
  names: DocNames,
): Piece[] {
  const { respondentName: name, respondentTitle: title } = question;
  const unitOf = (id: string) => units.find((u) => u.unitId === id);
  const own =
    question.unitIds.find((id) => name !== '' && unitOf(id)?.respondentName === name) ??
    question.unitIds.find(
      (id) => title.startsWith(names.unitShort(id)) || title.startsWith(names.unitFull(id)),
    ) ??
    (name !== '' ? question.unitIds[0] : undefined);
  return question.unitIds.flatMap((id, i) => {
    const short = names.unitShort(id);
    const full = names.unitFull(id);
    const unit = unitOf(id);
    const pieces =
      id === own
        ? respondent(short, full, name, title)
        : respondent(short, full, unit?.respondentName ?? '', unit?.respondentTitle ?? '');
    return i < question.unitIds.length - 1 ? [...pieces, text('；')] : pieces;
  });
}
