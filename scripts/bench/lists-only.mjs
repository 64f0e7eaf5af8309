// The long-list rows of the bench alone (lists.mjs), for measuring before and after a change in the same
// conditions: serves out/renderer as built on BENCH_PORT, restores bench/out/ten-counties.json through 设置 and
// prints the rows. `npm run bench:dataset` writes the set first if it is missing.
import { restoreThroughSettings, serveApp } from './app.mjs';
import { CONTEXT_OPTIONS, launchChromium } from './browser.mjs';
import { DATASET_FILE } from './dataset.mjs';
import { listRows } from './lists.mjs';
import { importTs } from './ts.mjs';

const table = await importTs('src-renderer/src/testing/bench/table.ts');
const port = Number(process.env.BENCH_PORT ?? 4345);
const started = Date.now();
const log = (line) => console.error(`[lists ${((Date.now() - started) / 1000).toFixed(0)} s] ${line}`);
const app = await serveApp(port);
const browser = await launchChromium();
try {
  const base = `http://127.0.0.1:${port}`;
  const context = await browser.newContext(CONTEXT_OPTIONS);
  const page = await context.newPage();
  log('restoring the ten-county set');
  await restoreThroughSettings(page, base, DATASET_FILE);
  await page.close();
  console.log(table.formatTable(await listRows(context, base, log, DATASET_FILE)));
} finally {
  await browser.close();
  app.kill();
}
