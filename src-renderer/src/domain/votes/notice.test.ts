import { describe, expect, it } from 'vitest';
import { defaultAddressee, noticeNumberRequest, publishedDate, reportRoundItems } from './notice';

const published = (iso: string) => ({
  id: 'r1',
  published: { publishedAt: Date.parse(iso), fingerprint: 'f', result: {} as never },
});

describe('the results notice of a round', () => {
  it('is dated the local day the round was published', () => {
    expect(publishedDate(published('2026-11-29T08:00:00.000Z'))).toMatch(/^2026-11-29$/);
    expect(publishedDate({ published: null })).toBeNull();
  });

  it('goes by default to the subjects of the activity', () => {
    expect(
      defaultAddressee({ activity: { kind: 'evaluation' }, round: { subjectKind: 'unit', subjects: [] } }),
    ).toBe('各被评议单位');
    expect(
      defaultAddressee({ activity: { kind: 'inquiry' }, round: { subjectKind: 'unit', subjects: [] } }),
    ).toBe('各应询单位');
    expect(
      defaultAddressee({ activity: { kind: 'evaluation' }, round: { subjectKind: 'report', subjects: [] } }),
    ).toBe('各有关单位');
    const revote = {
      subjectKind: 'report' as const,
      subjects: [{ id: 's', refId: null, name: '县住房和城乡建设局整改情况报告' }],
    };
    expect(defaultAddressee({ activity: { kind: 'evaluation' }, round: revote })).toBe('县住房和城乡建设局');
  });

  it('takes one entry of the register per round, in the year of publication', () => {
    expect(noticeNumberRequest(published('2026-06-01T04:00:00.000Z'), '宜人常发')).toEqual({
      prefix: '宜人常发',
      year: 2026,
      documentId: 'round:r1:results-notice',
    });
  });

  it('cannot be numbered without a prefix or before publication', () => {
    expect(noticeNumberRequest(published('2026-06-01T04:00:00.000Z'), '')).toBeNull();
    expect(noticeNumberRequest({ id: 'r1', published: null }, '宜人常发')).toBeNull();
  });
});

describe('the items a report vote is on', () => {
  it('links a 整改复测 back to its item, with the unit the report is from', () => {
    const revote = {
      subjectKind: 'report' as const,
      subjects: [{ id: 's', refId: 'item-7', name: '县住房和城乡建设局整改情况报告' }],
    };
    expect(reportRoundItems(revote)).toEqual([{ itemId: 'item-7', unit: '县住房和城乡建设局' }]);
    expect(reportRoundItems({ ...revote, subjects: [{ id: 's', refId: null, name: '某报告' }] })).toEqual([]);
    expect(reportRoundItems({ ...revote, subjectKind: 'unit' })).toEqual([]);
  });
});
