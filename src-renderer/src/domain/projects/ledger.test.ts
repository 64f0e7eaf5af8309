import { describe, expect, it } from 'vitest';
import { startFollowUp } from './followUp';
import {
  formatRate,
  projectLedgerPrintRows,
  projectLedgerRows,
  satisfactionText,
  type ProjectLedgerEntry,
} from './ledger';

const candidate = {
  name: '农村公路提质改造',
  unitId: 'jt',
  budgetWan: 85.5,
  plannedCompletion: '2027-10-31',
};
const unitName = (id: string) => ({ jt: '县交通运输局' })[id] ?? '';

function entry(
  followUp: Partial<ProjectLedgerEntry['followUp']>,
  satisfaction: ProjectLedgerEntry['satisfaction'] = null,
) {
  return { candidate, followUp: { ...startFollowUp('2027-10-31'), ...followUp }, satisfaction };
}

describe('the project ledger rows', () => {
  it('numbers the projects and names the unit; a project in progress has no detail', () => {
    const [row] = projectLedgerRows([entry({})], unitName);
    expect(row).toMatchObject({
      index: 1,
      name: '农村公路提质改造',
      unit: '县交通运输局',
      budgetWan: 85.5,
      plannedCompletion: '2027-10-31',
      status: '实施中',
      statusDetail: '',
      statusDate: null,
      delayReason: '',
      latestNote: null,
    });
  });

  it('gives a delay its new date and reason, and the latest of the notes', () => {
    const [row] = projectLedgerRows(
      [
        entry({
          status: 'delayed',
          dueDate: '2028-06-30',
          delayReason: '用地手续未批',
          notes: [
            { date: '2027-03-01', text: '开工' },
            { date: '2027-07-15', text: '完成 20 公里' },
          ],
        }),
      ],
      unitName,
    );
    expect(row).toMatchObject({
      status: '延期',
      statusDate: '2028-06-30',
      delayReason: '用地手续未批',
      statusDetail: '延期至2028年6月30日；原因：用地手续未批',
      latestNote: { date: '2027-07-15', text: '完成 20 公里' },
    });
  });

  it('gives a completed project its day and its satisfaction when voted', () => {
    const rows = projectLedgerRows(
      [
        entry({ status: 'completed', completedOn: '2027-09-20' }, { rate: 0.925, outcome: '满意' }),
        entry({ status: 'completed', completedOn: '2027-09-21' }),
      ],
      unitName,
    );
    expect(rows[0]).toMatchObject({
      status: '已完成',
      statusDate: '2027-09-20',
      statusDetail: '2027年9月20日完成',
    });
    expect(projectLedgerPrintRows(rows)).toEqual([
      [
        '1',
        '农村公路提质改造',
        '县交通运输局',
        '85.50',
        '2027年10月31日',
        '已完成\n2027年9月20日完成',
        '',
        '满意（满意率 92.50%）',
      ],
      [
        '2',
        '农村公路提质改造',
        '县交通运输局',
        '85.50',
        '2027年10月31日',
        '已完成\n2027年9月21日完成',
        '',
        '',
      ],
    ]);
  });

  it('writes the satisfaction with or without its outcome, rates to two decimals', () => {
    expect(satisfactionText(null)).toBe('');
    expect(satisfactionText({ rate: 0.8, outcome: null })).toBe('满意率 80.00%');
    expect(satisfactionText({ rate: null, outcome: '基本满意' })).toBe('基本满意');
    expect(formatRate(2 / 3)).toBe('66.67%');
    expect(formatRate(1)).toBe('100.00%');
  });
});
