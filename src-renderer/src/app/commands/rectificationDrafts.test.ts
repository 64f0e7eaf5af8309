// Issue 11: a 样稿 before a number; the edited texts go into the numbered document; the number's text is frozen;
// 作废并重新发文 keeps the kind and starts from the voided text; a voided document exported again says 作废.
import { describe, expect, it } from 'vitest';
import { draftFor, TODAY } from '../../db/testing/rectificationSetup';
import { loadSettings, saveSettings } from '../../db/repositories/settings';
import { isDomainError } from '../../domain/errors';
import { plainText, readDocx } from '../../documents/testing/readDocx';
import { rectificationServices } from '../testing/rectification';
import { exportIssuedDocuments, saveIssueDraft } from './rectificationFiles';
import { draftIssue, issueItems, voidDocument } from './rectificationIssue';
import { createItems } from './rectificationItems';

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

async function twoUnits() {
  const { services, s } = await rectificationServices();
  const items = await createItems(services, { drafts: [draftFor(s, 0), draftFor(s, 1)] });
  return { services, s, itemIds: items.map((item) => item.id) };
}

async function headersOf(data: Uint8Array): Promise<string> {
  const { all } = await readDocx(data);
  return [...all]
    .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
    .map(([, xml]) => xml)
    .join('');
}

describe('样稿 before a number', () => {
  it('drafts one document per unit from its items, takes no number, and saves it marked 样稿', async () => {
    const { services, itemIds } = await twoUnits();
    const drafts = await draftIssue(services, { kind: 'letter', itemIds, date: TODAY });
    expect(drafts.map((d) => d.unitName)).toEqual(['县住房和城乡建设局', '县自然资源局']);
    expect(drafts[0]?.texts).toEqual({
      problems: '县住房和城乡建设局审批时限长，企业反映强烈',
      requirements: '压缩审批时限，建立限时办结制度',
    });
    expect(drafts[0]?.input.number).toBe('');
    const draft = drafts[0];
    if (!draft) throw new Error('no draft');
    const texts = { problems: '审批时限过长。\n窗口人员不足。', requirements: '一月内压缩时限。' };
    const saved = await saveIssueDraft(services, { draft, texts });
    expect(saved.fileName).toBe('样稿审议意见交办函（县住房和城乡建设局）.docx');
    const data = services.desktop.saved[0]?.data ?? new Uint8Array();
    const text = plainText((await readDocx(data)).document);
    expect(text).toContain('窗口人员不足。');
    expect(text).not.toMatch(/〔\d{4}〕\d+号/);
    expect(await headersOf(data)).toContain('string="样稿"');
    expect(await services.db.documentNumbers.count()).toBe(0);
    expect((await services.db.rectificationItems.get(itemIds[0] ?? ''))?.status).toBe('pending');
  });

  it('prints the texts as edited in the numbered document, and refuses an empty part writing nothing', async () => {
    const { services, s, itemIds } = await twoUnits();
    const unit = s.unitIds[0] ?? '';
    const empty = await failureOf(
      issueItems(services, {
        kind: 'notice',
        itemIds,
        date: TODAY,
        texts: { [unit]: { problems: ' ', requirements: '压缩时限' } },
      }),
    );
    expect(isDomainError(empty, 'rectification.refused')).toBe(true);
    expect(empty).toMatchObject({ message: '县住房和城乡建设局：请填写存在的问题' });
    expect(await services.db.documentNumbers.count()).toBe(0);
    const texts = {
      [unit]: { problems: '审批时限过长。\n窗口人员不足。', requirements: '一月内压缩时限。' },
    };
    const [first, second] = await issueItems(services, { kind: 'notice', itemIds, date: TODAY, texts });
    const body = first?.content.body.map((block) => block.text) ?? [];
    expect(body.slice(1, 6)).toEqual([
      '一、存在的问题',
      '审批时限过长。',
      '窗口人员不足。',
      '二、整改要求',
      '一月内压缩时限。',
    ]);
    // the other unit, not edited, prints its item's own texts
    expect(second?.content.body.map((block) => block.text)).toContain('县自然资源局审批时限长，企业反映强烈');
  });
});

describe('one text per number', () => {
  it('exports the same text after the unit, the settings and the item changed', async () => {
    const { services, s, itemIds } = await twoUnits();
    const [doc] = await issueItems(services, { kind: 'notice', itemIds: itemIds.slice(0, 1), date: TODAY });
    const documentIds = [doc?.id ?? ''];
    await exportIssuedDocuments(services, { documentIds });
    const unitId = s.unitIds[0] ?? '';
    await services.db.units.update(unitId, {
      fullName: '宜丰县住房和城乡建设管理局',
      shortName: '县住建管理局',
    });
    await saveSettings(services.db, {
      ...(await loadSettings(services.db)),
      orgName: '另一个县人民代表大会常务委员会',
    });
    await services.db.rectificationItems.update(itemIds[0] ?? '', { problems: ['后来改过的问题'] });
    await exportIssuedDocuments(services, { documentIds });
    const [before, after] = await Promise.all(
      services.desktop.saved.map(async (file) => (await readDocx(file.data)).document),
    );
    expect(plainText(after ?? '')).toContain('宜丰县住房和城乡建设局：');
    expect(after).toBe(before);
  });
});

describe('作废并重新发文', () => {
  it('starts from the voided text in the original kind, links the new number to the voided one', async () => {
    const { services, itemIds } = await twoUnits();
    const ids = itemIds.slice(0, 1);
    const [letter] = await issueItems(services, { kind: 'letter', itemIds: ids, date: TODAY });
    const voidedId = letter?.id ?? '';
    const early = await failureOf(
      draftIssue(services, { kind: 'letter', itemIds: ids, date: TODAY, replaces: voidedId }),
    );
    expect(early).toMatchObject({ message: '宜人常函〔2026〕1号尚未作废，请先作废再重新发文' });
    await voidDocument(services, { documentId: voidedId, reason: '问题表述有误' });
    const other = await failureOf(
      draftIssue(services, { kind: 'notice', itemIds: ids, date: TODAY, replaces: voidedId }),
    );
    expect(other).toMatchObject({ message: '宜人常函〔2026〕1号是审议意见交办函，重新发文应为同一种文件' });
    const [draft] = await draftIssue(services, {
      kind: 'letter',
      itemIds: ids,
      date: TODAY,
      replaces: voidedId,
    });
    expect(draft?.texts).toEqual({
      problems: '县住房和城乡建设局审批时限长，企业反映强烈',
      requirements: '压缩审批时限，建立限时办结制度',
    });
    const edited = {
      problems: '审批时限过长，平均超过法定时限5个工作日。',
      requirements: draft?.texts.requirements ?? '',
    };
    const [reissued] = await issueItems(services, {
      kind: 'letter',
      itemIds: ids,
      date: TODAY,
      replaces: voidedId,
      texts: { [draft?.unitId ?? '']: edited },
    });
    expect(reissued).toMatchObject({
      kind: 'letter',
      number: '宜人常函〔2026〕2号',
      replaces: { documentId: voidedId, number: '宜人常函〔2026〕1号', reason: '问题表述有误' },
    });
    expect(reissued?.content.body.map((block) => block.text)).toContain(
      '审批时限过长，平均超过法定时限5个工作日。',
    );
    const item = await services.db.rectificationItems.get(ids[0] ?? '');
    expect(item?.history.at(-1)?.text).toBe(
      '重新印发审议意见交办函宜人常函〔2026〕2号，替代已作废的宜人常函〔2026〕1号',
    );
  });

  it('exports a voided document with 作废 on every page, the text unchanged', async () => {
    const { services, itemIds } = await twoUnits();
    const [doc] = await issueItems(services, { kind: 'notice', itemIds: itemIds.slice(0, 1), date: TODAY });
    const documentIds = [doc?.id ?? ''];
    await exportIssuedDocuments(services, { documentIds });
    await voidDocument(services, { documentId: doc?.id ?? '', reason: '主送机关有误' });
    await exportIssuedDocuments(services, { documentIds });
    const [live, voided] = services.desktop.saved.map((file) => file.data);
    expect(await headersOf(live ?? new Uint8Array())).not.toContain('作废');
    expect(await headersOf(voided ?? new Uint8Array())).toContain('string="作废"');
    const texts = await Promise.all(
      [live, voided].map(async (d) => plainText((await readDocx(d ?? new Uint8Array())).document)),
    );
    expect(texts[1]).toBe(texts[0]);
  });
});
