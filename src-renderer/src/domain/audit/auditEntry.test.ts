import { describe, expect, it } from 'vitest';
import { PEOPLE_COLUMNS } from '../directory/importPeople';
import type { PersonInput } from '../directory/person';
import { instantAt } from '../time';
import { AUDIT_KIND_LABELS, AUDIT_KINDS, auditLine, auditText, fieldChanges } from './auditEntry';

const person: PersonInput = {
  name: '张三',
  title: '县人大常委会委员',
  category: '常委会组成人员',
  groups: ['常委会组成人员'],
  phone: '',
};

describe('auditText', () => {
  it('says where a restore came from, when the backup was made, and the counts before and after', () => {
    const text = auditText({
      kind: 'restored',
      fileName: '询评备份-2026-11-29.json',
      exportedAt: instantAt('2026-11-29', 16, 5),
      tables: [
        { label: '人员', before: 80, after: 82 },
        { label: '单位', before: 20, after: 20 },
        { label: '测评票', before: 0, after: 0 },
      ],
    });
    expect(text).toBe(
      '从备份「询评备份-2026-11-29.json」（2026-11-29 16:05 导出）恢复全部数据，条数（恢复前 → 恢复后）：人员 80 → 82、单位 20',
    );
    expect(auditText({ kind: 'restored', fileName: '', exportedAt: null, tables: [] })).toBe(
      '从备份（导出时间不详）恢复全部数据',
    );
  });

  it('counts an import and names the file and where it went', () => {
    expect(
      auditText({ kind: 'imported', target: 'people', fileName: '名册.xlsx', count: 12, activity: null }),
    ).toBe('从「名册.xlsx」向名册导入 12 位人员');
    expect(auditText({ kind: 'imported', target: 'units', fileName: '', count: 3, activity: null })).toBe(
      '向名册导入 3 个单位',
    );
    expect(
      auditText({
        kind: 'imported',
        target: 'questions',
        fileName: '提纲.xlsx',
        count: 16,
        activity: '促进绿色矿山建设',
      }),
    ).toBe('从「提纲.xlsx」向「促进绿色矿山建设」的询问提纲导入 16 个问题');
  });

  it('names an edited record as it was, with each change before → after', () => {
    const changes = fieldChanges(PEOPLE_COLUMNS, person, {
      ...person,
      title: '县人大常委会副主任',
      groups: ['常委会组成人员', '企业代表'],
      phone: '13979500001',
    });
    expect(
      auditText({ kind: 'recordEdited', list: 'people', name: '张三（县人大常委会委员）', changes }),
    ).toBe(
      '修改人员「张三（县人大常委会委员）」：职务 县人大常委会委员 → 县人大常委会副主任；' +
        '测评组 常委会组成人员 → 常委会组成人员、企业代表；电话 （空） → 13979500001',
    );
    expect(auditText({ kind: 'recordDeleted', list: 'units', name: '宜丰县林业局' })).toBe(
      '删除单位「宜丰县林业局」',
    );
  });

  it('places a ballot correction or deletion in its activity and round', () => {
    const where = { activity: '促进绿色矿山建设', round: '现场测评', ballot: '人大代表第 12 张' };
    expect(auditText({ kind: 'ballotCorrected', ...where, before: '11210', after: '11220' })).toBe(
      '「促进绿色矿山建设」测评「现场测评」：更正人大代表第 12 张：11210 → 11220',
    );
    expect(auditText({ kind: 'ballotDeleted', ...where, before: '11210' })).toBe(
      '「促进绿色矿山建设」测评「现场测评」：删除人大代表第 12 张（原为 11210）',
    );
  });

  it('gives the reason of a reopened round and the result it withdrew', () => {
    const reopened = { activity: '优化营商环境', round: '满意度测评', reason: '漏录一张票' };
    expect(auditText({ kind: 'roundReopened', ...reopened, fingerprint: null })).toBe(
      '重新开启「优化营商环境」的测评「满意度测评」，原因：漏录一张票',
    );
    expect(auditText({ kind: 'roundReopened', ...reopened, fingerprint: 'abcdef0123456789'.repeat(4) })).toBe(
      '重新开启「优化营商环境」的测评「满意度测评」，撤回已公布的结果（校验码 abcdef012345…），原因：漏录一张票',
    );
  });

  it('names a voided number and an archived activity', () => {
    expect(
      auditText({
        kind: 'numberVoided',
        number: '宜人常发〔2026〕3号',
        document: '整改通知书',
        unit: '县林业局',
        reason: '单位名称有误',
      }),
    ).toBe('作废文号宜人常发〔2026〕3号（整改通知书，县林业局），原因：单位名称有误');
    expect(auditText({ kind: 'activityArchived', activity: '促进绿色矿山建设' })).toBe(
      '归档活动「促进绿色矿山建设」',
    );
    expect(auditText({ kind: 'activityUnarchived', activity: '促进绿色矿山建设' })).toBe(
      '恢复已归档的活动「促进绿色矿山建设」',
    );
  });
});

describe('auditLine', () => {
  it('keeps the facts beside the sentence', () => {
    expect(auditLine({ kind: 'recordDeleted', list: 'people', name: '张三（无职务）' })).toEqual({
      kind: 'recordDeleted',
      text: '删除人员「张三（无职务）」',
      details: { list: 'people', name: '张三（无职务）' },
    });
  });

  it('has a Chinese label for every kind', () => {
    for (const kind of AUDIT_KINDS) expect(AUDIT_KIND_LABELS[kind]).toMatch(/^[\u4e00-\u9fff]+$/);
  });
});

describe('fieldChanges', () => {
  it('lists only the fields that differ, in the given order', () => {
    expect(fieldChanges(PEOPLE_COLUMNS, person, person)).toEqual([]);
    expect(fieldChanges(PEOPLE_COLUMNS, person, { ...person, name: '张叁' })).toEqual([
      { field: '姓名', before: '张三', after: '张叁' },
    ]);
  });
});
