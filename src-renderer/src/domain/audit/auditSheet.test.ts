import { describe, expect, it } from 'vitest';
import { instantAt } from '../time';
import type { AuditEntry } from './auditEntry';
import { auditFileName, auditSheet } from './auditSheet';

const entry = (id: string, at: number, kind: AuditEntry['kind'], text: string): AuditEntry => ({
  id,
  at,
  kind,
  text,
  details: {},
});

describe('auditSheet', () => {
  it('lists the entries newest first with time, kind and text', () => {
    const sheet = auditSheet([
      entry('a', instantAt('2026-11-29', 9, 5), 'recordDeleted', '删除单位「宜丰县林业局」'),
      entry('b', instantAt('2026-11-30', 14, 0) + 9_000, 'activityArchived', '归档活动「促进绿色矿山建设」'),
    ]);
    expect(sheet.headers).toEqual(['时间', '类别', '内容']);
    expect(sheet.rows).toEqual([
      ['2026-11-30 14:00:09', '归档活动', '归档活动「促进绿色矿山建设」'],
      ['2026-11-29 09:05:00', '删除名册记录', '删除单位「宜丰县林业局」'],
    ]);
    expect(auditFileName('2026-11-30')).toBe('操作日志-2026-11-30.xlsx');
  });

  it('writes a header-only sheet when the log is empty', () => {
    expect(auditSheet([]).rows).toEqual([]);
  });
});
