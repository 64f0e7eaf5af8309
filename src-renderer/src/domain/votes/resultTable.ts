// A round's result as plain tables of printed values: the results table on screen and the .xlsx export are
// both made from these, so they always show the same figures.

import type { SheetSpec } from '../sheet';
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

const rate = (f: Fraction | null, decimals: number) => (f ? formatPercent(f, decimals) : '—');
const score = (f: Fraction | null, decimals: number) => (f ? formatDecimal(f, decimals) : '—');
const outcome = (o: ScoredTierId | null) => (o ? TIER_LABELS[o] : '—');

function tierColumns(rules: RoundRules): readonly TierId[] {
  return ballotTiers(rules.tiers);
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

/** The results table: per subject in rank order the counts, rates, score, outcome, rank and the bottom flag. */
export function resultTable(result: RoundResult, rules: RoundRules): ResultTable {
  const several = rules.groups.length > 1 ? '综合' : '';
  const d = rules.decimals;
  if (rules.form === 'scoreSheet') {
    return {
      headers: ['名次', '测评对象', '有效评分', '弃权', '无效', `${several}得分`, '排名靠后'],
      rows: result.subjects.map((s) => {
        const c = summed(s, null);
        return [s.rank ?? '—', s.name, c.valid, c.abstain, c.void, score(s.score, d), s.bottom ? '是' : ''];
      }),
      bottom: result.subjects.map((s) => s.bottom),
      notes: tableNotes(result),
    };
  }
  const tiers = tierColumns(rules);
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
  const rows = result.subjects.map((s) => {
    const c = summed(s, null);
    return [
      s.rank ?? '—',
      s.name,
      ...tiers.map((t) => c.tier(t)),
      c.abstain,
      c.void,
      rate(s.satisfactionRate, d),
      rate(s.satisfiedRate, d),
      score(s.score, d),
      ...(withOutcome ? [outcome(s.outcome)] : []),
      s.bottom ? '是' : '',
    ];
  });
  return { headers, rows, bottom: result.subjects.map((s) => s.bottom), notes: tableNotes(result) };
}

/** One rater group's figures per subject (the per-group breakdown). */
export function groupTable(result: RoundResult, rules: RoundRules, groupId: string): ResultTable {
  const d = rules.decimals;
  const rows = result.subjects.map((s) => {
    const g = s.groups.find((item) => item.groupId === groupId);
    if (!g) return [s.name];
    if (rules.form === 'scoreSheet') {
      return [s.name, g.valid, g.abstain, g.void, g.denominator, score(g.score, d), g.included ? '是' : '否'];
    }
    return [
      s.name,
      ...tierColumns(rules).map((t) => g.tierCounts[t]),
      g.abstain,
      g.void,
      g.denominator,
      rate(g.satisfactionRate, d),
      rate(g.satisfiedRate, d),
      score(g.score, d),
      ...(rules.outcomeDenominator !== null ? [outcome(g.outcome)] : []),
      g.included ? '是' : '否',
    ];
  });
  const headers =
    rules.form === 'scoreSheet'
      ? ['测评对象', '有效评分', '弃权', '无效', '计入平均的份数', '得分', '计入综合']
      : [
          '测评对象',
          ...tierColumns(rules).map((t) => TIER_LABELS[t]),
          '弃权',
          '无效',
          '分母',
          '满意率',
          '满意票率',
          '得分',
          ...(rules.outcomeDenominator !== null ? ['等次'] : []),
          '计入综合',
        ];
  return { headers, rows, bottom: result.subjects.map(() => false), notes: [] };
}

export interface ResultSheetsInput {
  title: string;
  result: RoundResult;
  rules: RoundRules;
  /** "已公布（2026-11-29 16:00）" or "未公布（临时结果）". */
  status: string;
  countsLine: string;
  fingerprint: string | null;
}

/** The .xlsx export: the results, one sheet per rater group, and the rules with the fingerprint. */
export function resultSheets(input: ResultSheetsInput): SheetSpec[] {
  const { result, rules } = input;
  const main = resultTable(result, rules);
  const sheets: SheetSpec[] = [{ name: '测评结果', headers: main.headers, rows: main.rows }];
  for (const group of rules.groups) {
    const table = groupTable(result, rules, group.id);
    sheets.push({ name: group.name, headers: table.headers, rows: table.rows });
  }
  const notes = [...result.notes, ...result.subjects.flatMap((s) => s.notes.map((n) => `${s.name}：${n}`))];
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
