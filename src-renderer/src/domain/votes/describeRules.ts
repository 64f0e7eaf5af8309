// The rules in force, as Chinese sentences printed under every result (测评结果通报) and shown beside the settings.

import { formatWeight, fromDecimal, sum, equals, ONE } from './fraction';
import { DENOMINATOR_LABELS, RANK_KEY_LABELS, type Denominator, type RoundRules } from './rules';
import { MIN_TOTALS_TO_TRIM } from './sheets';
import { positiveTiers, scoredTiers, TIER_LABELS, type ScoredTierId } from './tiers';

/** "满意" / "满意与基本满意" / "满意、比较满意与基本满意" */
function joinTiers(tiers: readonly ScoredTierId[]): string {
  const labels = tiers.map((tier) => TIER_LABELS[tier]);
  const last = labels.pop();
  return labels.length > 0 ? `${labels.join('、')}与${last}` : (last ?? '');
}

/** The denominator in a formula: 有效票数, or 应到人数, or （应到人数 − 不了解票数）. */
function denominatorTerm(rules: RoundRules, denominator: Denominator, long: boolean): string {
  if (denominator === 'valid') {
    if (!long) return DENOMINATOR_LABELS.valid;
    return rules.tiers.allowUnknown ? '有效票数（不含弃权、无效和不了解）' : '有效票数（不含弃权和无效）';
  }
  const label = DENOMINATOR_LABELS[denominator];
  return rules.tiers.allowUnknown ? `（${label} − 不了解票数）` : label;
}

/** "÷ 有效票数", but "÷（应到人数 − 不了解票数）" without a space before a full-width bracket. */
function divideBy(term: string): string {
  return term.startsWith('（') ? `÷${term}` : `÷ ${term}`;
}

function describeTiers(rules: RoundRules): string[] {
  const tiers = scoredTiers(rules.tiers);
  const count = tiers.length === 3 ? '三' : '四';
  const unknown = rules.tiers.allowUnknown ? '，另设“不了解”' : '';
  const positive = positiveTiers(rules.tiers);
  const short = denominatorTerm(rules, rules.denominator, false);
  const long = denominatorTerm(rules, rules.denominator, true);
  const weights = tiers.map((tier) => `${TIER_LABELS[tier]} ${rules.tiers.weights[tier]} 分`).join('、');
  const lines = [
    `测评形式：满意度测评，设${tiers.map((tier) => TIER_LABELS[tier]).join('、')}${count}个档次${unknown}`,
    '每张测评票对每个测评对象只能选择一个档次：未选择的为弃权；选择两个及以上档次的为无效，仅该测评对象无效，' +
      '同一张票上的其他测评对象照常计算；整张票损毁、无法辨认的为废票，不计入任何测评对象',
  ];
  if (rules.tiers.allowUnknown) lines.push('选择“不了解”的不计分，也不计入分母');
  lines.push(
    `满意率 =（${positive.map((tier) => TIER_LABELS[tier]).join(' + ')}）${divideBy(long)}`,
    `满意票率 = 满意 ${divideBy(short)}`,
    `得分 = Σ 档次分值 × 票数 ${divideBy(short)}，${weights}`,
    '分母为 0 时，满意率和得分无法计算，记为“—”',
  );
  if (rules.outcomeDenominator !== null) {
    const term = denominatorTerm(rules, rules.outcomeDenominator, false);
    const steps = positive.map((tier, index) => {
      const upTo = positive.slice(0, index + 1);
      const votes = upTo.length === 1 ? `${joinTiers(upTo)}票` : `${joinTiers(upTo)}票之和`;
      return `${votes}超过${term}一半的为“${TIER_LABELS[tier]}”`;
    });
    const weighted = rules.groups.length > 1 ? '；有多个测评组时，按各组上述比例的加权值判断' : '';
    lines.push(`等次：${steps.join('；')}；其余为“不满意”${weighted}`);
  }
  return lines;
}

function describeSheet(rules: RoundRules): string[] {
  const criteria = rules.criteria.map((criterion) => `${criterion.name} ${criterion.max} 分`).join('、');
  const full = sum(rules.criteria.map((criterion) => fromDecimal(criterion.max)));
  const trim = rules.trimExtremes
    ? `，去掉一个最高分和一个最低分后计算（有效总分不足 ${MIN_TOTALS_TO_TRIM} 份时不去掉）`
    : '';
  return [
    `测评形式：评分表，评分项目为${criteria}，满分 ${full.value} 分`,
    '每项评分在 0 分至该项满分之间，最多保留一位小数；对某测评对象全部未评分的为弃权；部分未评分、评分超出范围或' +
      '小数位数过多的为无效，仅该测评对象无效；整张评分表损毁、无法辨认的为废票',
    `每份评分表的总分为各项评分之和；测评对象的得分为有效总分的平均值${trim}`,
  ];
}

function describeGroups(rules: RoundRules): string[] {
  if (rules.groups.length < 2) return [];
  const weights = rules.groups.map((group) => `${group.name} ${formatWeight(fromDecimal(group.weight))}`);
  const rate = rules.form === 'tiers' ? '，综合满意率按同样的权重计算' : '';
  const lines = [
    `测评组及权重：${weights.join('、')}`,
    `综合得分 = Σ 组权重 × 该组得分${rate}；某组未收回有效测评票或对某测评对象无有效票的，该组不计入，` +
      '其余各组权重按比例调整至合计 100%',
  ];
  const total = sum(rules.groups.map((group) => fromDecimal(group.weight)));
  if (!equals(total, ONE)) lines.push(`各组权重之和为 ${formatWeight(total)}，计算时按比例折算为 100%`);
  return lines;
}

/** How subjects sharing a rank are listed (rankSubjects: stroke collation). */
const TIE_ORDER = '，并列的按名称笔画顺序排列';

function describeRanking(rules: RoundRules): string[] {
  const rankBy = rules.form === 'tiers' ? rules.rankBy : 'score';
  const key = `${rules.groups.length > 1 ? '综合' : ''}${RANK_KEY_LABELS[rankBy]}`;
  const summed = rules.groups.length > 1 ? '（票数为各测评组合计）' : '';
  const ties =
    rules.tieBreaker && rules.form === 'tiers'
      ? `${key}相同时，满意票多者在前，满意票相同时不满意票少者在前${summed}；仍相同的名次并列（如 1、2、2、4）${TIE_ORDER}`
      : `${key}相同的名次并列（如 1、2、2、4）${TIE_ORDER}`;
  const printed =
    rankBy === 'score' ? `保留 ${rules.decimals} 位小数` : `以百分数保留 ${rules.decimals} 位小数`;
  const lines = [
    `按${key}由高到低排名；${ties}`,
    rules.rankByPrintedValue
      ? `比较${key}时按公布的数值（四舍五入${printed}）比较`
      : `比较${key}时使用精确值（分数运算），不先四舍五入`,
    rules.form === 'tiers' ? '没有有效票的测评对象不参加排名' : '没有有效评分的测评对象不参加排名',
    rules.bottomN > 0
      ? `排名最后 ${rules.bottomN} 名标记为排名靠后；界线处名次并列的一并标记（因此可能多于 ${rules.bottomN} 个），` +
        `但排名第 1 的不标记；参加排名的不超过 ${rules.bottomN} 个时，不标记排名靠后`
      : '不标记排名靠后',
  ];
  return lines;
}

export interface DescribeOptions {
  /** The number of subjects; with only one nothing is ranked, so the ranking rules are left out. */
  subjects?: number;
}

/** Every rule in force, one Chinese sentence each, in the order they apply. */
export function describeRules(rules: RoundRules, options: DescribeOptions = {}): string[] {
  const quorum =
    rules.groups.length > 1
      ? '各测评组实到人数均须超过该组应到人数的一半，方可进行测评'
      : '实到人数须超过应到人数的一半，方可进行测评';
  const decimals =
    rules.form === 'tiers'
      ? `得分保留 ${rules.decimals} 位小数，满意率以百分数保留 ${rules.decimals} 位小数，均四舍五入`
      : `得分保留 ${rules.decimals} 位小数，四舍五入`;
  return [
    ...(rules.requireQuorum ? [quorum] : []),
    '收回票数多于发出票数的，本轮测评无效，应重新测评',
    ...(rules.form === 'tiers' ? describeTiers(rules) : describeSheet(rules)),
    ...describeGroups(rules),
    ...(options.subjects === 1 ? [] : describeRanking(rules)),
    decimals,
  ];
}
