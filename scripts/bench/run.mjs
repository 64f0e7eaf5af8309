// `npm run bench`: every figure of issue 13 beside a baseline measured in the same run, as ONE table (the
// median, or p95, of several runs; the ratio; the budget; within or not). Timings live here, never in tests.
// Steps: build the web renderer, write the ten-county set (bench/out/ten-counties.json), measure in Node
// (tally, fingerprint), in Chromium on a harness page (restore, export, ballot entry, .xlsx import) and in the
// built app (start-up, console → projector, script bytes, heap). Always exits 0; a step that fails becomes a
// row saying why. `--no-build` reuses out/renderer. Ports: BENCH_PORT (4345) serves the built app,
// BENCH_HARNESS_PORT (4335) the harness page.
import { execFileSync } from 'node:child_process';
import { appRows, serveApp } from './app.mjs';
import { launchChromium } from './browser.mjs';
import { writeDataset } from './dataset.mjs';
import { harnessRows, startHarnessServer } from './harness.mjs';
import { importTs, ROOT } from './ts.mjs';

const APP_PORT = Number(process.env.BENCH_PORT ?? 4345);
const HARNESS_PORT = Number(process.env.BENCH_HARNESS_PORT ?? 4335);
const started = Date.now();
const log = (line) => console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${line}`);

const rows = [];
const failed = (figure, error) => {
  log(`${figure}: ${error instanceof Error ? error.stack : String(error)}`);
  rows.push({
    figure,
    reason: `failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
  });
};

async function step(figure, fn) {
  try {
    rows.push(...(await fn()));
  } catch (error) {
    failed(figure, error);
  }
}

const table = await importTs('src-renderer/src/testing/bench/table.ts');

if (!process.argv.includes('--no-build')) {
  log('building the renderer (electron-vite build)');
  execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
log('writing the ten-county set');
const dataset = await writeDataset();
log(`${dataset.file}: ${(dataset.bytes / 1024 / 1024).toFixed(1)} MB`);

await step('1 tally / fingerprint (Node)', async () => {
  const { nodeRows } = await importTs('src-renderer/src/testing/bench/nodeRows.ts');
  return nodeRows(log);
});

let browser = null;
let harness = null;
let app = null;
try {
  browser = await launchChromium();
  harness = await startHarnessServer(HARNESS_PORT);
  await step('5 restore / export / ballots / .xlsx (harness)', () =>
    harnessRows(browser, HARNESS_PORT, dataset.file, log),
  );
  app = await serveApp(APP_PORT);
  await step('2, 3, 6 browser figures of the built app', () => appRows(browser, APP_PORT, dataset.file, log));
} catch (error) {
  failed('browser', error);
} finally {
  await browser?.close().catch(() => undefined);
  await harness?.close().catch(() => undefined);
  app?.kill();
}

rows.push({
  figure: '7 扫码测评 submit → 已提交, 60 phones, p95',
  reason: 'not applicable: no 扫码测评 yet',
});
const order = (row) => Number(/^\d+/.exec(row.figure)?.[0] ?? 9);
rows.sort((a, b) => order(a) - order(b));
console.log(table.formatTable(rows));
console.log(
  `\n${new Date().toISOString()} · ${((Date.now() - started) / 1000).toFixed(0)} s · node ${process.version}` +
    ' · medians of few runs on a shared machine: compare a figure with its own baseline, not across runs.',
);
process.exit(0);
