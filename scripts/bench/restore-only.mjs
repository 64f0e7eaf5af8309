/* global window */ // read in the harness page by evaluate()
// The restore rows of budget 5 alone, for measuring before and after a change in the same conditions:
// the headless restore on the harness page, split into its steps (the file's text, JSON.parse, the check, the
// write) and the whole restoreBackup; then the restore through 设置 in the built app (out/renderer, served on
// BENCH_PORT): into an empty database (as the bench row) and over the restored data (with the safety backup).
// RESTORE_RUNS (default 3) runs of each. Needs `npm run build` and `npm run bench:dataset`.
import { restoreThroughSettings, serveApp } from './app.mjs';
import { CONTEXT_OPTIONS, launchChromium } from './browser.mjs';
import { DATASET_FILE } from './dataset.mjs';
import { startHarnessServer } from './harness.mjs';

const port = Number(process.env.BENCH_PORT ?? 4345);
const harnessPort = Number(process.env.BENCH_HARNESS_PORT ?? 4346);
const runs = Number(process.env.RESTORE_RUNS ?? 3);
const only = process.argv[2] ?? 'all'; // 'headless', 'ui' or 'all'
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
};
const browser = await launchChromium();
try {
  if (only !== 'ui') {
    const server = await startHarnessServer(harnessPort);
    try {
      const page = await (await browser.newContext(CONTEXT_OPTIONS)).newPage();
      page.on('pageerror', (error) => console.error(`harness page error: ${error.message}`));
      await page.goto(`http://127.0.0.1:${harnessPort}/src/testing/bench/harness.html`);
      await page.waitForFunction(() => 'xunpingBench' in window, undefined, { timeout: 120_000 });
      const phases = await page.evaluate(
        ([url, n]) => window.xunpingBench.restorePhases(url, n),
        [`/@fs${DATASET_FILE}`, runs],
      );
      for (const key of Object.keys(phases[0])) {
        const xs = phases.map((p) => Math.round(p[key]));
        console.log(`headless ${key}: median ${median(xs)} ms  [${xs.join(', ')}]`);
      }
      const whole = await page.evaluate(
        ([url, n]) => window.xunpingBench.restoreAndExport(url, n),
        [`/@fs${DATASET_FILE}`, runs],
      );
      const xs = whole.restore.samples.map(Math.round);
      console.log(`headless restoreBackup: median ${median(xs)} ms  [${xs.join(', ')}]`);
      const bs = whole.restore.baseline.map(Math.round);
      console.log(`baseline parse + bulkAdd: median ${median(bs)} ms  [${bs.join(', ')}]`);
    } finally {
      await server.close();
    }
  }
  if (only !== 'headless') {
    const app = await serveApp(port);
    try {
      const base = `http://127.0.0.1:${port}`;
      const empty = [];
      const over = [];
      for (let i = 0; i < runs; i += 1) {
        const context = await browser.newContext(CONTEXT_OPTIONS);
        const page = await context.newPage();
        empty.push(await restoreThroughSettings(page, base, DATASET_FILE));
        await page.reload(); // the first restore's notification goes
        over.push(await restoreThroughSettings(page, base, DATASET_FILE));
        await context.close();
      }
      console.log(`ui restore into empty db: median ${median(empty)} ms  [${empty.join(', ')}]`);
      console.log(
        `ui restore over the data (safety backup): median ${median(over)} ms  [${over.join(', ')}]`,
      );
    } finally {
      app.kill();
    }
  }
} finally {
  await browser.close();
}
