// Items the committee itself is holding up (久拖未办), for the home page's reminders: drafts left 待交办 long after
// the meeting they came from, and items 测评中 whose vote has no round any more (deleted) or has waited long for its
// result. A deadline reminder (attention.ts) covers what the units owe; this covers what the office owes.

import { daysBetween } from '../time';
import { DEFAULT_RECTIFICATION_SETTINGS, isIsoDate, type RectificationSettings } from './dueDates';
import { effectiveEntries } from './followUps';
import type { RectificationItem } from './item';
import { compareText } from './text';

export type StalledKind = 'pending' | 'votingNoRound' | 'votingLong';

export interface StalledNotice {
  itemId: string;
  unitId: string;
  kind: StalledKind;
  /** Days waited: since the meeting (待交办) or since the vote was started (测评中); 0 when not known. */
  days: number;
  /** 待交办已 20 天 / 测评中，但测评轮次已不存在 / 测评中已 20 天，结果未公布 */
  text: string;
}

/**
 * How long the office may take before a reminder: handing items over within the time a unit gets for its plan
 * (planDays, 15 by default) after the meeting, and publishing a report vote's result within the same time.
 */
export function stalledAfterDays(settings: RectificationSettings = DEFAULT_RECTIFICATION_SETTINGS): number {
  return settings.planDays;
}

/** The date of the latest effective 测评 entry (the vote started), or null. */
function voteStartedOn(item: RectificationItem): string | null {
  const started = effectiveEntries(item.history).filter(
    (effective) => effective.entry.kind === 'voteStarted',
  );
  return started[started.length - 1]?.entry.date ?? null;
}

export interface StalledContext {
  today: string;
  settings?: RectificationSettings;
  /** Activity id → its date (the meeting the draft came from). */
  activityDates: Readonly<Record<string, string>>;
  /** The rounds that exist, by id, with their stage. */
  rounds: Readonly<Record<string, { stage: string }>>;
}

function notice(item: RectificationItem, context: StalledContext): StalledNotice | null {
  const limit = stalledAfterDays(context.settings);
  const base = { itemId: item.id, unitId: item.unitId };
  if (item.status === 'pending') {
    const since = item.activityId === null ? undefined : context.activityDates[item.activityId];
    if (since === undefined || !isIsoDate(since)) return null;
    const days = daysBetween(since, context.today);
    return days > limit ? { ...base, kind: 'pending', days, text: `待交办已 ${days} 天` } : null;
  }
  if (item.status !== 'voting') return null;
  const started = voteStartedOn(item);
  const days = started === null ? 0 : Math.max(0, daysBetween(started, context.today));
  const round = item.voteRoundId === null ? undefined : context.rounds[item.voteRoundId];
  if (round === undefined) {
    return {
      ...base,
      kind: 'votingNoRound',
      days,
      text: '测评中，但测评轮次已不存在（可能已删除），请在事项页“测评作废”后重新开始测评',
    };
  }
  if (round.stage !== 'published' && days > limit) {
    return { ...base, kind: 'votingLong', days, text: `测评中已 ${days} 天，结果尚未公布` };
  }
  return null;
}

/** The items held up by the office, longest wait first (an item 测评中 without a round first of all). */
export function stalledItems(items: readonly RectificationItem[], context: StalledContext): StalledNotice[] {
  const rank = (n: StalledNotice) => (n.kind === 'votingNoRound' ? 0 : 1);
  return items
    .map((item) => notice(item, context))
    .filter((n) => n !== null)
    .sort((a, b) => rank(a) - rank(b) || b.days - a.days || compareText(a.itemId, b.itemId));
}
