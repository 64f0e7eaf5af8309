// Round-level counts per rater group and whether a vote may be held and counted (domain.md §3, round validity).

import type { RaterGroup, RoundRules } from './rules';

/** Per group: 应到 (entitled), 实到 (present), 发出 (issued), 收回 (returned). */
export interface GroupCounts {
  entitled: number;
  present: number;
  issued: number;
  returned: number;
}

/**
 * 'ok': may be counted. 'invalid': the counts themselves are wrong (fix the entry). 'noQuorum': present ≤ half of
 * entitled, no vote may be held. 'void': more ballots returned than issued, the round must be voted again.
 */
export type RoundStatus = 'ok' | 'invalid' | 'noQuorum' | 'void';

export interface RoundCheck {
  status: RoundStatus;
  problems: string[];
}

const SEVERITY: Record<RoundStatus, number> = { ok: 0, void: 1, noQuorum: 2, invalid: 3 };

export function worstStatus(a: RoundStatus, b: RoundStatus): RoundStatus {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

const COUNT_LABELS: Record<keyof GroupCounts, string> = {
  entitled: '应到人数',
  present: '实到人数',
  issued: '发出票数',
  returned: '收回票数',
};

/** Checks one group's counts; `prefix` starts every message (e.g. "人大代表："). */
export function checkGroupCounts(counts: GroupCounts, requireQuorum: boolean, prefix = ''): RoundCheck {
  const bad = (Object.keys(COUNT_LABELS) as (keyof GroupCounts)[]).filter(
    (key) => !Number.isSafeInteger(counts[key]) || counts[key] < 0,
  );
  if (bad.length > 0) {
    return { status: 'invalid', problems: bad.map((key) => `${prefix}${COUNT_LABELS[key]}应为 0 或正整数`) };
  }
  const { entitled, present, issued, returned } = counts;
  const problems: string[] = [];
  if (present > entitled) problems.push(`${prefix}实到 ${present} 人，不能多于应到 ${entitled} 人`);
  if (issued > present) problems.push(`${prefix}发出 ${issued} 张，不能多于实到 ${present} 人`);
  if (problems.length > 0) return { status: 'invalid', problems };
  if (requireQuorum && present * 2 <= entitled) {
    return {
      status: 'noQuorum',
      problems: [`${prefix}实到 ${present} 人，未超过应到 ${entitled} 人的半数，不能进行测评`],
    };
  }
  if (returned > issued) {
    return {
      status: 'void',
      problems: [`${prefix}收回 ${returned} 张，多于发出的 ${issued} 张，本轮测评无效，应重新测评`],
    };
  }
  return { status: 'ok', problems: [] };
}

/** "人大代表：" when the round has several groups, "" when it has one. */
export function groupPrefix(group: RaterGroup, rules: RoundRules): string {
  return rules.groups.length > 1 ? `${group.name}：` : '';
}

/** Checks every group of the round; the status is the worst of the groups'. */
export function checkRound(rules: RoundRules, counts: Readonly<Record<string, GroupCounts>>): RoundCheck {
  let status: RoundStatus = 'ok';
  const problems: string[] = [];
  for (const group of rules.groups) {
    const groupCounts = counts[group.id];
    if (!groupCounts) {
      status = 'invalid';
      problems.push(`缺少“${group.name}”的应到、实到、发出和收回数`);
      continue;
    }
    const check = checkGroupCounts(groupCounts, rules.requireQuorum, groupPrefix(group, rules));
    status = worstStatus(status, check.status);
    problems.push(...check.problems);
  }
  const known = new Set(rules.groups.map((group) => group.id));
  if (Object.keys(counts).some((id) => !known.has(id))) {
    status = 'invalid';
    problems.push('人数中有不属于本轮的测评组');
  }
  return { status, problems };
}
