import { describe, expect, it } from 'vitest';
import { issueDateWarnings, type IssueDateCheck } from './issueWarnings';

const OK: IssueDateCheck = {
  date: '2026-12-03',
  latestInSequence: { number: '宜人常发〔2026〕5号', issuedOn: '2026-12-01' },
  meetings: [{ name: '优化营商环境工作评议', date: '2026-11-20' }],
  deadlines: [{ unit: '县住建局', planDue: '2026-12-18', reportDue: '2027-03-03' }],
};

describe('issueDateWarnings', () => {
  it('says nothing when the dates are consistent (same day as the latest number is fine)', () => {
    expect(issueDateWarnings(OK)).toEqual([]);
    expect(issueDateWarnings({ ...OK, date: '2026-12-01' })).toEqual([]);
    expect(issueDateWarnings({ ...OK, latestInSequence: null, meetings: [], deadlines: [] })).toEqual([]);
  });

  it('warns when the document is dated before the latest number of its sequence', () => {
    const [warning] = issueDateWarnings({ ...OK, date: '2026-11-28' });
    expect(warning).toBe(
      '成文日期2026年11月28日早于本序列上一个文号宜人常发〔2026〕5号的日期（2026年12月1日），编号在后的文件日期却在前。',
    );
  });

  it('warns when the document is dated before the meeting it reports on', () => {
    const warnings = issueDateWarnings({ ...OK, latestInSequence: null, date: '2026-11-19' });
    expect(warnings).toEqual([
      '成文日期2026年11月19日早于所报告的优化营商环境工作评议（2026年11月20日召开）。',
    ]);
  });

  it('names each deadline already passed on the day of issue, per unit, in one warning', () => {
    const warnings = issueDateWarnings({
      ...OK,
      deadlines: [
        { unit: '县住建局', planDue: '2026-11-30', reportDue: '2027-03-03' },
        { unit: '县林业局', planDue: '2026-11-01', reportDue: '2026-12-02' },
        { unit: '县水利局', planDue: null, reportDue: null },
      ],
    });
    expect(warnings).toEqual([
      '文件印发时期限已过：县住建局的整改方案期限2026年11月30日；县林业局的整改方案期限2026年11月1日、' +
        '整改报告期限2026年12月2日，单位收到文件时已无法按期办理。',
    ]);
  });

  it('gives all three warnings together, and none for an unreadable date', () => {
    const all = {
      ...OK,
      date: '2026-11-10',
      deadlines: [{ unit: '县住建局', planDue: '2026-11-09', reportDue: null }],
    };
    expect(issueDateWarnings(all)).toHaveLength(3);
    expect(issueDateWarnings({ ...all, date: '2026-13-40' })).toEqual([]);
  });
});
