// `npm run bench:dataset`: writes the "ten counties" stress set (db/testing/tenCounties) as a backup file the
// app restores: bench/out/ten-counties.json. 设置 → 数据备份 → 从备份恢复 loads it into the app.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs, ROOT } from './ts.mjs';

export const DATASET_FILE = join(ROOT, 'bench/out/ten-counties.json');

/** Generates the set and writes the file; returns its path and size in bytes. */
export async function writeDataset(file = DATASET_FILE) {
  const { tenCountiesTables, tenCountiesBackupParts } = await importTs(
    'src-renderer/src/db/testing/tenCounties/tenCounties.ts',
  );
  const tables = await tenCountiesTables();
  const text = tenCountiesBackupParts(tables).join('');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return {
    file,
    bytes: Buffer.byteLength(text),
    rows: Object.fromEntries(tables.map((t) => [t.name, t.rows.length])),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { file, bytes, rows } = await writeDataset();
  console.log(`${file}: ${(bytes / 1024 / 1024).toFixed(1)} MB`);
  console.log(
    Object.entries(rows)
      .map(([t, n]) => `${t} ${n}`)
      .join(', '),
  );
}
