import { describe, expect, it } from 'vitest';
import { createActivity } from '../../db/repositories/activities';
import { isDomainError } from '../../domain/errors';
import type { PersonInput } from '../../domain/directory/person';
import type { UnitInput } from '../../domain/directory/unit';
import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import { testServices } from '../testing/services';
import { deleteRecord, recordUsedBy, savePerson, saveUnit, setRecordArchived } from './directory';

const zhang: PersonInput = {
  name: ' 张 三 ',
  title: '县人大代表',
  category: '人大代表',
  groups: [],
  phone: '',
};
const bureau: UnitInput = {
  fullName: '宜丰县自然资源局',
  shortName: '',
  kind: '政府工作部门',
  headName: '刘明',
  headTitle: '局长',
  supervisorName: '',
  supervisorTitle: '',
};

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('the command should have failed'),
    (error: unknown) => error,
  );
}

describe('savePerson and saveUnit', () => {
  it('adds a clean record, then saves an edit of it', async () => {
    const services = testServices();
    const added = await savePerson(services, { id: null, input: zhang });
    expect(added).toMatchObject({ name: '张三', archived: false });
    await savePerson(services, { id: added.id, input: { ...zhang, title: '县人大常委会委员' } });
    expect(await services.db.people.toArray()).toEqual([{ ...added, title: '县人大常委会委员' }]);

    const unit = await saveUnit(services, { id: null, input: bureau });
    expect((await services.db.units.get(unit.id))?.shortName).toBe('宜丰县自然资源局');
  });

  it('refuses a bad or duplicate input with field errors, and writes nothing', async () => {
    const services = testServices();
    const empty = await failure(savePerson(services, { id: null, input: { ...zhang, name: '' } }));
    expect(isDomainError(empty, 'common.invalidInput')).toBe(true);
    expect(await services.db.people.count()).toBe(0);

    await savePerson(services, { id: null, input: zhang });
    const twin = await failure(savePerson(services, { id: null, input: zhang }));
    expect(isDomainError(twin, 'common.invalidInput') && twin.fieldErrors).toEqual({
      name: '名册中已有张三（县人大代表），请勿重复添加',
    });
    expect(await services.db.people.count()).toBe(1);

    const missing = await failure(saveUnit(services, { id: 'gone', input: bureau }));
    expect(isDomainError(missing, 'common.notFound')).toBe(true);
    expect(await services.db.units.count()).toBe(0);
  });
});

describe('archive, usedBy and delete', () => {
  it('deletes a record no activity uses, and archives or restores any', async () => {
    const services = testServices();
    const person = await savePerson(services, { id: null, input: zhang });
    await setRecordArchived(services, { list: 'people', id: person.id, archived: true });
    expect((await services.db.people.get(person.id))?.archived).toBe(true);
    await setRecordArchived(services, { list: 'people', id: person.id, archived: false });
    expect((await services.db.people.get(person.id))?.archived).toBe(false);

    expect(await recordUsedBy(services, { list: 'people', id: person.id })).toEqual([]);
    await deleteRecord(services, { list: 'people', id: person.id });
    expect(await services.db.people.count()).toBe(0);
  });

  it('keeps a unit an activity uses: usedBy names the activity and delete fails with common.inUse', async () => {
    const services = testServices();
    const unit = await saveUnit(services, { id: null, input: bureau });
    await createActivity(
      services.db,
      {
        kind: 'inquiry',
        title: '促进绿色矿山建设',
        date: '2026-12-06',
        venue: '',
        chairId: null,
        units: [{ unitId: unit.id, respondentName: '刘明', respondentTitle: '局长' }],
        participantIds: [],
        timerMinutes: DEFAULT_TIMER_MINUTES,
        status: 'planning',
      },
      services.clock.now(),
    );
    const ref = { list: 'units', id: unit.id } as const;
    expect(await recordUsedBy(services, ref)).toEqual(['促进绿色矿山建设']);
    const error = await failure(deleteRecord(services, ref));
    expect(isDomainError(error, 'common.inUse')).toBe(true);
    expect(await services.db.units.count()).toBe(1);
    const gone = await failure(setRecordArchived(services, { list: 'units', id: 'gone', archived: true }));
    expect(isDomainError(gone, 'common.notFound')).toBe(true);
  });
});
