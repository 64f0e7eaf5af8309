import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../domain/errors';
import { testServices } from '../testing/services';
import { loadDemoData } from './demo';
import { savePerson } from './directory';

describe('loadDemoData', () => {
  it("loads the demo dated around the clock's today", async () => {
    const services = testServices(new Date(2026, 10, 29, 12).getTime());
    await loadDemoData(services, undefined);
    const dates = (await services.db.activities.orderBy('date').toArray()).map((a) => a.date);
    // The project vote four months ago, the evaluation a month ago, the inquiry next week (demoData.ts).
    expect(dates).toEqual(['2026-08-01', '2026-10-30', '2026-12-06']);
    services.clock.set(new Date(2027, 0, 10, 12).getTime());
    const later = testServices(services.clock.now());
    await loadDemoData(later, undefined);
    expect((await later.db.activities.orderBy('date').toArray()).map((a) => a.date)).toEqual([
      '2026-09-12',
      '2026-12-11',
      '2027-01-17',
    ]);
  });

  it('fails with demo.notEmpty on a database with data, and adds nothing', async () => {
    const services = testServices();
    await savePerson(services, {
      id: null,
      input: { name: '张三', title: '', category: '人大代表', groups: [], phone: '' },
    });
    const error: unknown = await loadDemoData(services, undefined).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDomainError(error, 'demo.notEmpty')).toBe(true);
    expect((error as Error).message).toBe(
      '名册或活动中已有数据。示例数据只能加载到空的数据库中，以免和正式数据混在一起。',
    );
    expect(await services.db.people.count()).toBe(1);
    expect(await services.db.activities.count()).toBe(0);
  });
});
