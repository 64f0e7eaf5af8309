import { describe, expect, it } from 'vitest';
import { XunpingDb } from '../database';
import { DEFAULT_SETTINGS } from '../../domain/settings/settings';
import { issueDocuments, listNumbers, reserveNumber, voidIssuedDocument } from './documentNumbers';
import { createItems, loadItem } from './rectification';
import { draftFor, NOW, setup, TODAY, type Setup } from '../testing/rectificationSetup';
import { saveSettings } from './settings';

async function itemsFor(s: Setup, unitIndexes: number[]): Promise<string[]> {
  const items = await createItems(
    s.db,
    unitIndexes.map((i) => draftFor(s, i)),
  );
  return items.map((item) => item.id);
}

describe('issueDocuments', () => {
  it('numbers one notice per unit in sequence, hands the items over and freezes the text', async () => {
    const s = await setup();
    const ids = await itemsFor(s, [0, 1, 2]);
    const docs = await issueDocuments(s.db, { kind: 'notice', itemIds: ids, date: TODAY }, NOW.getTime());
    expect(docs.map((d) => d.number)).toEqual([
      '宜人常发〔2026〕1号',
      '宜人常发〔2026〕2号',
      '宜人常发〔2026〕3号',
    ]);
    const item = await loadItem(s.db, ids[0] ?? '');
    expect(item).toMatchObject({
      status: 'issued',
      issueDate: TODAY,
      planDue: '2026-03-25',
      reportDue: '2026-06-10',
    });
    expect(item.history[0]?.text).toContain('印发整改通知书宜人常发〔2026〕1号');
    const content = docs[0]?.content;
    expect(content).toMatchObject({
      layout: 'file',
      documentNumber: '宜人常发〔2026〕1号',
      addressee: '宜丰县住房和城乡建设局',
      date: '2026年3月10日',
      copyTo: ['宜丰县人民政府'],
    });
    expect(content?.title).toBe('关于县住房和城乡建设局\n优化营商环境工作评议问题整改的通知');
    expect(JSON.stringify(content?.body)).toContain('请于2026年3月25日前将整改方案报送宜丰县人大常委会');
    expect((await listNumbers(s.db, '宜人常发', 2026)).map((n) => [n.sequence, n.documentId])).toEqual(
      docs.map((d) => [d.sequence, d.id]),
    );
  });

  it('gives a letter its own sequence, addressed to the government, and one document to a unit’s items', async () => {
    const s = await setup();
    const ids = await itemsFor(s, [0, 0, 1]);
    const docs = await issueDocuments(s.db, { kind: 'letter', itemIds: ids, date: TODAY }, NOW.getTime());
    expect(docs.map((d) => [d.number, d.itemIds.length])).toEqual([
      ['宜人常函〔2026〕1号', 2],
      ['宜人常函〔2026〕2号', 1],
    ]);
    expect(docs[0]?.content).toMatchObject({ layout: 'letter', addressee: '宜丰县人民政府' });
    expect(docs[0]?.content.copyTo).toEqual(['宜丰县住房和城乡建设局']);
    // A notice for items already handed over: numbered too, recorded as a follow-up entry.
    const notice = await issueDocuments(
      s.db,
      { kind: 'notice', itemIds: [ids[2] ?? ''], date: TODAY },
      NOW.getTime(),
    );
    expect(notice[0]?.number).toBe('宜人常发〔2026〕1号');
    const item = await loadItem(s.db, ids[2] ?? '');
    expect(item.history.map((e) => e.kind)).toEqual(['issued', 'note']);
  });

  it('refuses a second document of the same kind for an item until its number is voided', async () => {
    const s = await setup();
    const ids = await itemsFor(s, [0]);
    const [first] = await issueDocuments(s.db, { kind: 'notice', itemIds: ids, date: TODAY }, NOW.getTime());
    await expect(
      issueDocuments(s.db, { kind: 'notice', itemIds: ids, date: TODAY }, NOW.getTime()),
    ).rejects.toThrow(
      '县住房和城乡建设局的整改事项已印发整改通知书（宜人常发〔2026〕1号），如需重新印发，请先作废该文号',
    );
    await expect(voidIssuedDocument(s.db, first?.id ?? '', '  ', NOW.getTime())).rejects.toThrow(
      '请填写作废原因',
    );
    const voided = await voidIssuedDocument(s.db, first?.id ?? '', '标题有误', NOW.getTime());
    expect(voided).toMatchObject({ status: 'voided', voidReason: '标题有误', voidedOn: TODAY });
    await expect(voidIssuedDocument(s.db, first?.id ?? '', '再次', NOW.getTime())).rejects.toThrow(
      '不能重复作废',
    );
    const [second] = await issueDocuments(s.db, { kind: 'notice', itemIds: ids, date: TODAY }, NOW.getTime());
    expect(second?.number).toBe('宜人常发〔2026〕2号');
    const numbers = await listNumbers(s.db, '宜人常发', 2026);
    expect(numbers.map((n) => [n.sequence, n.status])).toEqual([
      [1, 'voided'],
      [2, 'issued'],
    ]);
    const item = await loadItem(s.db, ids[0] ?? '');
    expect(
      item.history.some((e) => e.text.includes('作废文号宜人常发〔2026〕1号（整改通知书），原因：标题有误')),
    ).toBe(true);
  });

  it('starts at 1 in a new year', async () => {
    const s = await setup();
    const ids = await itemsFor(s, [0, 1]);
    await issueDocuments(
      s.db,
      { kind: 'notice', itemIds: [ids[0] ?? ''], date: '2025-12-31' },
      NOW.getTime(),
    );
    const [next] = await issueDocuments(
      s.db,
      { kind: 'notice', itemIds: [ids[1] ?? ''], date: TODAY },
      NOW.getTime(),
    );
    expect(next?.number).toBe('宜人常发〔2026〕1号');
  });

  it('refuses without the organ’s name or the prefix, and a date after today, changing nothing', async () => {
    const s = await setup({ settings: false });
    const ids = await itemsFor(s, [0]);
    const issue = () => issueDocuments(s.db, { kind: 'notice', itemIds: ids, date: TODAY }, NOW.getTime());
    await expect(issue()).rejects.toMatchObject({ code: 'settings.missing' });
    await expect(issue()).rejects.toThrow('发文机关标志');
    await expect(issue()).rejects.toThrow('通知的发文字号前缀');
    await saveSettings(s.db, {
      ...DEFAULT_SETTINGS,
      orgName: '宜丰县人民代表大会常务委员会',
      letterPrefix: '宜人常函',
      noticePrefix: '宜人常发',
    });
    await expect(
      issueDocuments(s.db, { kind: 'notice', itemIds: ids, date: '2026-03-11' }, NOW.getTime()),
    ).rejects.toThrow('成文日期不能晚于今天');
    expect((await loadItem(s.db, ids[0] ?? '')).status).toBe('pending');
    expect(await s.db.documentNumbers.count()).toBe(0);
  });

  it('never gives two concurrent issues the same number, not even from two windows', async () => {
    const s = await setup();
    const ids = await itemsFor(s, [0, 1, 2, 3, 0, 1, 2, 3]);
    const other = new XunpingDb(s.db.name);
    const results = await Promise.all(
      ids.map((id, i) =>
        issueDocuments(
          i % 2 === 0 ? s.db : other,
          { kind: 'notice', itemIds: [id], date: TODAY },
          NOW.getTime(),
        ),
      ),
    );
    const sequences = results.flat().map((doc) => doc.sequence);
    expect([...sequences].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect((await listNumbers(s.db, '宜人常发', 2026)).map((n) => n.sequence)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8,
    ]);
    expect(new Set((await s.db.issuedDocuments.toArray()).map((d) => d.number)).size).toBe(8);
    other.close();
  });

  it('lets other documents take numbers from the same sequence', async () => {
    const s = await setup();
    const ids = await itemsFor(s, [0]);
    const taken = await reserveNumber(
      s.db,
      { prefix: '宜人常发', year: 2026, documentId: 'results-1' },
      NOW.getTime(),
    );
    expect(taken.sequence).toBe(1);
    const [notice] = await issueDocuments(s.db, { kind: 'notice', itemIds: ids, date: TODAY }, NOW.getTime());
    expect(notice?.number).toBe('宜人常发〔2026〕2号');
    await expect(
      reserveNumber(s.db, { prefix: '宜人常发', year: 2026, documentId: 'results-1' }, NOW.getTime()),
    ).rejects.toThrow('该文件已编号为宜人常发〔2026〕1号，不能重复编号');
  });

  it('cannot store a number twice: the key is [prefix+year+sequence]', async () => {
    const s = await setup();
    const entry = {
      prefix: '宜人常发',
      year: 2026,
      sequence: 1,
      status: 'issued' as const,
      documentId: 'd1',
      issuedOn: TODAY,
    };
    await s.db.documentNumbers.add(entry);
    await expect(s.db.documentNumbers.add({ ...entry, documentId: 'd2' })).rejects.toThrow();
  });
});
