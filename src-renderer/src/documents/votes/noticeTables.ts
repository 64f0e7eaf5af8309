// The tables of a 测评结果通报: the composite results in rank order, and each rater group's rates and scores.
import { formatDecimal, formatPercent, frac, mul, type Fraction } from '../../domain/votes/fraction';
import { TIER_LABELS } from '../../domain/votes/tiers';
import type { HeaderGroup, TableSpec } from '../gbt9704';
import { subjectNoun, type VotesDocContext } from './context';
import { publishedResult } from './noticeText';

const percent = (f: Fraction | null, d: number) => (f ? formatPercent(f, d) : '—');
const decimal = (f: Fraction | null, d: number) => (f ? formatDecimal(f, d) : '—');

/** 名次, 单位, 满意率, 得分, 等次, 备注 (排名靠后), in rank order; a score sheet has no rate or outcome. */
export function noticeTable(ctx: VotesDocContext): Omit<TableSpec, 'fonts'> {
  const { rules } = ctx.round;
  const result = publishedResult(ctx);
  const d = rules.decimals;
  const several = rules.groups.length > 1 ? '综合' : '';
  const tiers = rules.form === 'tiers';
  const outcome = tiers && rules.outcomeDenominator !== null;
  const headers = [
    '名次',
    subjectNoun(ctx.round),
    ...(tiers ? [`${several}满意率`] : []),
    `${several}得分`,
    ...(outcome ? ['等次'] : []),
    '备注',
  ];
  const rows = result.subjects.map((s) => [
    s.rank ?? '—',
    s.name,
    ...(tiers ? [percent(s.satisfactionRate, d)] : []),
    decimal(s.score, d),
    ...(outcome ? [s.outcome ? TIER_LABELS[s.outcome] : '—'] : []),
    s.bottom ? '排名靠后' : s.rank === null ? '未排名' : '',
  ]);
  const weights = [1, 4.4, ...(tiers ? [2] : []), 1.7, ...(outcome ? [1.7] : []), 1.9];
  return {
    headers,
    rows,
    columnWeights: weights,
    align: headers.map((_, i) => (i === 1 ? 'left' : 'center')),
    cellSize: 12,
  };
}

/** A rate as a percentage without its sign, for a column headed 满意率（%）: 11/12 → 91.67. */
const percentNumber = (f: Fraction | null, d: number) => (f ? formatDecimal(mul(f, frac(100)), d) : '—');

/** The head of a rate column in the groups table: the % goes into the head, so the cells stay narrow. */
export const GROUP_RATE_HEADER = '满意率\n（%）';

/**
 * Each rater group's 满意率 and 得分 (a score sheet: 得分) per subject, in the composite's order, the group names
 * over their columns; null with a single group (the composite is that group's). Rates are printed without their
 * % sign (it is in the head), so six figures fit beside names of 11 characters.
 */
export function groupsTable(ctx: VotesDocContext): Omit<TableSpec, 'fonts'> | null {
  const { rules } = ctx.round;
  if (rules.groups.length < 2) return null;
  const result = publishedResult(ctx);
  const d = rules.decimals;
  const tiers = rules.form === 'tiers';
  const rows = result.subjects.map((s) => [
    s.name,
    ...rules.groups.flatMap((group) => {
      const g = s.groups.find((item) => item.groupId === group.id);
      const score = decimal(g?.score ?? null, d);
      return tiers ? [percentNumber(g?.satisfactionRate ?? null, d), score] : [score];
    }),
  ]);
  const noun = subjectNoun(ctx.round);
  const headers = tiers
    ? [noun, ...rules.groups.flatMap(() => [GROUP_RATE_HEADER, '得分'])]
    : [noun, ...rules.groups.map((group) => group.name)];
  const headerGroups: HeaderGroup[] | undefined = tiers
    ? [{ text: '', span: 1 }, ...rules.groups.map((group) => ({ text: group.name, span: 2 }))]
    : undefined;
  return {
    headers,
    ...(headerGroups ? { headerGroups } : {}),
    rows,
    // Millimetres: "100.00" in 小四 with its cell margins needs about 17.5 (Times New Roman needs less); the
    // names take the rest (50 mm with three groups: 11 characters of 小四, 县人力资源和社会保障局).
    columnWeights: [156 - 17.7 * (headers.length - 1), ...headers.slice(1).map(() => 17.7)],
    align: headers.map((_, i) => (i === 0 ? 'left' : 'center')),
    cellSize: 12,
  };
}
