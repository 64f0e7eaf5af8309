import { beforeEach, describe, expect, it } from 'vitest';
import { listAgenda } from '../../db/repositories/agenda';
import { setUpInquiry, type InquirySetup } from '../testing/inquirySetup';
import { testServices, type TestServices } from '../testing/services';
import {
  deleteAgendaItem,
  moveAgendaItem,
  prepareAgenda,
  saveAgendaItem,
  saveAgendaStart,
} from './inquiryAgenda';

let services: TestServices;
let setup: InquirySetup;
const stored = () => listAgenda(services.db, setup.activityId);

beforeEach(async () => {
  services = testServices();
  setup = await setUpInquiry(services);
});

describe('the agenda', () => {
  it('starts from the usual agenda once, with the activity’s 表态发言 minutes', async () => {
    const activity = await services.db.activities.get(setup.activityId);
    await services.db.activities.put({
      ...activity!,
      timerMinutes: { ...activity!.timerMinutes, statement: 7 },
    });
    await prepareAgenda(services, { activityId: setup.activityId });
    await prepareAgenda(services, { activityId: setup.activityId });
    const agenda = await stored();
    expect(agenda.map((a) => a.kind)).toEqual([
      'opening',
      'report',
      'inquiry',
      'vote',
      'statement',
      'closing',
    ]);
    expect(agenda.find((a) => a.kind === 'statement')?.plannedMinutes).toBe(7);
  });

  it('adds, edits, moves and deletes items', async () => {
    const { activityId } = setup;
    await saveAgendaItem(services, {
      activityId,
      id: null,
      input: { title: '宣读决定', plannedMinutes: 5, kind: 'other' },
    });
    await saveAgendaItem(services, {
      activityId,
      id: null,
      input: { title: '合影', plannedMinutes: 10, kind: 'other' },
    });
    const [first, second] = await stored();
    await saveAgendaItem(services, { activityId, id: first!.id, input: { ...first!, plannedMinutes: 8 } });
    await moveAgendaItem(services, { id: second!.id, step: -1 });
    expect((await stored()).map((a) => [a.order, a.title, a.plannedMinutes])).toEqual([
      [1, '合影', 10],
      [2, '宣读决定', 8],
    ]);
    await deleteAgendaItem(services, { id: second!.id });
    expect((await stored()).map((a) => [a.order, a.title])).toEqual([[1, '宣读决定']]);
  });

  it('stores an optional speaker, and removes it when cleared', async () => {
    const { activityId } = setup;
    const input = { title: '政府汇报', plannedMinutes: 20, kind: 'report' as const };
    await saveAgendaItem(services, {
      activityId,
      id: null,
      input: { ...input, speaker: ' 县人民政府副县长 李明 ' },
    });
    const item = (await stored()).find((a) => a.title === '政府汇报');
    expect(item?.speaker).toBe('县人民政府副县长 李明');
    await saveAgendaItem(services, { activityId, id: item!.id, input: { ...input, speaker: '' } });
    expect((await stored()).find((a) => a.id === item!.id)).not.toHaveProperty('speaker');
  });

  it('refuses an item without a title with a field error, and writes nothing', async () => {
    const attempt = saveAgendaItem(services, {
      activityId: setup.activityId,
      id: null,
      input: { title: ' ', plannedMinutes: 5, kind: 'other' },
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'common.invalidInput',
      fieldErrors: { title: expect.any(String) },
    });
    expect(await stored()).toEqual([]);
  });

  it('refuses to prepare the agenda of an activity that is gone', async () => {
    await expect(prepareAgenda(services, { activityId: 'gone' })).rejects.toMatchObject({
      code: 'common.notFound',
    });
    expect(await services.db.agendaItems.count()).toBe(0);
  });
});

describe('the agenda’s start time', () => {
  const start = async () => (await services.db.activities.get(setup.activityId))?.agendaStart;

  it('is stored as HH:mm, refused when unreadable, and removed when emptied', async () => {
    const { activityId } = setup;
    await saveAgendaStart(services, { activityId, text: '9:00' });
    expect(await start()).toBe('09:00');
    await expect(saveAgendaStart(services, { activityId, text: '九点' })).rejects.toMatchObject({
      fieldErrors: { agendaStart: '开始时间请填时:分，如 09:00 或 14:30' },
    });
    expect(await start()).toBe('09:00');
    await saveAgendaStart(services, { activityId, text: '' });
    expect(await start()).toBeUndefined();
    const record = await services.db.activities.get(activityId);
    expect(record && 'agendaStart' in record).toBe(false);
  });
});
