import { describe, expect, it } from 'vitest';
import { draftFor, TODAY } from '../../db/testing/rectificationSetup';
import { isDomainError } from '../../domain/errors';
import { rectificationServices } from '../testing/rectification';
import { applyItemAction, createItems, deleteDraftItem, saveItem } from './rectificationItems';

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('整改事项 commands', () => {
  it('adds a draft (待交办) and saves its edit', async () => {
    const { services, s } = await rectificationServices();
    const added = await saveItem(services, { id: null, draft: draftFor(s, 0) });
    expect(added.status).toBe('pending');
    const edited = await saveItem(services, {
      id: added.id,
      draft: draftFor(s, 1, { note: '待主任会议研究' }),
    });
    expect(await services.db.rectificationItems.get(added.id)).toMatchObject({
      unitId: s.unitIds[1],
      note: '待主任会议研究',
    });
    expect(edited.id).toBe(added.id);
  });

  it('refuses a draft without 整改要求 beside the field, writing nothing', async () => {
    const { services, s } = await rectificationServices();
    const failure = await failureOf(
      saveItem(services, { id: null, draft: draftFor(s, 0, { requirements: '' }) }),
    );
    expect(isDomainError(failure, 'common.invalidInput')).toBe(true);
    expect(isDomainError(failure) && failure.fieldErrors?.requirements).toBeTruthy();
    const many = await failureOf(
      createItems(services, { drafts: [draftFor(s, 0), draftFor(s, 1, { problems: [] })] }),
    );
    expect(isDomainError(many, 'common.invalidInput')).toBe(true);
    expect(await services.db.rectificationItems.count()).toBe(0);
  });

  it('applies an action as of the clock’s day: a date after it is refused, and allowed once the day comes', async () => {
    const { services, s } = await rectificationServices();
    const [item] = await createItems(services, { drafts: [draftFor(s, 0)] });
    const itemId = item?.id ?? '';
    const tomorrow = '2026-03-11';
    const refused = await failureOf(
      applyItemAction(services, { itemId, action: { type: 'issue', date: tomorrow } }),
    );
    expect(isDomainError(refused, 'rectification.refused')).toBe(true);
    expect((await services.db.rectificationItems.get(itemId))?.status).toBe('pending');
    services.clock.advance(24 * 3600 * 1000);
    const issued = await applyItemAction(services, { itemId, action: { type: 'issue', date: tomorrow } });
    expect(issued).toMatchObject({ status: 'issued', issueDate: tomorrow, planDue: '2026-03-26' });
    expect(issued.history.at(-1)?.recordedOn).toBe(tomorrow);
  });

  it('deletes a draft, but not an item handed over', async () => {
    const { services, s } = await rectificationServices();
    const [draft, issued] = await createItems(services, { drafts: [draftFor(s, 0), draftFor(s, 1)] });
    await applyItemAction(services, { itemId: issued?.id ?? '', action: { type: 'issue', date: TODAY } });
    await deleteDraftItem(services, { id: draft?.id ?? '' });
    const failure = await failureOf(deleteDraftItem(services, { id: issued?.id ?? '' }));
    expect(isDomainError(failure, 'rectification.issuedNotDeletable')).toBe(true);
    expect((await services.db.rectificationItems.toArray()).map((item) => item.id)).toEqual([issued?.id]);
  });
});
