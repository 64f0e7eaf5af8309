import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../domain/errors';
import { closedRound, publishedRound, withSettings } from '../testing/votes';
import { plainText, readDocx } from '../../documents/testing/readDocx';
import { saveBallotForm, saveResultsNotice } from './votesDocuments';

const ORG = '宜丰县人民代表大会常务委员会';
const isZip = (data: Uint8Array | undefined) => data !== undefined && data[0] === 0x50 && data[1] === 0x4b;

describe('saveBallotForm', () => {
  it('saves the ballot form as a .docx named after the round', async () => {
    const { s, round } = await closedRound();
    await withSettings(s, { orgName: ORG });
    expect(await saveBallotForm(s, { roundId: round.id })).toBe(
      '已保存到 /tmp/优化营商环境工作评议满意度测评表.docx',
    );
    expect(s.desktop.saved.map((f) => f.suggestedName)).toEqual(['优化营商环境工作评议满意度测评表.docx']);
    expect(isZip(s.desktop.saved[0]?.data)).toBe(true);
  });

  it('refuses without the 发文机关标志, and saves nothing', async () => {
    const { s, round } = await closedRound();
    await expect(saveBallotForm(s, { roundId: round.id })).rejects.toSatisfy((error) =>
      isDomainError(error, 'settings.missing'),
    );
    expect(s.desktop.saved).toEqual([]);
  });
});

describe('saveResultsNotice', () => {
  it('takes the next number of the year at the clock’s date, and the same one again', async () => {
    const { s, round } = await publishedRound();
    await withSettings(s, { orgName: ORG, noticePrefix: '宜人常发' });
    s.clock.set('2026-12-02T10:00:00+08:00');
    await saveResultsNotice(s, { roundId: round.id, addressee: ' 各被评议单位 ' });
    await saveResultsNotice(s, { roundId: round.id, addressee: '各被评议单位' });
    const numbers = await s.db.documentNumbers.toArray();
    expect(numbers).toHaveLength(1);
    expect(numbers[0]).toMatchObject({ prefix: '宜人常发', year: 2026, sequence: 1, issuedOn: '2026-12-02' });
    expect(s.desktop.saved.map((f) => f.suggestedName)).toEqual([
      '关于优化营商环境工作评议满意度测评结果的通报.docx',
      '关于优化营商环境工作评议满意度测评结果的通报.docx',
    ]);
  });

  it('prints the same text under the same number after the addressee and the settings changed (issue 11)', async () => {
    const { s, round } = await publishedRound();
    await withSettings(s, { orgName: ORG, noticePrefix: '宜人常发' });
    s.clock.set('2026-12-02T10:00:00+08:00');
    await saveResultsNotice(s, { roundId: round.id, addressee: '各被评议单位' });
    await withSettings(s, { orgName: '宜春市宜丰县人民代表大会常务委员会', noticePrefix: '宜人常发' });
    const line = await saveResultsNotice(s, { roundId: round.id, addressee: '县人民政府各部门' });
    expect(line).toContain('已编号的通报按取号时的文本导出（主送：各被评议单位）');
    const [first, again] = await Promise.all(
      s.desktop.saved.map(async (file) => (await readDocx(file.data)).document),
    );
    expect(plainText(again ?? '')).toContain('各被评议单位：');
    expect(again).toBe(first);
    expect((await s.db.documentNumbers.toArray())[0]?.notice).toMatchObject({
      addressee: '各被评议单位',
      orgName: ORG,
    });
  });

  it('keeps its number when the 发文字号前缀 is changed in 设置 after the first export', async () => {
    const { s, round } = await publishedRound();
    await withSettings(s, { orgName: ORG, noticePrefix: '宜人常发' });
    await saveResultsNotice(s, { roundId: round.id, addressee: '各被评议单位' });
    await withSettings(s, { orgName: ORG, noticePrefix: '宜常发' });
    await saveResultsNotice(s, { roundId: round.id, addressee: '各被评议单位' });
    expect(await s.db.documentNumbers.toArray()).toHaveLength(1);
    const [first, again] = s.desktop.saved.map((f) => f.suggestedName);
    expect(again).toBe(first);
  });

  it('refuses a round not yet published, and takes no number', async () => {
    const { s, round } = await closedRound();
    await withSettings(s, { orgName: ORG, noticePrefix: '宜人常发' });
    await expect(saveResultsNotice(s, { roundId: round.id, addressee: '各被评议单位' })).rejects.toSatisfy(
      (error) => isDomainError(error, 'votes.notPublished'),
    );
    expect(await s.db.documentNumbers.count()).toBe(0);
    expect(s.desktop.saved).toEqual([]);
  });

  it('refuses without a prefix or an addressee, and takes no number', async () => {
    const { s, round } = await publishedRound();
    await withSettings(s, { orgName: ORG });
    await expect(saveResultsNotice(s, { roundId: round.id, addressee: '各被评议单位' })).rejects.toThrow(
      '通知的发文字号前缀',
    );
    await withSettings(s, { orgName: ORG, noticePrefix: '宜人常发' });
    await expect(saveResultsNotice(s, { roundId: round.id, addressee: ' ' })).rejects.toMatchObject({
      code: 'common.invalidInput',
      fieldErrors: { addressee: '请填写主送机关，例如：各被评议单位' },
    });
    expect(await s.db.documentNumbers.count()).toBe(0);
  });
});
