// The sheet of individual ballots in the .xlsx export: per ballot its group, paper number and marks, as entered,
// so any paper can be found and read back. No names: ballots carry no rater. Ballots voted in scoring mode have
// no paper number and are listed after the papers in the order of their contents, so their order tells nothing.

import type { SheetSpec } from '../sheet';
import type { Ballot, ScoreBallot, Subject, TierBallot } from './ballots';
import { countTierMark } from './ballots';
import { ballotLine } from './entryKeys';
import { canonicalBallot } from './fingerprint';
import type { GroupSummary } from './result';
import type { RoundRules } from './rules';
import { countSheetMark } from './sheets';
import { TIER_LABELS } from './tiers';

/** A ballot with its paper number (票号, shown at entry); null: voted on screen in scoring mode. */
export type NumberedBallot = Ballot & { paperNo: number | null };

export const SCORING_MODE_PAPER = '评分模式';

function tierCells(ballot: TierBallot, subjects: readonly Subject[]): string[] {
  return subjects.map((subject) => {
    const count = countTierMark(ballot.marks[subject.id]);
    if (count.kind === 'tier') return TIER_LABELS[count.tier];
    return count.kind === 'abstain' ? '弃权' : '无效（多选）';
  });
}

/** "20+21+22+23.5=86.5", 弃权, or 无效（“服务效能”未评分）. */
function sheetCells(ballot: ScoreBallot, subjects: readonly Subject[], rules: RoundRules): string[] {
  return subjects.map((subject) => {
    const mark = ballot.marks[subject.id];
    const count = countSheetMark(mark, rules.criteria);
    if (count.kind === 'abstain') return '弃权';
    if (count.kind === 'void') return `无效（${count.reason}）`;
    const points = rules.criteria.map((criterion) => String(mark?.[criterion.id] ?? ''));
    return `${points.join('+')}=${count.total.value}`;
  });
}

function byPaper(a: NumberedBallot, b: NumberedBallot): number {
  if (a.paperNo !== null && b.paperNo !== null) return a.paperNo - b.paperNo;
  if (a.paperNo !== null || b.paperNo !== null) return a.paperNo === null ? 1 : -1;
  const x = canonicalBallot(a);
  const y = canonicalBallot(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** 测评票: one row per ballot, by group (in the rules' order) and paper number; a note for a group of totals. */
export function ballotsSheet(
  rules: RoundRules,
  subjects: readonly Subject[],
  ballots: readonly NumberedBallot[],
  /** The result's group summaries: a group entered by totals gets a note instead of ballots. */
  groups: readonly Pick<GroupSummary, 'groupId' | 'entry'>[] = [],
): SheetSpec {
  const tiers = rules.form === 'tiers';
  const headers = [
    '测评组',
    '票号',
    ...(tiers ? ['录入键'] : []),
    '整张作废',
    ...subjects.map((s) => s.name),
  ];
  const rows: (string | number)[][] = [];
  for (const group of rules.groups) {
    const mine = ballots.filter((ballot) => ballot.groupId === group.id).sort(byPaper);
    for (const ballot of mine) {
      const paper = ballot.paperNo ?? SCORING_MODE_PAPER;
      const marks = ballot.wholeVoid
        ? subjects.map(() => '')
        : ballot.form === 'tiers'
          ? tierCells(ballot, subjects)
          : sheetCells(ballot, subjects, rules);
      const keys =
        ballot.form === 'tiers' ? [ballot.wholeVoid ? 'X' : ballotLine(ballot, subjects, rules.tiers)] : [];
      rows.push([group.name, paper, ...(tiers ? keys : []), ballot.wholeVoid ? '是' : '', ...marks]);
    }
    if (groups.find((summary) => summary.groupId === group.id)?.entry === 'totals') {
      const note = '录入汇总数，没有逐张测评票';
      rows.push([group.name, '—', ...(tiers ? [note] : []), tiers ? '' : note, ...subjects.map(() => '')]);
    }
  }
  return { name: rules.form === 'tiers' ? '测评票' : '评分表', headers, rows };
}
