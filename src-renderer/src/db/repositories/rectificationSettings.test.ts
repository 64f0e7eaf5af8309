// The stored 整改期限 settings reach every repository that sets or reads a deadline.
import { describe, expect, it } from 'vitest';
import { dashboard, DEFAULT_RECTIFICATION_SETTINGS } from '../../domain/rectification';
import type { TierId } from '../../domain/votes/tiers';
import { issueDocuments } from './documentNumbers';
import { applyItemAction, createItems, loadItem } from './rectification';
import { evaluationProposals } from './rectificationFromResults';
import {
  draftFor,
  NOW,
  publishedEvaluation,
  setup,
  TODAY,
  voteAndPublish,
  type Setup,
} from '../testing/rectificationSetup';
import { recordReportVote, startReportVote } from './rectificationVotes';
import { loadSettings, saveSettings } from './settings';

const PERIODS = { planDays: 10, reportMonths: 2, dueSoonDays: 10 };

async function withPeriods(): Promise<Setup> {
  const s = await setup();
  await saveSettings(s.db, { ...(await loadSettings(s.db)), rectification: PERIODS });
  return s;
}

describe('the 整改期限 settings', () => {
  it('give the deadlines when an item is handed over, with or without a numbered document', async () => {
    const s = await withPeriods();
    const [first, second] = await createItems(s.db, [draftFor(s, 0), draftFor(s, 1)]);
    await applyItemAction(s.db, first?.id ?? '', { type: 'issue', date: '2026-03-01' }, NOW.getTime());
    await issueDocuments(s.db, { kind: 'notice', itemIds: [second?.id ?? ''], date: TODAY }, NOW.getTime());
    const issued = await loadItem(s.db, first?.id ?? '');
    const noticed = await loadItem(s.db, second?.id ?? '');
    expect(issued).toMatchObject({ planDue: '2026-03-11', reportDue: '2026-05-01' });
    expect(noticed).toMatchObject({ planDue: '2026-03-20', reportDue: '2026-05-10' });

    // 10 days left on the second item: due soon with dueSoonDays 10, not with the default 7.
    const items = [issued, noticed];
    const stored = (await loadSettings(s.db)).rectification;
    expect(dashboard(items, TODAY, stored).dueSoon.map((n) => n.itemId)).toEqual([issued.id, noticed.id]);
    expect(dashboard(items, TODAY, DEFAULT_RECTIFICATION_SETTINGS).dueSoon.map((n) => n.itemId)).toEqual([
      issued.id,
    ]);
  });

  it('are stated in the requirements of items proposed from results', async () => {
    const s = await withPeriods();
    const proposals = await evaluationProposals(s.db, s.activityId, await publishedEvaluation(s));
    expect(proposals[0]?.draft.requirements).toContain(
      '自交办之日起10日内报送整改方案，2个月内报送整改情况报告',
    );
  });

  it('give the new report deadline after 不满意', async () => {
    const s = await withPeriods();
    const [item] = await createItems(s.db, [draftFor(s, 0)]);
    const id = item?.id ?? '';
    await applyItemAction(s.db, id, { type: 'issue', date: '2026-03-01' }, NOW.getTime());
    await applyItemAction(s.db, id, { type: 'planReceived', date: '2026-03-03' }, NOW.getTime());
    await applyItemAction(s.db, id, { type: 'reportReceived', date: '2026-03-08' }, NOW.getTime());
    const { round } = await startReportVote(s.db, id, TODAY, NOW.getTime());
    const unsatisfied: TierId[][] = Array.from({ length: 13 }, (_, i) => [
      i < 5 ? 'satisfied' : 'unsatisfied',
    ]);
    await voteAndPublish(s.db, round.id, unsatisfied, 15);
    const back = await recordReportVote(s.db, id, { date: TODAY }, NOW.getTime());
    expect(back).toMatchObject({ status: 'rectifying', reportDue: '2026-05-10' });
  });
});
