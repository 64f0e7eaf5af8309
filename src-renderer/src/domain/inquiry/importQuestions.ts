// Importing an inquiry's question list (询问提纲) from a spreadsheet, with the directory import's rules: the
// header is found and mapped by name, every row is checked and the secretary imports the good rows or none.
// Askers are matched by name against the people directory, units against the activity's units.
import type { ActivityUnit } from '../activity/activity';
import { buildImportPreview, type ColumnSpec, type ImportPreview } from '../directory/importTable';
import type { Person } from '../directory/person';
import type { Unit } from '../directory/unit';
import { TIMER_PHASE_LABELS, type TimerMinutes } from '../settings/settings';
import {
  MAX_TIMER_SECONDS,
  parseTimerLength,
  secondsToMinutes,
  TIMER_LENGTH_FORMAT_HINT,
} from '../settings/timerLength';
import { cleanText } from '../validation';
import {
  defaultRespondent,
  normalizeQuestion,
  plannedSecondsFrom,
  QUESTION_PHASES,
  validateQuestion,
  type Question,
  type QuestionInput,
  type QuestionPhase,
} from './question';

export type QuestionImportField = 'asker' | 'units' | 'respondent' | 'text' | QuestionPhase;

export const QUESTION_COLUMNS: readonly ColumnSpec<QuestionImportField>[] = [
  { field: 'asker', header: '询问人', aliases: ['提问人', '询问人姓名'], required: true },
  {
    field: 'units',
    header: '应询单位',
    aliases: ['被询问单位', '询问单位', '应询部门', '单位'],
    required: true,
  },
  { field: 'respondent', header: '应询人', aliases: ['答复人', '回答人', '应询人姓名'], required: false },
  {
    field: 'text',
    header: '询问内容',
    aliases: ['问题', '问题内容', '询问问题', '询问题目', '题目', '内容'],
    required: true,
  },
  { field: 'ask', header: '提问', aliases: ['提问时长'], required: false },
  { field: 'answer', header: '回答', aliases: ['回答时长'], required: false },
  { field: 'followUp', header: '追问', aliases: ['追问时长'], required: false },
  { field: 'supplement', header: '补充回答', aliases: ['补充回答时长'], required: false },
];

export interface QuestionImportContext {
  /** the people directory */
  people: readonly Pick<Person, 'id' | 'name' | 'title' | 'archived'>[];
  /** the unit directory (at least the activity's units) */
  units: readonly Pick<Unit, 'id' | 'fullName' | 'shortName' | 'supervisorName' | 'supervisorTitle'>[];
  /** the activity's units in order, with their respondents, and its planned minutes */
  activity: { units: readonly ActivityUnit[]; timerMinutes: TimerMinutes };
  /** the questions already in the list */
  existing: readonly Pick<Question, 'askerId' | 'text' | 'order'>[];
}

const bare = (text: string) => cleanText(text).replace(/ /g, '');

/** 张伟（县人大代表） → name 张伟 and note 县人大代表; a plain name has no note. */
function nameAndNote(text: string): { name: string; note: string } {
  const folded = bare(text);
  const match = /^(.+?)[（(](.*)[)）]$/.exec(folded);
  return match ? { name: match[1] ?? '', note: match[2] ?? '' } : { name: folded, note: '' };
}

/** The asker's id, or the reason the name cannot be matched. */
export function matchAsker(
  text: string,
  people: QuestionImportContext['people'],
): { id: string } | { error: string } {
  const { name, note } = nameAndNote(text);
  if (!name) return { error: '请填写询问人' };
  const named = people.filter((p) => p.name === name);
  const active = named.filter((p) => !p.archived);
  if (named.length === 0) return { error: `名册中没有“${name}”，请先在名册中添加此人，或检查姓名是否写错` };
  if (active.length === 0) return { error: `询问人“${name}”在名册中已归档，请先在名册中恢复` };
  const fitting = note ? active.filter((p) => p.title.includes(note)) : active;
  const [only] = fitting;
  if (fitting.length === 1 && only) return { id: only.id };
  const titles = active.map((p) => p.title || '未填职务').join('；');
  if (note && fitting.length === 0) return { error: `名册中的“${name}”职务是：${titles}，与“${note}”不符` };
  return {
    error: `名册中有 ${active.length} 位“${name}”（${titles}），无法确定是哪一位，请写成“${name}（职务）”`,
  };
}

/** The activity's units named in a cell, or the reasons some cannot be matched. */
export function matchUnits(text: string, ctx: QuestionImportContext): { ids: string[] } | { error: string } {
  const names = cleanText(text)
    .split(/[、，,;；/\n]+/)
    .map(bare)
    .filter((n) => n.length > 0);
  if (names.length === 0) return { error: '请填写应询单位' };
  const units = ctx.activity.units.flatMap((au) => ctx.units.filter((u) => u.id === au.unitId));
  if (units.length === 0) return { error: '本次询问还没有应询单位，请先在活动中添加应询单位' };
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const exact = units.find((u) => u.shortName === name || u.fullName === name);
    const ending = units.filter((u) => u.shortName.endsWith(name) || u.fullName.endsWith(name));
    const unit = exact ?? (name.length >= 2 && ending.length === 1 ? ending[0] : undefined);
    if (unit) ids.push(unit.id);
    else unknown.push(`“${name}”`);
  }
  if (unknown.length > 0) {
    const list = units.map((u) => u.shortName).join('、');
    return { error: `应询单位${unknown.join('、')}不是本次询问的应询单位（本次应询单位：${list}）` };
  }
  return { ids: [...new Set(ids)] };
}

/** The respondent written in the row, with a title from the activity or the units where one is known. */
function respondentOf(
  text: string,
  unitIds: string[],
  ctx: QuestionImportContext,
): { respondentName: string; respondentTitle: string } {
  const { name, note } = nameAndNote(text);
  if (!name) return defaultRespondent(ctx.activity.units, unitIds);
  if (note) return { respondentName: name, respondentTitle: note };
  const fromActivity = ctx.activity.units.find(
    (u) => unitIds.includes(u.unitId) && u.respondentName === name,
  );
  if (fromActivity) return { respondentName: name, respondentTitle: fromActivity.respondentTitle };
  const supervising = ctx.units.find((u) => unitIds.includes(u.id) && u.supervisorName === name);
  return { respondentName: name, respondentTitle: supervising?.supervisorTitle ?? '' };
}

/** Minutes 0..120, to the second (3, 3.0, 3分钟, 1:30, 1分30秒; 0 is no limit), or null for anything else. */
export function parseMinutes(text: string): number | null {
  const seconds = parseTimerLength(cleanText(text));
  return seconds !== null && seconds <= MAX_TIMER_SECONDS ? secondsToMinutes(seconds) : null;
}

function minutesCellError(label: string, cell: string): string {
  const tooLong = (parseTimerLength(cleanText(cell)) ?? 0) > MAX_TIMER_SECONDS;
  const why = tooLong ? `不能超过 ${MAX_TIMER_SECONDS / 60} 分钟` : `无法识别：请${TIMER_LENGTH_FORMAT_HINT}`;
  return `${label}时长“${cell}”${why}（不填则按活动设置）`;
}

function parseRow(
  cells: Record<QuestionImportField, string>,
  ctx: QuestionImportContext,
): { input: QuestionInput; errors: string[] } {
  const errors: string[] = [];
  const asker = matchAsker(cells.asker, ctx.people);
  if ('error' in asker) errors.push(asker.error);
  const units = matchUnits(cells.units, ctx);
  if ('error' in units) errors.push(units.error);
  const unitIds = 'ids' in units ? units.ids : [];
  const minutes = { ...ctx.activity.timerMinutes };
  for (const phase of QUESTION_PHASES) {
    const cell = cells[phase];
    if (cell.trim() === '') continue;
    const value = parseMinutes(cell);
    if (value === null) {
      errors.push(minutesCellError(TIMER_PHASE_LABELS[phase], cell));
    } else minutes[phase] = value;
  }
  const input = normalizeQuestion({
    askerId: 'id' in asker ? asker.id : '',
    unitIds,
    ...respondentOf(cells.respondent, unitIds, ctx),
    text: cells.text,
    plannedSeconds: plannedSecondsFrom(minutes),
    unplanned: false,
  });
  const fieldErrors = validateQuestion(input);
  // Asker and units already have their own messages; planned times were checked above.
  for (const field of ['respondentName', 'respondentTitle', 'text'] as const) {
    const message = fieldErrors[field];
    if (message) errors.push(message);
  }
  return { input, errors };
}

/** Same asker, same text: white space does not count (Chinese text has none that matters). */
const keyOf = (askerId: string, text: string) => `${askerId}\u0000${text.replace(/\s+/g, '')}`;

/** Checks a table of questions for one inquiry: against the directory, the activity and the list so far. */
export function previewQuestionsImport(
  table: { rows: readonly string[][] },
  ctx: QuestionImportContext,
): ImportPreview<QuestionInput> {
  const stored = new Map<string, string>();
  for (const q of ctx.existing) {
    stored.set(keyOf(q.askerId, q.text), `询问提纲中已有此问题（第 ${q.order} 题，询问人和询问内容相同）`);
  }
  return buildImportPreview(table, {
    columns: QUESTION_COLUMNS,
    quietlyIgnored: ['序号', '编号', '题号', '顺序', '状态'],
    parse: (cells) => parseRow(cells, ctx),
    key: (input) => (input.askerId && input.text ? keyOf(input.askerId, input.text) : null),
    duplicateOfRow: (rowNumber) => `与第 ${rowNumber} 行重复（询问人和询问内容相同）`,
    existing: stored,
  });
}
