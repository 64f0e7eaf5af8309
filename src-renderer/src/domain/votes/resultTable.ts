// A round's result as plain tables: the results table on screen, the .xlsx export and the per-group breakdown are
// all made from the same cells, so they always show the same figures. On screen a rate or score is its printed
// text; in the .xlsx it is a number, rounded as printed, with a number format.

import type { SheetSpec } from '../sheet';
import { ballotsSheet, type NumberedBallot } from './ballotsSheet';
import type { Subject } from './ballots';
import { formatDecimal, formatPercent, type Fraction } from './fraction';
import type { RoundResult, SubjectResult } from './result';
import type { RoundRules } from './rules';
import { ballotTiers, TIER_LABELS, type ScoredTierId, type TierId } from './tiers';

export interface ResultTable {
  headers: string[];
  rows: (string | number)[][];
  /** Per row: flagged 排名靠后. */
  bottom: boolean[];
  /** Sentences to print under the table (tableNotes). */
  notes: string[];
}

/** Whether two ranked subjects share a rank. */
export function hasSharedRank(result: Pick<RoundResult, 'subjects'>): boolean {
  const ranks = result.subjects.flatMap((s) => (s.rank === null ? [] : [s.rank]));
  return new Set(ranks).size < ranks.length;
}

/** Said under a results table that has shared ranks: how they are listed (rankSubjects). */
export const SHARED_RANK_NOTE = '名次相同的为并列，并列的按名称笔画顺序排列。';

/**
 * The note under a results table (screen, .xlsx, 测评结果通报): how shared ranks are listed, when there are any.
 */
export function tableNotes(result: Pick<RoundResult, 'subjects'>): string[] {
  return hasSharedRank(result) ? [SHARED_RANK_NOTE] : [];
}

/** A rate (printed as a percentage) or a score; null prints as "—". */
interface Measure {
  measure: 'rate' | 'score';
  value: Fraction | null;
}

type Cell = string | number | Measure;

interface Table {
  headers: string[];
  rows: Cell[][];
}

const rate = (value: Fraction | null): Measure => ({ measure: 'rate', value });
const score = (value: Fraction | null): Measure => ({ measure: 'score', value });
const outcome = (o: ScoredTierId | null) => (o ? TIER_LABELS[o] : '—');

/** The printed text of a cell: "91.67%", "81.67", "—". */
function textOf(cell: Cell, decimals: number): string | number {
  if (typeof cell !== 'object') return cell;
  if (!cell.value) return '—';
  return cell.measure === 'rate' ? formatPercent(cell.value, decimals) : formatDecimal(cell.value, decimals);
}

/** The number of a cell as printed: 91.67% is 0.9167, 81.67 is 81.67 (the rounding is ours, half up). */
function numberOf(cell: Cell, decimals: number): string | number {
  if (typeof cell !== 'object') return cell;
  if (!cell.value) return '—';
  return Number(formatDecimal(cell.value, cell.measure === 'rate' ? decimals + 2 : decimals));
}

/** 0.00 / 0.00% for 2 decimals, 0 / 0% for none. */
export function numberFormat(measure: Measure['measure'], decimals: number): string {
  const digits = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  return measure === 'rate' ? `${digits}%` : digits;
}

function asText(table: Table, rules: RoundRules): Pick<ResultTable, 'headers' | 'rows'> {
  return { headers: table.headers, rows: table.rows.map((row) => row.map((c) => textOf(c, rules.decimals))) };
}

/** A sheet of numbers; a column of rates or scores gets its number format. */
function asSheet(name: string, table: Table, rules: RoundRules): SheetSpec {
  const d = rules.decimals;
  const numberFormats = table.headers.map((_, c) => {
    const measure = table.rows.map((row) => row[c]).find((cell) => typeof cell === 'object');
    return measure && typeof measure === 'object' ? numberFormat(measure.measure, d) : null;
  });
  return {
    name,
    headers: table.headers,
    rows: table.rows.map((row) => row.map((cell) => numberOf(cell, d))),
    numberFormats,
  };
}

/** Counts summed over the groups (the composite table) or of one group. */
function summed(subject: SubjectResult, groupId: string | null) {
  const groups = subject.groups.filter((g) => groupId === null || g.groupId === groupId);
  const add = (pick: (g: (typeof groups)[number]) => number) =>
    groups.reduce((total, g) => total + pick(g), 0);
  return {
    tier: (tier: TierId) => add((g) => g.tierCounts[tier]),
    abstain: add((g) => g.abstain),
    void: add((g) => g.void),
    valid: add((g) => g.valid),
  };
}

function mainTable(result: RoundResult, rules: RoundRules): Table {
  const several = rules.groups.length > 1 ? '综合' : '';
  if (rules.form === 'scoreSheet') {
    return {
      headers: ['名次', '测评对象', '有效评分', '弃权', '无效', `${several}得分`, '排名靠后'],
      rows: result.subjects.map((s) => {
        const c = summed(s, null);
        return [s.rank ?? '—', s.name, c.valid, c.abstain, c.void, score(s.score), s.bottom ? '是' : ''];
      }),
    };
  }
  const tiers = ballotTiers(rules.tiers);
  const withOutcome = rules.outcomeDenominator !== null;
  const headers = [
    '名次',
    '测评对象',
    ...tiers.map((t) => TIER_LABELS[t]),
    '弃权',
    '无效',
    `${several}满意率`,
    `${several}满意票率`,
    `${several}得分`,
    ...(withOutcome ? ['等次'] : []),
    '排名靠后',
  ];
  const rows = result.subjects.map((s): Cell[] => {
    const c = summed(s, null);
    return [
      s.rank ?? '—',
      s.name,
      ...tiers.map((t) => c.tier(t)),
      c.abstain,
      c.void,
      rate(s.satisfactionRate),
      rate(s.satisfiedRate),
      score(s.score),
      ...(withOutcome ? [outcome(s.outcome)] : []),
      s.bottom ? '是' : '',
    ];
  });
  return { headers, rows };
}

function groupRows(result: RoundResult, rules: RoundRules, groupId: string): Table {
  const rows = result.subjects.map((s): Cell[] => {
    const g = s.groups.find((item) => item.groupId === groupId);
    if (!g) return [s.name];
    if (rules.form === 'scoreSheet') {
      return [s.name, g.valid, g.abstain, g.void, g.denominator, score(g.score), g.included ? '是' : '否'];
    }
    return [
      s.name,
      ...ballotTiers(rules.tiers).map((t) => g.tierCounts[t]),
      g.abstain,
      g.void,
      g.denominator,
      rate(g.satisfactionRate),
      rate(g.satisfiedRate),
      score(g.score),
      ...(rules.outcomeDenominator !== null ? [outcome(g.outcome)] : []),
      g.included ? '是' : '否',
    ];
  });
  const headers =
    rules.form === 'scoreSheet'
      ? ['测评对象', '有效评分', '弃权', '无效', '计入平均的份数', '得分', '计入综合']
      : [
          '测评对象',
          ...ballotTiers(rules.tiers).map((t) => TIER_LABELS[t]),
          '弃权',
          '无效',
          '分母',
          '满意率',
          '满意票率',
          '得分',
          ...(rules.outcomeDenominator !== null ? ['等次'] : []),
          '计入综合',
        ];
  return { headers, rows };
}

/** The results table: per subject in rank order the counts, rates, score, outcome, rank and the bottom flag. */
export function resultTable(result: RoundResult, rules: RoundRules): ResultTable {
  return {
    ...asText(mainTable(result, rules), rules),
    bottom: result.subjects.map((s) => s.bottom),
    notes: tableNotes(result),
  };
}

/** One rater group's figures per subject (the per-group breakdown). */
export function groupTable(result: RoundResult, rules: RoundRules, groupId: string): ResultTable {
  return {
    ...asText(groupRows(result, rules, groupId), rules),
    bottom: result.subjects.map(() => false),
    notes: [],
  };
}

export interface ResultSheetsInput {
  title: string;
  result: RoundResult;
  rules: RoundRules;
  /** "已公布（2026-11-29 16:00）" or "未公布（临时结果）". */
  status: string;
  countsLine: string;
  fingerprint: string | null;
  /** The round's subjects in printed order, for the sheet of ballots. */
  subjects?: readonly Subject[];
  /** The round's ballots with their paper numbers (null: voted in scoring mode); no ballot sheet without them. */
  ballots?: readonly NumberedBallot[];
}

/**
 * The .xlsx export: the results, one sheet per rater group, the individual ballots (when given), and the rules
 * with the fingerprint.
 */
export function resultSheets(input: ResultSheetsInput): SheetSpec[] {
  const { result, rules } = input;
  const sheets: SheetSpec[] = [asSheet('测评结果', mainTable(result, rules), rules)];
  for (const group of rules.groups)
    sheets.push(asSheet(group.name, groupRows(result, rules, group.id), rules));
  if (input.ballots && input.subjects)
    sheets.push(ballotsSheet(rules, input.subjects, input.ballots, result.groups));
  const notes = [
    ...tableNotes(result),
    ...result.notes,
    ...result.subjects.flatMap((s) => s.notes.map((n) => `${s.name}：${n}`)),
  ];
  sheets.push({
    name: '计票规则',
    headers: ['项目', '内容'],
    rows: [
      ['测评名称', input.title],
      ['状态', input.status],
      ['人数与票数', input.countsLine],
      ...notes.map((note): [string, string] => ['说明', note]),
      ...result.rules.map((line, i): [string, string] => [`规则 ${i + 1}`, line]),
      ['测评票校验码（SHA-256）', input.fingerprint ?? '未公布，无校验码'],
    ],
    columnWidths: [24, 110],
  });
  return sheets;
}
