import { describe, expect, it } from 'vitest';
import type { IssuedNumber } from './numberRegistry';
import {
  filterRegister,
  registerEntries,
  registerSheet,
  registerStatusText,
  registerTitle,
  type RegisterDocument,
  type RegisterSources,
} from './register';

const number = (sequence: number, documentId: string, extra: Partial<IssuedNumber> = {}): IssuedNumber => ({
  prefix: '宜人常发',
  year: 2026,
  sequence,
  status: 'issued',
  documentId,
  issuedOn: '2026-12-0' + String(sequence),
  ...extra,
});

const doc: RegisterDocument = {
  id: 'd1',
  kind: 'notice',
  itemIds: ['i1'],
  unitId: 'u1',
  issuedOn: '2026-12-01',
  content: {
    layout: 'file',
    orgName: '宜丰县人民代表大会常务委员会',
    fonts: {} as RegisterDocument['content']['fonts'],
    documentNumber: '宜人常发〔2026〕1号',
    title: '关于县住建局\n优化营商环境工作评议问题整改的通知',
    addressee: '宜丰县住房和城乡建设局',
    body: [],
    date: '2026年12月1日',
    copyTo: [],
  },
};

const SOURCES: RegisterSources = {
  numbers: [
    number(2, 'round:r1:results-notice'),
    number(1, 'd1'),
    number(3, 'd3', { status: 'voided', voidReason: '主送机关写错', voidedOn: '2026-12-05' }),
    number(1, 'x', { prefix: '宜人常函', year: 2025, issuedOn: '2025-06-01' }),
  ],
  documents: [doc],
  rounds: [
    {
      id: 'r1',
      activityId: 'a1',
      title: '优化营商环境工作评议满意度测评',
      subjectKind: 'unit',
      subjects: [],
    },
  ],
  activityKinds: { a1: 'evaluation' },
  unitNames: { u1: '县住建局' },
};

describe('registerEntries', () => {
  it('lists every number, newest year first, in sequence, with what it was used for', () => {
    const entries = registerEntries(SOURCES);
    expect(entries.map((e) => e.number)).toEqual([
      '宜人常发〔2026〕1号',
      '宜人常发〔2026〕2号',
      '宜人常发〔2026〕3号',
      '宜人常函〔2025〕1号',
    ]);
    expect(entries[0]).toMatchObject({
      date: '2026-12-01',
      kind: '整改通知书',
      addressee: '宜丰县住房和城乡建设局',
      title: '关于县住建局优化营商环境工作评议问题整改的通知',
      status: 'issued',
      link: { kind: 'item', itemId: 'i1', label: '县住建局' },
    });
    expect(entries[1]).toMatchObject({
      kind: '测评结果通报',
      addressee: '各被评议单位',
      title: '关于优化营商环境工作评议满意度测评结果的通报',
      link: { kind: 'round', activityId: 'a1', roundId: 'r1' },
    });
    expect(entries[2]).toMatchObject({
      status: 'voided',
      voidReason: '主送机关写错',
      kind: '其他',
      link: null,
    });
    expect(registerStatusText(entries[2]!)).toBe('作废（2026年12月5日，原因：主送机关写错）');
    expect(registerStatusText(entries[0]!)).toBe('有效');
  });

  it('prints the 主送机关 a results notice was numbered with, and lists a 票决结果公告 with its activity', () => {
    const entries = registerEntries({
      ...SOURCES,
      numbers: [
        number(2, 'round:r1:results-notice', {
          notice: {
            addressee: '县发展和改革委员会等被评议单位',
            orgName: '宜丰县人民代表大会常务委员会',
            fonts: {} as RegisterDocument['content']['fonts'],
            activity: { kind: 'evaluation', title: '优化营商环境', date: '2026-11-20' },
          },
        }),
        number(4, 'projectRound:p1:announcement'),
      ],
      projectRounds: [{ id: 'p1', activityId: 'a9', title: '2027年民生实事项目票决' }],
    });
    expect(entries[0]).toMatchObject({ kind: '测评结果通报', addressee: '县发展和改革委员会等被评议单位' });
    expect(entries[1]).toMatchObject({
      kind: '票决结果公告',
      addressee: '',
      title: '关于2027年民生实事项目票决结果的公告',
      link: { kind: 'activity', activityId: 'a9', label: '2027年民生实事项目票决' },
    });
  });

  it('filters by prefix, year and words of any column', () => {
    const entries = registerEntries(SOURCES);
    const find = (filter: Partial<Parameters<typeof filterRegister>[1]>) =>
      filterRegister(entries, { prefix: null, year: null, search: '', ...filter }).map((e) => e.number);
    expect(find({ prefix: '宜人常函' })).toEqual(['宜人常函〔2025〕1号']);
    expect(find({ year: 2026 })).toHaveLength(3);
    expect(find({ search: '住建' })).toEqual(['宜人常发〔2026〕1号']);
    expect(find({ search: '作废 写错' })).toEqual(['宜人常发〔2026〕3号']);
    expect(find({ search: '通报' })).toEqual(['宜人常发〔2026〕2号']);
    expect(find({ search: '没有这个' })).toEqual([]);
  });

  it('titles and exports the register with real dates', () => {
    expect(registerTitle({ prefix: '宜人常发', year: 2026 })).toBe('发文登记（宜人常发〔2026〕）');
    expect(registerTitle({ prefix: null, year: 2026 }, '宜丰县人大常委会')).toBe(
      '宜丰县人大常委会发文登记（2026年）',
    );
    const sheet = registerSheet(registerEntries(SOURCES), '发文登记');
    expect(sheet.title).toBe('发文登记');
    expect(sheet.rows[0]?.[1]).toEqual({ date: '2026-12-01' });
    expect(sheet.rows[2]?.[5]).toBe('作废');
    expect(sheet.print).toEqual({ landscape: true, wrap: true });
  });
});
