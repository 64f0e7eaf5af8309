// Checks a round's rules before any ballot is entered. Messages are Chinese, for the secretary.

import { cleanText, type FieldErrors } from '../validation';
import { decimalPlaces, fromDecimal, sub, sum, compare, formatWeight } from './fraction';
import {
  MAX_CRITERION_POINTS,
  POINT_DECIMALS,
  WEIGHT_SUM_TOLERANCE,
  type Criterion,
  type RaterGroup,
  type RoundRules,
} from './rules';
import { scoredTiers, TIER_LABELS, type TierSettings } from './tiers';

const MAX_TIER_POINTS = 1000;
const TIER_POINT_DECIMALS = 2;
const WEIGHT_DECIMALS = 4;
const MAX_DECIMALS = 6;

function isNumberWithin(value: number, min: number, max: number, places: number): boolean {
  return Number.isFinite(value) && value >= min && value <= max && decimalPlaces(value) <= places;
}

function validateTiers(tiers: TierSettings, errors: FieldErrors): void {
  const order = scoredTiers(tiers);
  for (const tier of order) {
    if (!isNumberWithin(tiers.weights[tier], 0, MAX_TIER_POINTS, TIER_POINT_DECIMALS)) {
      errors[`tiers.weights.${tier}`] =
        `${TIER_LABELS[tier]}的分值应为 0 到 ${MAX_TIER_POINTS} 之间的数，最多两位小数`;
    }
  }
  order.forEach((tier, index) => {
    const better = order[index - 1];
    if (better === undefined || errors[`tiers.weights.${tier}`]) return;
    if (tiers.weights[tier] > tiers.weights[better]) {
      errors[`tiers.weights.${tier}`] = `${TIER_LABELS[tier]}的分值不能高于${TIER_LABELS[better]}的分值`;
    }
  });
}

function validateGroups(groups: readonly RaterGroup[], errors: FieldErrors): void {
  if (groups.length === 0) {
    errors.groups = '至少需要一个测评组';
    return;
  }
  const ids = new Set<string>();
  const names = new Set<string>();
  groups.forEach((group, index) => {
    const name = cleanText(group.name);
    if (!group.id || ids.has(group.id)) errors.groups = '测评组编号为空或重复';
    ids.add(group.id);
    if (!name) errors[`groups.${index}.name`] = '请填写测评组名称';
    else if (names.has(name)) errors[`groups.${index}.name`] = `测评组“${name}”重复`;
    names.add(name);
    if (!isNumberWithin(group.weight, 0, 1, WEIGHT_DECIMALS)) {
      errors[`groups.${index}.weight`] = '权重应为 0 到 100% 之间的数';
    }
  });
  if (groups.some((_, index) => errors[`groups.${index}.weight`])) return;
  const total = sum(groups.map((group) => fromDecimal(group.weight)));
  if (groups.length === 1 && total.n === 0n) {
    errors['groups.0.weight'] = '只有一个测评组时，权重应大于 0';
  } else if (groups.length > 1) {
    const gap = sub(total, fromDecimal(1));
    const tolerance = fromDecimal(WEIGHT_SUM_TOLERANCE);
    const outside = compare(gap, tolerance) > 0 || compare(gap, fromDecimal(-WEIGHT_SUM_TOLERANCE)) < 0;
    if (outside) {
      errors.groups = `各测评组权重之和应为 100%，现为 ${formatWeight(total)}`;
    }
  }
}

function validateCriteria(criteria: readonly Criterion[], errors: FieldErrors): void {
  if (criteria.length === 0) {
    errors.criteria = '评分表至少需要一个评分项目';
    return;
  }
  const ids = new Set<string>();
  const names = new Set<string>();
  criteria.forEach((criterion, index) => {
    const name = cleanText(criterion.name);
    if (!criterion.id || ids.has(criterion.id)) errors.criteria = '评分项目编号为空或重复';
    ids.add(criterion.id);
    if (!name) errors[`criteria.${index}.name`] = '请填写评分项目名称';
    else if (names.has(name)) errors[`criteria.${index}.name`] = `评分项目“${name}”重复`;
    names.add(name);
    const max = criterion.max;
    if (!isNumberWithin(max, 0, MAX_CRITERION_POINTS, POINT_DECIMALS) || max <= 0) {
      errors[`criteria.${index}.max`] = `满分应大于 0、不超过 ${MAX_CRITERION_POINTS}，最多一位小数`;
    }
  });
}

/** A copy of the rules with the group and criterion names cleaned (cleanText), as they are stored. */
export function normalizeRules(rules: RoundRules): RoundRules {
  return {
    ...structuredClone(rules),
    groups: rules.groups.map((group) => ({ ...group, name: cleanText(group.name) })),
    criteria: rules.criteria.map((criterion) => ({ ...criterion, name: cleanText(criterion.name) })),
  };
}

/** Field path → Chinese message; empty when the rules can be used. */
export function validateRules(rules: RoundRules): FieldErrors {
  const errors: FieldErrors = {};
  validateGroups(rules.groups, errors);
  if (rules.form === 'tiers') validateTiers(rules.tiers, errors);
  else {
    validateCriteria(rules.criteria, errors);
    if (rules.rankBy !== 'score') errors.rankBy = '评分表只能按得分排名';
  }
  if (!Number.isInteger(rules.bottomN) || rules.bottomN < 0) {
    errors.bottomN = '排名靠后的个数应为 0 或正整数';
  }
  if (!Number.isInteger(rules.decimals) || rules.decimals < 0 || rules.decimals > MAX_DECIMALS) {
    errors.decimals = `小数位数应为 0 到 ${MAX_DECIMALS} 之间的整数`;
  }
  return errors;
}
