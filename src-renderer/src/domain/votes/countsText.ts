// Round counts as one Chinese line, for the log and the round page.

import type { GroupCounts } from './round';
import type { RoundRules } from './rules';

/** "常委会组成人员：应到 35 人，实到 30 人，发出 30 张；人大代表：…" (收回 only when `returned`). */
export function countsText(
  rules: RoundRules,
  counts: Readonly<Record<string, Partial<GroupCounts>>>,
  returned: boolean,
): string {
  return rules.groups
    .map((group) => {
      const c = counts[group.id] ?? {};
      const parts = [`应到 ${c.entitled ?? 0} 人`, `实到 ${c.present ?? 0} 人`, `发出 ${c.issued ?? 0} 张`];
      if (returned) parts.push(`收回 ${c.returned ?? 0} 张`);
      const prefix = rules.groups.length > 1 ? `${group.name}：` : '';
      return `${prefix}${parts.join('，')}`;
    })
    .join('；');
}
