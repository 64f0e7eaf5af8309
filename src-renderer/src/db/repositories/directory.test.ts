import { beforeEach, describe, expect, it } from 'vitest';
import type { PersonInput } from '../../domain/directory/person';
import type { UnitInput } from '../../domain/directory/unit';
import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import type { XunpingDb } from '../database';
import { InUseError, ValidationError } from '../errors';
import { freshDb } from '../testing/freshDb';
import { createActivity } from './activities';
import { peopleRepository as people } from './people';
import { unitsRepository as units } from './units';

const person = (name: string, title = '县人大常委会委员'): PersonInput => ({
  name,
  title,
  category: '常委会组成人员',
  groups: ['常委会组成人员'],
  phone: '',
});

const unit = (fullName: string): UnitInput => ({
  fullName,
  shortName: '',
  kind: '政府工作部门',
  headName: '刘明',
  headTitle: '局长',
  supervisorName: '',
  supervisorTitle: '',
});

const NOW = Date.parse('2026-11-29T09:00:00+08:00');
const SOURCE = { fileName: '名册.xlsx', at: NOW };

/** The audit log's sentences, oldest first. */
const auditTexts = async () => (await db.auditLog.orderBy('at').toArray()).map((e) => e.text);

let db: XunpingDb;
beforeEach(() => {
  db = freshDb();
});

describe('people', () => {
  it('adds a cleaned person', async () => {
    const added = await people.add(db, { ...person(' 张 三 '), phone: '139-7950-0001' });
    expect(added).toMatchObject({ name: '张三', phone: '13979500001', archived: false });
    expect(await db.people.count()).toBe(1);
  });

  it('refuses a person without a name, with the reason', async () => {
    await expect(people.add(db, person('  '))).rejects.toThrow('请填写姓名');
    expect(await db.people.count()).toBe(0);
  });

  it('refuses the same name and title twice but accepts a namesake with another title', async () => {
    await people.add(db, person('张伟'));
    await expect(people.add(db, person('张伟'))).rejects.toBeInstanceOf(ValidationError);
    await people.add(db, person('张伟', '县人大代表'));
    expect(await db.people.count()).toBe(2);
  });

  it('finds a name with invisible characters a duplicate of the plain name, and stores it plain', async () => {
    await people.add(db, person('张伟'));
    await expect(people.add(db, person('张\u200B伟'))).rejects.toThrow('名册中已有');
    await expect(people.add(db, person('\u202E张伟\u202C'))).rejects.toThrow('名册中已有');
    const other = await people.add(db, person('李\uFEFF四', '县人大\u200D代表'));
    expect(other).toMatchObject({ name: '李四', title: '县人大代表' });
    await expect(units.add(db, unit('宜丰县\u2060水利局'))).resolves.toMatchObject({
      fullName: '宜丰县水利局',
    });
    await expect(units.add(db, unit('宜丰县水利局\u200E'))).rejects.toThrow('名册中已有宜丰县水利局');
    expect(await db.people.count()).toBe(2);
  });

  it('updates a person and keeps the id', async () => {
    const added = await people.add(db, person('李四'));
    const updated = await people.update(db, added.id, person('李四', '县人大常委会副主任'), NOW);
    expect(updated.id).toBe(added.id);
    expect((await db.people.get(added.id))?.title).toBe('县人大常委会副主任');
  });

  it('logs an edit once, with before and after, and an edit that changes nothing not at all', async () => {
    const added = await people.add(db, person('李四'));
    await people.update(db, added.id, { ...person('李四', '县人大常委会副主任'), phone: '13979500001' }, NOW);
    await people.update(db, added.id, { ...person('李四', '县人大常委会副主任'), phone: '13979500001' }, NOW);
    const log = await db.auditLog.toArray();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ kind: 'recordEdited', at: NOW });
    expect(log[0]?.text).toBe(
      '修改人员「李四（县人大常委会委员）」：职务 县人大常委会委员 → 县人大常委会副主任；电话 （空） → 13979500001',
    );
    expect(log[0]?.details).toMatchObject({
      list: 'people',
      changes: [{ field: '职务' }, { field: '电话' }],
    });
  });

  it('logs nothing when an edit is refused', async () => {
    await people.add(db, person('李四'));
    const other = await people.add(db, person('王五'));
    await expect(people.update(db, other.id, person('李四'), NOW)).rejects.toBeInstanceOf(ValidationError);
    expect(await db.auditLog.count()).toBe(0);
  });

  it('refuses to delete a person used by an activity, and archives instead', async () => {
    const asker = await people.add(db, person('王五'));
    const spare = await people.add(db, person('赵六'));
    await createActivity(
      db,
      {
        kind: 'inquiry',
        title: '促进绿色矿山建设',
        date: '2026-12-01',
        venue: '',
        chairId: null,
        units: [],
        participantIds: [asker.id],
        timerMinutes: DEFAULT_TIMER_MINUTES,
        status: 'planning',
      },
      new Date('2026-11-29T08:00:00Z').getTime(),
    );
    await expect(people.remove(db, asker.id, NOW)).rejects.toBeInstanceOf(InUseError);
    await expect(people.remove(db, asker.id, NOW)).rejects.toThrow('促进绿色矿山建设');
    await people.setArchived(db, asker.id, true, NOW);
    expect((await db.people.get(asker.id))?.archived).toBe(true);
    await people.remove(db, spare.id, NOW + 1);
    expect(await db.people.get(spare.id)).toBeUndefined();
    // The refused deletions left no line; the archive and the deletion one each.
    expect(await auditTexts()).toEqual([
      '修改人员「王五（县人大常委会委员）」：状态 在用 → 已归档',
      '删除人员「赵六（县人大常委会委员）」',
    ]);
  });

  it('imports all rows or none', async () => {
    await people.add(db, person('已有'));
    await expect(people.importAll(db, [person('甲'), person('乙'), person('已有')], SOURCE)).rejects.toThrow(
      '未导入任何记录',
    );
    expect(await db.people.count()).toBe(1);
    await expect(people.importAll(db, [person('甲'), person('甲')], SOURCE)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await db.people.count()).toBe(1);
    expect(await people.importAll(db, [person('甲'), person('乙')], SOURCE)).toBe(2);
    expect(await db.people.count()).toBe(3);
    expect(await auditTexts()).toEqual(['从「名册.xlsx」向名册导入 2 位人员']);
  });

  it('refuses an invalid row in an import and writes nothing', async () => {
    await expect(
      people.importAll(db, [person('甲'), { ...person('乙'), phone: '12' }], SOURCE),
    ).rejects.toThrow('电话');
    expect(await db.people.count()).toBe(0);
  });
});

describe('units', () => {
  it('defaults the short name to the full name and refuses duplicates', async () => {
    const added = await units.add(db, unit('宜丰县水利局'));
    expect(added.shortName).toBe('宜丰县水利局');
    await expect(units.add(db, unit('宜丰县水利局'))).rejects.toThrow('名册中已有宜丰县水利局');
  });

  it('refuses renaming a unit onto another one', async () => {
    await units.add(db, unit('宜丰县水利局'));
    const other = await units.add(db, unit('宜丰县林业局'));
    await expect(units.update(db, other.id, unit('宜丰县水利局'), NOW)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect((await db.units.get(other.id))?.fullName).toBe('宜丰县林业局');
  });

  it('reports which activities use a unit', async () => {
    const u = await units.add(db, unit('宜丰县林业局'));
    await createActivity(
      db,
      {
        kind: 'evaluation',
        title: '优化营商环境',
        date: '2026-10-30',
        venue: '',
        chairId: null,
        units: [{ unitId: u.id, respondentName: '刘明', respondentTitle: '局长' }],
        participantIds: [],
        timerMinutes: DEFAULT_TIMER_MINUTES,
        status: 'planning',
      },
      new Date('2026-11-29T08:00:00Z').getTime(),
    );
    expect(await units.usedBy(db, u.id)).toEqual(['优化营商环境']);
    await expect(units.remove(db, u.id, NOW)).rejects.toThrow('只能归档');
    expect(await db.auditLog.count()).toBe(0);
  });

  it('logs a deleted unit by its full name', async () => {
    const u = await units.add(db, unit('宜丰县林业局'));
    await units.remove(db, u.id, NOW);
    expect(await auditTexts()).toEqual(['删除单位「宜丰县林业局」']);
  });
});
