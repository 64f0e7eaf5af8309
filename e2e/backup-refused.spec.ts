import { expect, test } from '@playwright/test';
import { DirectoryPage } from './pages/DirectoryPage';

// The backup file as the journeys edit it (see db/backupFile.ts).
interface BackupJson {
  xunping?: { app?: string };
  data: {
    databaseName: string;
    tables: { name: string; rowCount: number }[];
    data: { tableName: string; rows: Record<string, unknown>[] }[];
  };
}

function rowsOf(file: BackupJson, table: string): Record<string, unknown>[] {
  const entry = file.data.data.find((d) => d.tableName === table);
  if (!entry) throw new Error(`no ${table} in the backup`);
  return entry.rows;
}

function edited(buffer: Buffer, edit: (file: BackupJson) => void): Buffer {
  const file = JSON.parse(buffer.toString('utf8')) as BackupJson;
  edit(file);
  return Buffer.from(JSON.stringify(file));
}

/** One tier mark of a ballot of a published round changed to another tier. */
function editPublishedBallot(file: BackupJson): void {
  const published = new Set(
    rowsOf(file, 'voteRounds')
      .filter((round) => round.published !== null)
      .map((round) => round.id),
  );
  const ballot = rowsOf(file, 'ballots').find(
    (b) => published.has(b.roundId) && b.form === 'tiers' && Object.keys(b.marks as object).length > 0,
  );
  if (!ballot) throw new Error('the demo has no tier ballot of a published round');
  const marks = ballot.marks as Record<string, string[]>;
  const [subject, [tier] = []] = Object.entries(marks)[0] ?? [];
  marks[subject ?? ''] = [tier === 'unsatisfied' ? 'satisfied' : 'unsatisfied'];
}

/** Another app's Dexie export that also has a `people` table. */
const FOREIGN = Buffer.from(
  JSON.stringify({
    formatName: 'dexie',
    formatVersion: 1,
    data: {
      databaseName: 'contacts',
      databaseVersion: 1,
      tables: [{ name: 'people', schema: '++id,name', rowCount: 1 }],
      data: [{ tableName: 'people', inbound: true, rows: [{ id: 1, name: '王五' }] }],
    },
  }),
);

const CUTS = [0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9, 0.99];

test('a damaged, foreign or edited backup is refused and changes nothing; a good one restores after a safety backup', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const app = new DirectoryPage(page);
  await app.loadDemo();

  // The published round of 优化营商环境, its fingerprint as shown.
  await app.nav('活动');
  await page.getByRole('link', { name: '优化营商环境' }).click();
  await page.getByRole('tab', { name: '测评' }).click();
  await page
    .getByRole('link', { name: /满意度测评/ })
    .first()
    .click();
  const roundUrl = page.url();
  const fingerprintLine = page.getByText(/测评票校验码/).first();
  const fingerprint = (await fingerprintLine.textContent())?.match(/[0-9a-f]{64}/)?.[0] ?? '';
  expect(fingerprint).toMatch(/[0-9a-f]{64}/);

  await app.nav('设置');
  const backup = await app.download(() => page.getByRole('button', { name: '导出备份' }).click());

  // After the backup, one person more: a restore of any of the files below would remove them.
  await app.openTab('人员');
  await page.getByRole('button', { name: '添加人员' }).click();
  await app.dialog('添加人员').getByLabel(/^姓名/).fill('备份后新增');
  await app.dialog('添加人员').getByRole('button', { name: '保存' }).click();
  await expect(app.row('备份后新增')).toHaveCount(1);
  await app.expectRecords(83);

  const expectUnchanged = async () => {
    await app.openTab('人员');
    await app.expectRecords(83);
    await expect(app.row('备份后新增')).toHaveCount(1);
    await page.goto(roundUrl);
    await expect(fingerprintLine).toContainText(fingerprint);
  };

  const refusals: { name: string; buffer: Buffer; message: string | RegExp }[] = [
    ...CUTS.map((cut) => ({
      name: `询评备份-截断${Math.round(cut * 100)}.json`,
      buffer: backup.buffer.subarray(0, Math.floor(backup.buffer.length * cut)),
      message: '备份文件不完整（可能在复制、下载或保存时被截断），无法恢复。本机数据没有任何改动。',
    })),
    { name: 'contacts.json', buffer: FOREIGN, message: '这个文件不是询评的备份文件。本机数据没有任何改动。' },
    {
      name: '询评备份-缺表.json',
      buffer: edited(backup.buffer, (file) => {
        file.data.tables = file.data.tables.filter((t) => t.name !== 'rectificationItems');
        file.data.data = file.data.data.filter((t) => t.tableName !== 'rectificationItems');
      }),
      message: '备份文件缺少「整改事项」的数据，无法恢复。本机数据没有任何改动。',
    },
    {
      name: '询评备份-人员记录损坏.json',
      buffer: edited(backup.buffer, (file) => {
        const [first] = rowsOf(file, 'people');
        if (first) first.name = 42;
      }),
      message: /备份文件中「人员」的第 1 条记录无效：.+本机数据没有任何改动。/,
    },
    {
      name: '询评备份-改票.json',
      buffer: edited(backup.buffer, editPublishedBallot),
      message: /备份文件中测评「.+」的测评票与公布结果时的校验码不一致，测评票可能被改动过，不能恢复。/,
    },
  ];

  // Each refusal comes before the confirmation: nothing can be replaced. The data is checked after all of them.
  await app.nav('设置');
  for (const file of refusals) {
    await test.step(file.name, async () => {
      await app.pickFile(() => page.getByRole('button', { name: '从备份恢复' }).click(), file);
      await expect(app.notification(file.message)).toBeVisible();
      await expect(app.dialog('从备份恢复')).toBeHidden();
      await app.dismissNotifications();
    });
  }
  await expectUnchanged();

  // The good backup: a preview, the focus on 取消 (Enter and Esc change nothing), then the restore.
  await app.nav('设置');
  const pickGood = () => app.pickFile(() => page.getByRole('button', { name: '从备份恢复' }).click(), backup);
  const confirm = app.dialog('从备份恢复');
  await pickGood();
  await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await pickGood();
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expectUnchanged();

  await app.nav('设置');
  await pickGood();
  await expect(confirm).toContainText(/备份于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}，询评 \S+，数据版本 \d+/);
  const preview = confirm.getByRole('table', { name: '恢复前后对比' });
  const line = (label: string) =>
    preview.getByRole('row').filter({ has: page.getByRole('cell', { name: label, exact: true }) });
  await expect(line('人员').getByRole('cell')).toHaveText(['人员', '83 条', '82 条', '减少 1 条']);
  await expect(line('测评票').getByRole('cell').nth(3)).toHaveText('不变');
  await expect(confirm).toContainText('恢复后有 1 类数据比现在少（人员）');

  const safety = await app.download(() => confirm.getByRole('button', { name: '替换并恢复' }).click());
  expect(safety.name).toMatch(/^询评备份-恢复前-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  const saved = JSON.parse(safety.buffer.toString('utf8')) as BackupJson;
  expect(saved.xunping?.app).toBe('询评');
  expect(saved.data.tables.find((t) => t.name === 'people')?.rowCount).toBe(83);
  expect(rowsOf(saved, 'people').map((p) => p.name)).toContain('备份后新增');
  await expect(app.notification('已从备份恢复')).toContainText(`恢复前的数据已下载为「${safety.name}」`);

  await app.openTab('人员');
  await app.expectRecords(82);
  await app.search('备份后新增');
  await app.expectRecords(0);
  await page.goto(roundUrl);
  await expect(fingerprintLine).toContainText(fingerprint);
});
