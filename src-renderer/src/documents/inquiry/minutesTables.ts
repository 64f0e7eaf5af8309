// The tables of the minutes: each question's phases, totals per unit and per asker, the agenda's times.
import type { Table } from 'docx';
import type { ActivityUnit } from '../../domain/activity/activity';
import {
  formatDuration,
  type AgendaFigures,
  type InquiryMinutes,
  type MinutesRow,
  type NotAskedQuestion,
  type QuestionMinutes,
  type TotalFigures,
} from '../../domain/inquiry/minutes';
import { table, type DocumentFonts } from '../gbt9704';
import type { DocNames } from './context';

/** Minutes tables are dense: 小四 cells. */
const CELL_SIZE = 12;

/** An overtime cell: the time over, or — when there was none. */
export function overText(seconds: number): string {
  return seconds > 0 ? formatDuration(seconds) : '—';
}

/** A planned length: 不限时 for a phase with no limit. */
export function plannedText(seconds: number): string {
  return seconds === 0 ? '不限时' : formatDuration(seconds);
}

/** One row per timed phase in the order they ran, then the question's total. */
export function phasesTable(m: QuestionMinutes, fonts: DocumentFonts): Table {
  const rows = m.segments.map((s) => [
    s.label,
    plannedText(s.plannedSeconds),
    formatDuration(s.actualSeconds),
    overText(s.overtimeSeconds),
  ]);
  rows.push([
    '合计',
    formatDuration(m.plannedSeconds),
    formatDuration(m.actualSeconds),
    overText(m.overtimeSeconds),
  ]);
  return table({
    fonts,
    headers: ['环节', '计划用时', '实际用时', '超时'],
    rows,
    columnWeights: [3, 3, 3, 3],
    cellSize: CELL_SIZE,
  });
}

/**
 * Unit totals for every unit of the activity in its order (a unit not asked has zeros), then units the
 * activity no longer lists.
 */
export function unitRows(rows: readonly TotalFigures[], units: readonly ActivityUnit[]): TotalFigures[] {
  const zero = (id: string): TotalFigures => ({
    id,
    questions: 0,
    plannedSeconds: 0,
    actualSeconds: 0,
    overtimeSeconds: 0,
    followUps: 0,
    supplements: 0,
  });
  const listed = units.map((u) => rows.find((r) => r.id === u.unitId) ?? zero(u.unitId));
  return [...listed, ...rows.filter((r) => !units.some((u) => u.unitId === r.id))];
}

function timeCells(t: TotalFigures): string[] {
  if (t.questions === 0) return ['—', '—', '—'];
  return [formatDuration(t.plannedSeconds), formatDuration(t.actualSeconds), overText(t.overtimeSeconds)];
}

export function unitTotalsTable(rows: readonly TotalFigures[], names: DocNames, fonts: DocumentFonts): Table {
  return table({
    fonts,
    headers: ['应询单位', '问题', '追问', '补充回答', '计划用时', '实际用时', '超时'],
    rows: rows.map((t) => [names.unitShort(t.id), t.questions, t.followUps, t.supplements, ...timeCells(t)]),
    columnWeights: [9, 3, 3, 5, 6, 6, 5],
    align: ['left', 'center', 'center', 'center', 'center', 'center', 'center'],
    cellSize: CELL_SIZE,
  });
}

export function askerTotalsTable(
  rows: readonly TotalFigures[],
  names: DocNames,
  fonts: DocumentFonts,
): Table {
  return table({
    fonts,
    headers: ['询问人', '问题', '追问', '计划用时', '实际用时', '超时'],
    rows: rows.map((t) => [names.person(t.id), t.questions, t.followUps, ...timeCells(t)]),
    columnWeights: [6, 3, 3, 6, 6, 5],
    cellSize: CELL_SIZE,
  });
}

/** The agenda with planned and actual time of each item (an item never entered shows —). */
export function agendaTimesTable(agenda: readonly AgendaFigures[], fonts: DocumentFonts): Table {
  return table({
    fonts,
    headers: ['序号', '议程', '计划用时', '实际用时'],
    rows: agenda.map((a, i) => [
      i + 1,
      a.item.title,
      formatDuration(a.plannedSeconds),
      a.actualSeconds > 0 ? formatDuration(a.actualSeconds) : '—',
    ]),
    columnWeights: [2, 12, 4, 4],
    align: ['center', 'left', 'center', 'center'],
    cellSize: CELL_SIZE,
  });
}

function rowCells(row: MinutesRow, names: DocNames): string[] {
  if (row.kind !== 'question') return ['—', row.title];
  const q = row.minutes.question;
  return [
    q.unplanned ? '临时' : String(q.order),
    `${names.person(q.askerId)}询问${names.unitsShort(q.unitIds)}`,
  ];
}

/**
 * Every row of the meeting in the order it ran (questions, 表态发言, other agenda items), then the totals:
 * the same rows and sums as the minutes tab.
 */
export function rowsTable(minutes: InquiryMinutes, names: DocNames, fonts: DocumentFonts): Table {
  const { totals } = minutes;
  return table({
    fonts,
    headers: ['序号', '题号', '事项', '计划用时', '实际用时', '超时'],
    rows: [
      ...minutes.rows.map((r, i) => [
        i + 1,
        ...rowCells(r, names),
        plannedText(r.plannedSeconds),
        formatDuration(r.actualSeconds),
        overText(r.overtimeSeconds),
      ]),
      [
        '合计',
        '',
        `询问${totals.questionsAsked}题`,
        formatDuration(totals.plannedSeconds),
        formatDuration(totals.actualSeconds),
        overText(totals.overtimeSeconds),
      ],
    ],
    columnWeights: [3, 3, 10, 7, 8, 6],
    align: ['center', 'center', 'left', 'center', 'center', 'center'],
    cellSize: CELL_SIZE,
  });
}

/** Questions of the list that were not asked: number, asker, units and why. */
export function notAskedTable(
  rows: readonly NotAskedQuestion[],
  names: DocNames,
  fonts: DocumentFonts,
): Table {
  return table({
    fonts,
    headers: ['题号', '询问人', '应询单位', '情况'],
    rows: rows.map(({ question: q, label, timedSeconds }) => [
      q.unplanned ? '临时' : q.order,
      names.person(q.askerId),
      names.unitsShort(q.unitIds),
      timedSeconds > 0 ? `${label}（已计时${formatDuration(timedSeconds)}，不计入合计）` : label,
    ]),
    columnWeights: [2, 4, 8, 5],
    align: ['center', 'center', 'left', 'center'],
    cellSize: CELL_SIZE,
  });
}
