import { describe, expect, it } from 'vitest';
import { dashboard, formatted, registryProblems } from '../../domain/rectification';
import { freshDb } from '../testing/freshDb';
import { DEMO_WEAK_UNITS } from './demoRoundsBallots';
import { DEMO_UNITS } from './demoUnits';
import { loadDemo } from './loadDemo';

const now = new Date(2026, 10, 29, 9, 0);

describe('the demo rectification', () => {
  it('has an item per bottom unit: closed after a satisfied vote, waiting for its vote, and overdue', async () => {
    const db = freshDb();
    await loadDemo(db, now.getTime());
    const evaluation = (await db.activities.toArray()).find((a) => a.kind === 'evaluation')!;
    const round = (await db.voteRounds.where('activityId').equals(evaluation.id).toArray()).find(
      (r) => r.subjectKind === 'unit',
    )!;
    const bottom = round.published!.result.subjects.filter((s) => s.bottom);
    const items = await db.rectificationItems.where('activityId').equals(evaluation.id).toArray();
    const units = new Map((await db.units.toArray()).map((u) => [u.id, u.shortName]));
    expect(items).toHaveLength(bottom.length);
    const weak = DEMO_WEAK_UNITS.map((key) => DEMO_UNITS.find((u) => u.key === key)?.shortName);
    expect(items.map((i) => units.get(i.unitId)).sort()).toEqual([...weak].sort());

    const byStatus = Object.fromEntries(items.map((i) => [i.status, i]));
    expect(Object.keys(byStatus).sort()).toEqual(['closed', 'rectifying', 'voting']);
    expect(byStatus.closed).toMatchObject({ round: 1, unsatisfiedStreak: 0, issueDate: '2026-11-01' });
    expect(byStatus.closed?.history.at(-1)?.text).toMatch(
      /^第1次测评：满意（满意17票，基本满意6票，不满意1票/,
    );
    const voting = byStatus.voting!;
    expect((await db.voteRounds.get(voting.voteRoundId ?? ''))?.stage).toBe('draft');
    expect(byStatus.rectifying).toMatchObject({ planDue: '2026-11-11', reportDue: '2026-11-26' });

    const board = dashboard(items, '2026-11-29');
    expect(board.overdue.map((n) => [n.itemId, n.text])).toEqual([
      [byStatus.rectifying?.id, '整改报告已逾期 3 天'],
    ]);

    // Their notices: numbered 宜人常发〔2026〕1–3号 in the registry, in the result's order, with the frozen text.
    const numbers = await db.documentNumbers.toArray();
    expect(numbers.map(formatted).sort()).toEqual([
      '宜人常发〔2026〕1号',
      '宜人常发〔2026〕2号',
      '宜人常发〔2026〕3号',
    ]);
    expect(registryProblems(numbers)).toEqual([]);
    const docs = await db.issuedDocuments.toArray();
    expect(docs).toHaveLength(3);
    const overdueDoc = docs.find((d) => d.itemIds[0] === byStatus.rectifying?.id)!;
    expect(overdueDoc.number).toBe('宜人常发〔2026〕3号');
    expect(JSON.stringify(overdueDoc.content.body)).toContain(
      '请于2026年11月11日前将整改方案报送宜丰县人大常委会',
    );
    expect(byStatus.rectifying?.history[0]?.text).toContain('印发整改通知书宜人常发〔2026〕3号');
  });
});
