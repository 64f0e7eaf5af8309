import { beforeEach, describe, expect, it } from 'vitest';
import { listQuestions } from '../../db/repositories/questions';
import { setUpInquiry, type InquirySetup } from '../testing/inquirySetup';
import { testServices, type TestServices } from '../testing/services';
import { importQuestions, openQuestionsFile, previewQuestionsFile } from './inquiryImport';

let services: TestServices;
let setup: InquirySetup;

const csv = (text: string) => ({ name: '询问提纲.csv', data: new TextEncoder().encode(text) });

beforeEach(async () => {
  services = testServices();
  setup = await setUpInquiry(services);
});

describe('importing questions from a spreadsheet', () => {
  it('previews every row with what is wrong with it, then adds the good rows after the others', async () => {
    const file = csv(
      [
        '询问人,应询单位,询问内容',
        '喻建平,县林业局,矿山复绿后的林木管护由谁负责？',
        '陈某某,县林业局,矿区河道采砂如何监管？',
        '廖海燕,自然资源局,尾矿库汛期值守人员是否配齐？',
      ].join('\n'),
    );
    const preview = await previewQuestionsFile(services, { activityId: setup.activityId, file });
    expect([preview.goodCount, preview.badCount]).toEqual([2, 1]);
    expect(preview.rows[1]?.errors.join()).toContain('陈某某');
    expect(await listQuestions(services.db, setup.activityId)).toEqual([]);

    const good = preview.rows.flatMap((r) => (r.value && r.errors.length === 0 ? [r.value] : []));
    const imported = { activityId: setup.activityId, rows: good, fileName: '询问提纲.csv' };
    expect(await importQuestions(services, imported)).toBe(2);
    const questions = await listQuestions(services.db, setup.activityId);
    expect(questions.map((q) => [q.order, q.text, q.unitIds])).toEqual([
      [1, '矿山复绿后的林木管护由谁负责？', [setup.linyeId]],
      [2, '尾矿库汛期值守人员是否配齐？', [setup.ziranId]],
    ]);
    // 廖海燕 asked, so she joins the activity's askers
    const activity = await services.db.activities.get(setup.activityId);
    expect(activity?.participantIds).toContain(setup.otherId);
    expect(await services.db.auditLog.toArray()).toMatchObject([
      {
        kind: 'imported',
        at: services.clock.now(),
        text: `从「询问提纲.csv」向「${activity?.title}」的询问提纲导入 2 个问题`,
      },
    ]);
  });

  it('refuses a file it cannot read, and writes nothing', async () => {
    const file = {
      name: '询问提纲.xls',
      data: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    };
    await expect(previewQuestionsFile(services, { activityId: setup.activityId, file })).rejects.toThrow(
      /xls/,
    );
    expect(await listQuestions(services.db, setup.activityId)).toEqual([]);
  });

  it('refuses rows that no longer hold, all or none', async () => {
    const rows = [
      { ...(await previewRow()), askerId: setup.askerId },
      { ...(await previewRow()), unitIds: ['gone'] },
    ];
    const imported = { activityId: setup.activityId, rows, fileName: '询问提纲.xlsx' };
    await expect(importQuestions(services, imported)).rejects.toMatchObject({
      code: 'common.invalidInput',
    });
    expect(await listQuestions(services.db, setup.activityId)).toEqual([]);
    expect(await services.db.auditLog.count()).toBe(0);
  });

  it('opens nothing when the dialog is cancelled', async () => {
    expect(await openQuestionsFile(services, undefined)).toBeNull();
  });
});

async function previewRow() {
  const preview = await previewQuestionsFile(services, {
    activityId: setup.activityId,
    file: csv('询问人,应询单位,询问内容\n喻建平,县林业局,矿山复绿后的林木管护由谁负责？'),
  });
  return preview.rows[0]!.value!;
}
