import { describe, expect, it } from 'vitest';
import { draftFor, TODAY } from '../../db/testing/rectificationSetup';
import { isDomainError } from '../../domain/errors';
import { rectificationServices } from '../testing/rectification';
import { issueItems, voidDocument } from './rectificationIssue';
import { createItems } from './rectificationItems';

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

async function drafts(count: number, options: { settings?: boolean } = {}) {
  const { services, s } = await rectificationServices(options);
  const items = await createItems(services, {
    drafts: Array.from({ length: count }, (_, i) => draftFor(s, i)),
  });
  return { services, itemIds: items.map((item) => item.id) };
}

describe('交办 and 印发', () => {
  it('numbers one notice per unit in order at the clock’s time and hands the items over', async () => {
    const { services, itemIds } = await drafts(2);
    const docs = await issueItems(services, { kind: 'notice', itemIds, date: TODAY });
    expect(docs.map((doc) => doc.number)).toEqual(['宜人常发〔2026〕1号', '宜人常发〔2026〕2号']);
    expect(docs.every((doc) => doc.createdAt === services.clock.now())).toBe(true);
    const items = await services.db.rectificationItems.bulkGet(itemIds);
    expect(items.map((item) => item?.status)).toEqual(['issued', 'issued']);
  });

  it('hands over without a document, with the deadlines given', async () => {
    const { services, itemIds } = await drafts(1);
    const docs = await issueItems(services, {
      kind: 'none',
      itemIds,
      date: TODAY,
      planDue: '2026-03-20',
    });
    expect(docs).toEqual([]);
    expect(await services.db.rectificationItems.get(itemIds[0] ?? '')).toMatchObject({
      status: 'issued',
      planDue: '2026-03-20',
      reportDue: '2026-06-10',
    });
    expect(await services.db.issuedDocuments.count()).toBe(0);
  });

  it('refuses a date after the clock’s day, and a document 设置 cannot head yet, writing nothing', async () => {
    const { services, itemIds } = await drafts(1);
    const late = await failureOf(issueItems(services, { kind: 'letter', itemIds, date: '2026-03-11' }));
    expect(isDomainError(late, 'rectification.documentDateAfterToday')).toBe(true);
    const bare = await drafts(1, { settings: false });
    const unready = await failureOf(
      issueItems(bare.services, { kind: 'letter', itemIds: bare.itemIds, date: TODAY }),
    );
    expect(isDomainError(unready, 'settings.missing')).toBe(true);
    expect(unready).toMatchObject({ message: expect.stringContaining('函的发文字号前缀') });
    for (const { services: each, itemIds: ids } of [{ services, itemIds }, bare]) {
      expect(await each.db.issuedDocuments.count()).toBe(0);
      expect((await each.db.rectificationItems.get(ids[0] ?? ''))?.status).toBe('pending');
    }
  });

  it('voids a number on the clock’s day, with a reason', async () => {
    const { services, itemIds } = await drafts(1);
    const [doc] = await issueItems(services, { kind: 'notice', itemIds, date: TODAY });
    const documentId = doc?.id ?? '';
    const noReason = await failureOf(voidDocument(services, { documentId, reason: ' ' }));
    expect(isDomainError(noReason, 'rectification.refused')).toBe(true);
    expect((await services.db.issuedDocuments.get(documentId))?.status).toBe('issued');
    services.clock.advance(2 * 24 * 3600 * 1000);
    const voided = await voidDocument(services, { documentId, reason: '单位名称有误' });
    expect(voided).toMatchObject({ status: 'voided', voidedOn: '2026-03-12', voidReason: '单位名称有误' });
  });
});
