// Only budget 2 (console key → projector painted, against the bare baseline): restores the ten-county backup
// into a fresh context and runs the console step of app.mjs. For working on that figure; `npm run bench` is
// the whole table. Needs out/renderer (npm run build) and bench/out/ten-counties.json (npm run bench:dataset).
/* global window */
import { resolve } from 'node:path';
import { bareFigures, consoleFigures, restoreThroughSettings, serveApp } from './app.mjs';
import { CONTEXT_OPTIONS, launchChromium } from './browser.mjs';
import { ROOT } from './ts.mjs';

const PORT = Number(process.env.BENCH_PORT ?? 4345);
const file = resolve(ROOT, 'bench/out/ten-counties.json');
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};
const figures = (xs) =>
  `p50 ${quantile(xs, 0.5).toFixed(1)} / p95 ${quantile(xs, 0.95).toFixed(1)} ms (n=${xs.length})`;

const server = await serveApp(PORT);
const browser = await launchChromium();
try {
  const base = `http://127.0.0.1:${PORT}`;
  const context = await browser.newContext(CONTEXT_OPTIONS);
  // BENCH_SPLIT=1 (with BENCH_DEBUG=1): each key's time split at the console's post of the action and the
  // projector hearing it.
  if (process.env.BENCH_SPLIT)
    await context.addInitScript(() => {
      const post = BroadcastChannel.prototype.postMessage;
      BroadcastChannel.prototype.postMessage = function (message) {
        if (this.name === 'xunping-console-events')
          window.__postedAt = performance.timeOrigin + performance.now();
        return post.call(this, message);
      };
      new BroadcastChannel('xunping-console-events').onmessage = () =>
        (window.__heardAt = performance.timeOrigin + performance.now());
    });
  const page = await context.newPage();
  console.log(`restore: ${await restoreThroughSettings(page, base, file)} ms`);
  await page.close();
  const run = await consoleFigures(context, base, console.log);
  console.log(`console key → projector painted: ${figures(run.samples)}; unchanged ${run.unchanged}`);
  if (!process.env.NO_BARE) console.log(`bare baseline: ${figures(await bareFigures(context, base))}`);
  await context.close();
} finally {
  await browser.close();
  server.kill();
}
