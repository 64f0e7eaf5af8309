/* global window, document, requestAnimationFrame, addEventListener, removeEventListener */ // read in pages by evaluate()
// The long lists of the ten-county set (budget 4: no main-thread task over 100 ms; a selection under 50 ms): the
// 整改 list of 500 items shown from the navigation, one of its 500 checkboxes ticked, the 名册 of 820 people and
// of 160 units shown, a round's ballots listed in full. `npm run bench` runs it with the browser figures;
// `node scripts/bench/lists-only.mjs` alone (on out/renderer as built).
import { readFileSync } from 'node:fs';
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
    const [ticked, tickTask] = await page.evaluate(() => [
      window.__tickedAt,
      Math.max(0, ...window.__longTasks),
    ]);
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

/** The last round of the set (published, 500 ballots): its activity and round ids. */
function lastRound(datasetFile) {
  const backup = JSON.parse(readFileSync(datasetFile, 'utf8'));
  const rounds = backup.data.data.find((t) => t.tableName === 'voteRounds').rows;
  const round = rounds[rounds.length - 1];
  return { activityId: round.activityId, roundId: round.id };
}

/**
 * The ballots of a round's largest group (280 人大代表 ballots) listed in full: the round is reopened as a
 * secretary would (重新开启, with a reason), the group chosen, then 全部 280 张 and 只看最近 8 张 toggled.
 */
async function ballotFigures(context, base, datasetFile) {
  const { activityId, roundId } = lastRound(datasetFile);
  const page = await context.newPage();
  await page.addInitScript(longTaskProbe);
  await page.goto(`${base}/#/activities/${activityId}/votes/${roundId}`);
  await page.getByRole('button', { name: '重新开启' }).click({ timeout: 60_000 });
  const dialog = page.getByRole('dialog', { name: '重新开启测评' });
  await dialog.getByLabel('原因（记入操作记录）').fill('补录一张测评票');
  await dialog.getByRole('button', { name: '重新开启' }).click();
  await page.getByRole('radiogroup', { name: '测评组' }).getByText('人大代表').click({ timeout: 60_000 });
  const all = page.getByRole('button', { name: /^全部 \d+ 张$/ });
  await all.waitFor({ timeout: 60_000 });
  const allLabel = ((await all.textContent()) ?? '').trim();
  const m = { show: [], task: [], fewShow: [], count: Number(/\d+/.exec(allLabel)?.[0]) };
  for (let i = 0; i < RUNS; i += 1) {
    await settle(300);
    await page.evaluate(shownProbe, ['button', '只看最近 8 张']);
    await all.click();
    await page.waitForFunction(() => window.__shownAt !== undefined, undefined, { timeout: 60_000 });
    await settle(300);
    const [show, task] = await page.evaluate(() => [window.__shownAt, Math.max(0, ...window.__longTasks)]);
    m.show.push(show);
    m.task.push(task);
    await page.evaluate(shownProbe, ['button', allLabel]);
    await page.getByRole('button', { name: '只看最近 8 张' }).click();
    await page.waitForFunction(() => window.__shownAt !== undefined, undefined, { timeout: 60_000 });
    m.fewShow.push(await page.evaluate(() => window.__shownAt));
  }
  await page.close();
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
export async function listRows(context, base, log, datasetFile) {
  log(`long lists: 整改 of 500 items, 名册 of 820 people and 160 units (${RUNS} runs)`);
  const page = await context.newPage();
  await page.addInitScript(longTaskProbe);
  await page.goto(`${base}/#/settings`);
  await page.getByRole('heading', { name: '设置', level: 2 }).waitFor({ timeout: 60_000 });
  const m = await measure(page);
  await page.close();
  const bare = await bareTick(context, base);
  log('ballots of a round listed in full (重新开启 the last round)');
  const ballots = await ballotFigures(context, base, datasetFile);
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
    {
      ...task(`4 ballots list of ${ballots.count}: longest task while showing`, ballots.task),
      note: 'a reopened round of the set, its 人大代表 group: click on 全部 N 张 → 300 ms after the list is painted.',
    },
    {
      figure: `4 ballots list of ${ballots.count}: time to show`,
      unit: 'ms',
      samples: ballots.show,
      baselineLabel: '只看最近 8 张 shown the same way',
      baseline: ballots.fewShow,
      budget: { kind: 'none', text: 'no task over 100 ms (row above)' },
    },
  ];
}
