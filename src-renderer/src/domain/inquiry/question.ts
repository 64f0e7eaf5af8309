// A planned question of the question list (询问提纲), or an unplanned one added at the meeting.
import type { ActivityUnit } from '../activity/activity';
import { TIMER_PHASE_LABELS, type TimerMinutes } from '../settings/settings';
import { MAX_TIMER_SECONDS, minutesToSeconds, plannedSecondsError } from '../settings/timerLength';
import { cleanText, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, type FieldErrors } from '../validation';

/** The timed phases of one question, in the order they first happen. */
export const QUESTION_PHASES = ['ask', 'answer', 'followUp', 'supplement'] as const;
export type QuestionPhase = (typeof QUESTION_PHASES)[number];
/** Every timed phase: the question phases and the closing statement (表态发言), which belongs to no question. */
export type TimerPhase = QuestionPhase | 'statement';
export const TIMER_PHASES: readonly TimerPhase[] = [...QUESTION_PHASES, 'statement'];

/** 提问, 回答, 追问, 补充回答, 表态发言 */
export const PHASE_LABELS: Record<TimerPhase, string> = TIMER_PHASE_LABELS;

export function isQuestionPhase(phase: unknown): phase is QuestionPhase {
  return (QUESTION_PHASES as readonly unknown[]).includes(phase);
}

export function isTimerPhase(phase: unknown): phase is TimerPhase {
  return (TIMER_PHASES as readonly unknown[]).includes(phase);
}

/**
 * Planned seconds per question phase; each follow-up and each answer gets the full planned time. 0 is no
 * limit (the timer counts up).
 */
export type PlannedSeconds = Record<QuestionPhase, number>;

export const MIN_PLANNED_SECONDS = 0;
export const MAX_PLANNED_SECONDS = MAX_TIMER_SECONDS;
export const MAX_QUESTION_TEXT_LENGTH = 2000;

export interface Question {
  id: string;
  /** 1-based planned order in the question list */
  order: number;
  /** 询问人, a person from the directory */
  askerId: string;
  /** 应询单位, one or more */
  unitIds: string[];
  /** 应询人, usually the head of the first unit */
  respondentName: string;
  respondentTitle: string;
  text: string;
  plannedSeconds: PlannedSeconds;
  /** Added on the spot at the meeting (not in the printed question list). */
  unplanned: boolean;
}

export type QuestionInput = Omit<Question, 'id' | 'order'>;
export type QuestionField =
  'askerId' | 'unitIds' | 'respondentName' | 'respondentTitle' | 'text' | `plannedSeconds.${QuestionPhase}`;

export function plannedSecondsFrom(minutes: TimerMinutes): PlannedSeconds {
  return {
    ask: minutesToSeconds(minutes.ask),
    answer: minutesToSeconds(minutes.answer),
    followUp: minutesToSeconds(minutes.followUp),
    supplement: minutesToSeconds(minutes.supplement),
  };
}

/** The respondent of the first unit that has one, from the activity's units. */
export function defaultRespondent(
  units: readonly ActivityUnit[],
  unitIds: readonly string[],
): { respondentName: string; respondentTitle: string } {
  for (const unitId of unitIds) {
    const unit = units.find((u) => u.unitId === unitId);
    if (unit && unit.respondentName) {
      return { respondentName: unit.respondentName, respondentTitle: unit.respondentTitle };
    }
  }
  return { respondentName: '', respondentTitle: '' };
}

/** A new question with planned times from the activity's TimerMinutes; `fields` overrides the defaults. */
export function newQuestion(
  id: string,
  order: number,
  minutes: TimerMinutes,
  fields: Partial<QuestionInput> = {},
): Question {
  return {
    id,
    order,
    askerId: '',
    unitIds: [],
    respondentName: '',
    respondentTitle: '',
    text: '',
    unplanned: false,
    ...fields,
    plannedSeconds: { ...plannedSecondsFrom(minutes), ...fields.plannedSeconds },
  };
}

/** Keeps line breaks in the question text, folds other white space; removes spaces inside names. */
function cleanParagraphs(value: string): string {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => cleanText(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whether an untrusted value (an event payload read back from the database) has a question's shape. */
export function isQuestionShape(value: unknown): value is Question {
  if (value === null || typeof value !== 'object') return false;
  const q = value as Record<string, unknown>;
  const planned = q.plannedSeconds as Record<string, unknown> | null | undefined;
  return (
    typeof q.id === 'string' &&
    q.id !== '' &&
    typeof q.order === 'number' &&
    typeof q.askerId === 'string' &&
    Array.isArray(q.unitIds) &&
    q.unitIds.every((u) => typeof u === 'string') &&
    typeof q.respondentName === 'string' &&
    typeof q.respondentTitle === 'string' &&
    typeof q.text === 'string' &&
    typeof q.unplanned === 'boolean' &&
    typeof planned === 'object' &&
    planned !== null &&
    QUESTION_PHASES.every((phase) => typeof planned[phase] === 'number')
  );
}

export function normalizeQuestion<T extends QuestionInput>(input: T): T {
  return {
    ...input,
    unitIds: [...new Set(input.unitIds)],
    respondentName: cleanText(input.respondentName).replace(/ /g, ''),
    respondentTitle: cleanText(input.respondentTitle),
    text: cleanParagraphs(input.text),
    plannedSeconds: { ...input.plannedSeconds },
  };
}

export function validateQuestion(input: QuestionInput): FieldErrors<QuestionField> {
  const errors: FieldErrors<QuestionField> = {};
  if (!input.askerId) errors.askerId = '请选择询问人';
  if (input.unitIds.length === 0) errors.unitIds = '请至少选择一个应询单位';
  else if (new Set(input.unitIds).size !== input.unitIds.length) errors.unitIds = '同一单位不能重复选择';
  if (input.respondentName.length > MAX_NAME_LENGTH)
    errors.respondentName = `应询人姓名不能超过 ${MAX_NAME_LENGTH} 个字`;
  if (input.respondentTitle.length > MAX_TEXT_LENGTH)
    errors.respondentTitle = `应询人职务不能超过 ${MAX_TEXT_LENGTH} 个字`;
  if (input.text.trim().length === 0 && !input.unplanned) errors.text = '请填写询问内容';
  else if (input.text.length > MAX_QUESTION_TEXT_LENGTH)
    errors.text = `询问内容不能超过 ${MAX_QUESTION_TEXT_LENGTH} 个字`;
  for (const phase of QUESTION_PHASES) {
    const message = plannedSecondsError(PHASE_LABELS[phase], input.plannedSeconds[phase]);
    if (message) errors[`plannedSeconds.${phase}`] = message;
  }
  return errors;
}
