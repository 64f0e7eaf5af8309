// Each act the audit log records writes exactly one line, at the clock's time, with its sentence; a refused act
// writes none. And the log exports as a workbook.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { draftFor, TODAY } from '../../db/testing/rectificationSetup';
import type { AuditEntry } from '../../domain/audit/auditEntry';
import { auditTime } from '../../domain/audit/auditSheet';
import { rectificationServices } from '../testing/rectification';
import type { TestServices } from '../testing/services';
import { closedRound, marksOf, publishedRound, withActivity } from '../testing/votes';
import { setArchived } from './activities';
import { exportAuditLog } from './auditLog';
import { deleteRecord, savePerson, saveUnit, setRecordArchived } from './directory';
import { issueItems, voidDocument } from './rectificationIssue';
import { createItems } from './rectificationItems';
import { correctBallot, deleteBallot } from './votesEntry';
import { reopenRound } from './votesLifecycle';

const failed = (promise: Promise<unknown>) =>
  promise.then(
    () => false,
    () => true,
  );

/** The log, oldest first. */
async function log(s: TestServices): Promise<AuditEntry[]> {
  return s.db.auditLog.orderBy('at').toArray();
}

/** Runs `act` a minute later and returns the one line it wrote (fails when it wrote none or several). */
async function lineOf(s: TestServices, act: () => Promise<unknown>): Promise<AuditEntry> {
  const before = await s.db.auditLog.count();
  s.clock.advance(60_000);
  await act();
  const entries = await log(s);
  expect(entries).toHaveLength(before + 1);
  const last = entries[entries.length - 1] as AuditEntry;
  expect(last.at).toBe(s.clock.now());
  return last;
}

const person = {
  name: '张三',
  title: '县人大常委会委员',
  category: '常委会组成人员' as const,
  groups: [],
  phone: '',
};
const unit = {
  fullName: '宜丰县林业局',
  shortName: '县林业局',
  kind: '政府工作部门' as const,
  headName: '',
  headTitle: '',
  supervisorName: '',
  supervisorTitle: '',
};

describe('名册 edits and deletions', () => {
  it('write one line each: who, and before → after for an edit', async () => {
    const { s } = await withActivity();
    const added = await savePerson(s, { id: null, input: person });
    const u = await saveUnit(s, { id: null, input: unit });
    expect(await s.db.auditLog.count()).toBe(0); // adding is not an edit

    const edited = await lineOf(s, () =>
      savePerson(s, { id: added.id, input: { ...person, title: '县人大常委会副主任' } }),
    );
    expect(edited).toMatchObject({
      kind: 'recordEdited',
      text: '修改人员「张三（县人大常委会委员）」：职务 县人大常委会委员 → 县人大常委会副主任',
    });
    const renamed = await lineOf(s, () => saveUnit(s, { id: u.id, input: { ...unit, shortName: '林业局' } }));
    expect(renamed.text).toBe('修改单位「宜丰县林业局」：简称 县林业局 → 林业局');
    const archived = await lineOf(s, () => setRecordArchived(s, { list: 'units', id: u.id, archived: true }));
    expect(archived.text).toBe('修改单位「宜丰县林业局」：状态 在用 → 已归档');
    const deleted = await lineOf(s, () => deleteRecord(s, { list: 'people', id: added.id }));
    expect(deleted).toMatchObject({ kind: 'recordDeleted', text: '删除人员「张三（县人大常委会副主任）」' });

    expect(await failed(deleteRecord(s, { list: 'people', id: added.id }))).toBe(true);
    expect(await s.db.auditLog.count()).toBe(4);
  });
});

describe('ballots and rounds', () => {
  it('a corrected and a deleted ballot each write one line beside the round log', async () => {
    const { s, round } = await closedRound();
    await reopenRound(s, { roundId: round.id, reason: '补录' });
    const [first, second] = await s.db.ballots.where('roundId').equals(round.id).sortBy('paperNo');
    if (!first || !second) throw new Error('the round has no ballots');
    const corrected = await lineOf(s, () =>
      correctBallot(s, { ballot: first, marks: marksOf(round, ['unsatisfied', 'satisfied']) }),
    );
    expect(corrected).toMatchObject({
      kind: 'ballotCorrected',
      text: '「优化营商环境工作评议」测评「优化营商环境工作评议满意度测评」：更正第 1 张：11 → 31',
    });
    const deleted = await lineOf(s, () => deleteBallot(s, { ballotId: second.id }));
    expect(deleted.text).toBe(
      '「优化营商环境工作评议」测评「优化营商环境工作评议满意度测评」：删除第 2 张（原为 11）',
    );
    const roundLog = await s.db.roundLog.where('roundId').equals(round.id).toArray();
    expect(roundLog.filter((e) => e.action === 'ballotCorrected')).toHaveLength(1);

    // A correction that changes nothing, or is refused, writes nothing.
    const count = await s.db.auditLog.count();
    await correctBallot(s, { ballot: first, marks: marksOf(round, ['unsatisfied', 'satisfied']) });
    expect(await failed(correctBallot(s, { ballot: second, marks: marksOf(round, ['basic', null]) }))).toBe(
      true,
    );
    expect(await s.db.auditLog.count()).toBe(count);
  });

  it('a reopened published round writes its reason and the result it withdrew', async () => {
    const { s, round } = await publishedRound();
    const print = round.published?.fingerprint ?? '';
    const reopened = await lineOf(s, () => reopenRound(s, { roundId: round.id, reason: '漏录一张票' }));
    expect(reopened).toMatchObject({
      kind: 'roundReopened',
      text:
        '重新开启「优化营商环境工作评议」的测评「优化营商环境工作评议满意度测评」，' +
        `撤回已公布的结果（校验码 ${print.slice(0, 12)}…），原因：漏录一张票`,
      details: { reason: '漏录一张票', fingerprint: print },
    });
    expect(await failed(reopenRound(s, { roundId: round.id, reason: '再开一次' }))).toBe(true);
    expect(await s.db.auditLog.count()).toBe(1);
  });
});

describe('activities and document numbers', () => {
  it('archiving and restoring an activity write one line each; archiving it twice, one', async () => {
    const { s, activityId } = await withActivity();
    const archived = await lineOf(s, () => setArchived(s, { id: activityId, archived: true }));
    expect(archived).toMatchObject({ kind: 'activityArchived', text: '归档活动「优化营商环境工作评议」' });
    await setArchived(s, { id: activityId, archived: true });
    const restored = await lineOf(s, () => setArchived(s, { id: activityId, archived: false }));
    expect(restored.text).toBe('恢复已归档的活动「优化营商环境工作评议」');
  });

  it('voiding a number writes the number, the document, the unit and the reason', async () => {
    const { services, s } = await rectificationServices();
    const items = await createItems(services, { drafts: [draftFor(s, 0)] });
    const [doc] = await issueItems(services, { kind: 'notice', itemIds: [items[0]?.id ?? ''], date: TODAY });
    if (!doc) throw new Error('no document issued');
    const voided = await lineOf(services, () =>
      voidDocument(services, { documentId: doc.id, reason: '单位名称有误' }),
    );
    expect(voided).toMatchObject({
      kind: 'numberVoided',
      text: '作废文号宜人常发〔2026〕1号（整改通知书，县住房和城乡建设局），原因：单位名称有误',
    });
  });
});

describe('exportAuditLog', () => {
  it('saves the entries of the filter, newest first, as 操作日志-<today>.xlsx', async () => {
    const { s, activityId } = await withActivity();
    const first = await lineOf(s, () => setArchived(s, { id: activityId, archived: true }));
    const second = await lineOf(s, () => setArchived(s, { id: activityId, archived: false }));
    const all = await exportAuditLog(s, { kind: null });
    expect(all.fileName).toBe('操作日志-2026-11-29.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((s.desktop.saved[0]?.data ?? new Uint8Array()).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('操作日志');
    const rows = sheet?.getSheetValues().slice(1) as unknown[][];
    expect(rows.map((row) => row.slice(1))).toEqual([
      ['时间', '类别', '内容'],
      [auditTime(second.at), '恢复活动', '恢复已归档的活动「优化营商环境工作评议」'],
      [auditTime(first.at), '归档活动', '归档活动「优化营商环境工作评议」'],
    ]);
    await exportAuditLog(s, { kind: 'activityArchived' });
    const filtered = new ExcelJS.Workbook();
    await filtered.xlsx.load((s.desktop.saved[1]?.data ?? new Uint8Array()).buffer as ArrayBuffer);
    expect(filtered.getWorksheet('操作日志')?.rowCount).toBe(2);
  });
});
