import { beforeEach, describe, expect, it } from 'vitest';
import type { ActivityInput } from '../../domain/activity/activity';
import { isDomainError } from '../../domain/errors';
import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import type { XunpingDb } from '../database';
import { freshDb } from '../testing/freshDb';
import { createActivity, deleteActivity, setActivityArchived, updateActivity } from './activities';
import { peopleRepository } from './people';
import { unitsRepository } from './units';

let db: XunpingDb;
let unitId: string;
let chairId: string;
let askerId: string;

const t0 = new Date('2026-11-29T08:00:00Z');
const t1 = new Date('2026-11-29T09:30:00Z');

beforeEach(async () => {
  db = freshDb();
  unitId = (
    await unitsRepository.add(db, {
      fullName: '宜丰县自然资源局',
      shortName: '县自然资源局',
      kind: '政府工作部门',
      headName: '刘明',
      headTitle: '县自然资源局局长',
      supervisorName: '',
      supervisorTitle: '',
    })
  ).id;
  const person = { title: '', category: '常委会组成人员' as const, groups: [], phone: '' };
  chairId = (await peopleRepository.add(db, { ...person, name: '主任甲' })).id;
  askerId = (await peopleRepository.add(db, { ...person, name: '委员乙' })).id;
});

const input = (over: Partial<ActivityInput> = {}): ActivityInput => ({
  kind: 'inquiry',
  title: '促进绿色矿山建设',
  date: '2026-12-06',
  venue: '县人大常委会会议室',
  chairId,
  units: [{ unitId, respondentName: '刘明', respondentTitle: '县自然资源局局长' }],
  participantIds: [askerId],
  timerMinutes: DEFAULT_TIMER_MINUTES,
  status: 'planning',
  ...over,
});

describe('activities', () => {
  it('creates an activity with the ids it uses indexed', async () => {
    const created = await createActivity(db, input(), t0.getTime());
    expect(created.createdAt).toBe(t0.getTime());
    expect(await db.activities.where('unitIds').equals(unitId).count()).toBe(1);
    expect(await db.activities.where('personIds').equals(chairId).count()).toBe(1);
    expect(await db.activities.where('personIds').equals(askerId).count()).toBe(1);
  });

  it('refuses an activity without a topic or with a unit twice', async () => {
    await expect(createActivity(db, input({ title: ' ' }), t0.getTime())).rejects.toThrow('请填写主题');
    const twice = input().units.concat(input().units);
    await expect(createActivity(db, input({ units: twice }), t0.getTime())).rejects.toThrow('不能重复');
    expect(await db.activities.count()).toBe(0);
  });

  it('refuses a unit that no longer exists', async () => {
    const units = [{ unitId: 'gone', respondentName: '', respondentTitle: '' }];
    await expect(createActivity(db, input({ units }), t0.getTime())).rejects.toThrow('已被删除');
  });

  it('updates, re-indexes and stamps the time', async () => {
    const created = await createActivity(db, input(), t0.getTime());
    await updateActivity(db, created.id, input({ participantIds: [], units: [] }), t1.getTime());
    const stored = await db.activities.get(created.id);
    expect(stored?.updatedAt).toBe(t1.getTime());
    expect(stored?.createdAt).toBe(t0.getTime());
    expect(await db.activities.where('personIds').equals(askerId).count()).toBe(0);
    expect(await db.activities.where('unitIds').equals(unitId).count()).toBe(0);
  });

  it('archives and deletes', async () => {
    const created = await createActivity(db, input(), t0.getTime());
    await setActivityArchived(db, created.id, true, t1.getTime());
    expect((await db.activities.get(created.id))?.archived).toBe(true);
    // Archived: read-only until restored, and each archive or restore leaves one line in the audit log.
    await expect(updateActivity(db, created.id, input({ title: '改名' }), t1.getTime())).rejects.toSatisfy(
      (e) => isDomainError(e, 'activity.archived'),
    );
    await setActivityArchived(db, created.id, false, t1.getTime() + 1);
    await updateActivity(db, created.id, input({ title: '改名' }), t1.getTime() + 2);
    await setActivityArchived(db, created.id, true, t1.getTime() + 3);
    expect((await db.auditLog.orderBy('at').toArray()).map((e) => e.text)).toEqual([
      '归档活动「促进绿色矿山建设」',
      '恢复已归档的活动「促进绿色矿山建设」',
      '归档活动「改名」',
    ]);
    await deleteActivity(db, created.id);
    expect(await db.activities.count()).toBe(0);
    await expect(deleteActivity(db, created.id)).rejects.toThrow('不存在');
  });
});
