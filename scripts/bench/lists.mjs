/* global window, document, requestAnimationFrame, setTimeout, addEventListener */ // read in pages by evaluate()
// The long lists of the ten-county set (budget 4: no main-thread task over 100 ms; a selection under 50 ms): the
// 整改 list of 500 items shown from the navigation, one of its 500 checkboxes ticked, the 名册 of 820 people and
// of 160 units shown. Run alone on a restored set: `node scripts/bench/lists.mjs` (after a build); `npm run
// bench` runs it as part of the browser figures.
import { fileURLToPath } from 'node:url';
import { CONTEXT_OPTIONS, launchChromium } from './browser.mjs';
import { longTaskProbe, TRIVIAL_PAGE } from './probes.mjs';

const RUNS = Number(process.env.BENCH_LIST_RUNS ?? 3);

/**
 * Installed before a click: window.__shownAt is set (ms after the click's event time stamp) at the frame after
 * `selector` first matches, and window.__longTasks is emptied.
 */
function shownProbe([selector, text]) {
  window.__longTasks = [];
  window.__shownAt = undefined;
  const start = (e) => {
    removeEventListener('click', start, true);
    const t0 = e.timeStamp;
    const check = () => {
      const found = [...document.querySelectorAll(selector)].some((e) => !text || e.textContent === text);
      if (found)
        requestAnimationFrame(() => setTimeout(() => (window.__shownAt = performance.now() - t0), 0));
      else requestAnimationFrame(check);
    };
    check();
  };
  addEventListener('click', start, true);
}

/** Installed before a click on a checkbox: window.__tickedAt is the click → next painted frame (ms). */
function tickProbe() {
  window.__longTasks = [];
  window.__tickedAt = undefined;
  const start = (e) => {
    removeEventListener('click', start, true);
    const t0 = e.timeStamp;
    requestAnimationFrame(() => setTimeout(() => (window.__tickedAt = performance.now() - t0), 0));
  };
  addEventListener('click', start, true);
}

const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Clicks the 主导航 link `name` and waits until `selector` is painted: [ms to show, longest task]. */
async function navigate(page, name, selector, text = '') {
  await page.evaluate(shownProbe, [selector, text]);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name, exact: true }).click();
  await page.waitForFunction(() => window.__shownAt !== undefined, undefined, { timeout: 60_000 });
  await settle(300);
  return page.evaluate(() => [window.__shownAt, Math.max(0, ...window.__longTasks)]);
}

/** Each figure `RUNS` times: the 整改 list and 名册 shown from 设置, a checkbox ticked; 设置 shown as baseline. */
async function measure(page) {
  const m = { rectShow: [], rectTask: [], tick: [], tickTask: [], peopleTask: [], peopleShow: [] };
  Object.assign(m, { unitsTask: [], settingsShow: [], settingsTask: [] });
  const settings = ['h2', '设置'];
  for (let i = 0; i < RUNS; i += 1) {
    const [showS, taskS] = await navigate(page, '设置', ...settings);
    m.settingsShow.push(showS);
    m.settingsTask.push(taskS);
    const [show, task] = await navigate(page, '整改', 'table[aria-label="整改事项"] tbody tr td');
    m.rectShow.push(show);
    m.rectTask.push(task);
    await page.getByRole('checkbox', { name: '选择全部' }).waitFor();
    const tick = page.locator('table[aria-label="整改事项"] tbody input[type=checkbox]').nth(2);
    await tick.scrollIntoViewIfNeeded();
    await page.evaluate(tickProbe);
    await tick.click();
    await page.waitForFunction(() => window.__tickedAt !== undefined, undefined, { timeout: 60_000 });
    await settle(300);
    const [ticked, tickTask] = await page.evaluate(() => [window.__tickedAt, Math.max(0, ...window.__longTasks)]);
    m.tick.push(ticked);
    m.tickTask.push(tickTask);
    await navigate(page, '设置', ...settings);
    const [showP, taskP] = await navigate(page, '名册', 'table[aria-label="人员列表"] tbody tr td');
    m.peopleShow.push(showP);
    m.peopleTask.push(taskP);
    await page.evaluate(shownProbe, ['table[aria-label="单位列表"] tbody tr td', '']);
    await page.getByRole('tab', { name: '单位' }).click();
    await page.waitForFunction(() => window.__shownAt !== undefined, undefined, { timeout: 60_000 });
    await settle(300);
    m.unitsTask.push(await page.evaluate(() => Math.max(0, ...window.__longTasks)));
  }
  return m;
}

/** A native checkbox on a trivial page: click → next painted frame, the floor of any tick. */
async function bareTick(context, base) {
  await context.route(`${base}/bench-trivial.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: TRIVIAL_PAGE }),
  );
  const page = await context.newPage();
  await page.goto(`${base}/bench-trivial.html`);
  await page.evaluate(() => {
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.setAttribute('aria-label', '勾选');
    document.body.append(box);
  });
  const samples = [];
  for (let i = 0; i < RUNS; i += 1) {
    await page.evaluate(tickProbe);
    await page.getByRole('checkbox', { name: '勾选' }).click();
    await page.waitForFunction(() => window.__tickedAt !== undefined);
    samples.push(await page.evaluate(() => window.__tickedAt));
  }
  await page.close();
  return samples;
}

/** The rows of the bench table for the long lists; the app at `base` holds the ten-county set. */
export async function listRows(context, base, log) {
  log(`long lists: 整改 of 500 items, 名册 of 820 people and 160 units (${RUNS} runs)`);
  const page = await context.newPage();
  await page.addInitScript(longTaskProbe);
  await page.goto(`${base}/#/settings`);
  await page.getByRole('heading', { name: '设置', level: 2 }).waitFor({ timeout: 60_000 });
  const m = await measure(page);
  await page.close();
  const bare = await bareTick(context, base);
  const task = (figure, samples) => ({
    figure,
    unit: 'ms',
    samples,
    baselineLabel: 'longest task showing 设置',
    baseline: m.settingsTask,
    budget: { kind: 'under', limit: 100 },
  });
  return [
    {
      figure: '4 整改 list of 500 items: time to show',
      unit: 'ms',
      samples: m.rectShow,
      baselineLabel: '设置 shown the same way',
      baseline: m.settingsShow,
      budget: { kind: 'none', text: 'no task over 100 ms (next row)' },
      note: 'click on 整改 in the navigation (event time stamp) → the frame after the first row of the list appears; from 设置.',
    },
    {
      ...task('4 整改 list of 500 items: longest task while showing', m.rectTask),
      note: 'PerformanceObserver longtask (tasks over 50 ms; 0 = none) from the click to 300 ms after the list is painted.',
    },
    {
      figure: '4 ticking one checkbox of 500',
      unit: 'ms',
      samples: m.tick,
      baselineLabel: 'a native checkbox on a trivial page',
      baseline: bare,
      budget: { kind: 'under', limit: 50 },
      note: 'click (event time stamp) → the next painted frame, the third row of the unfiltered 整改 list.',
    },
    task('4 ticking one checkbox of 500: longest task', m.tickTask),
    task('4 名册 of 820 people: longest task while showing', m.peopleTask),
    {
      figure: '4 名册 of 820 people: time to show',
      unit: 'ms',
      samples: m.peopleShow,
      baselineLabel: '设置 shown the same way',
      baseline: m.settingsShow,
      budget: { kind: 'none', text: 'no task over 100 ms (row above)' },
    },
    task('4 名册 of 160 units: longest task while showing', m.unitsTask),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { serveApp, restoreThroughSettings } = await import('./app.mjs');
  const { DATASET_FILE } = await import('./dataset.mjs');
  const { importTs } = await import('./ts.mjs');
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
    console.log(table.formatTable(await listRows(context, base, log)));
  } finally {
    await browser.close();
    app.kill();
  }
}
