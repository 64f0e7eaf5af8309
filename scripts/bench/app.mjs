/* global window, document */ // read in pages by evaluate()
// The browser rows of the built app (budgets 2, 3, 4 and 6): the renderer built by electron-vite, served by
// scripts/serve-web.mjs and driven in Chromium like the journeys. Start-up to a usable home page (empty and
// with the ten-county set, against a trivial page), the projector route's script bytes, console key →
// projector painted over 200 actions of the 300-question meeting (against a bare IndexedDB → BroadcastChannel
// → read → paint), the longest main-thread task while the 整改 ledger and the largest batch of 整改通知书 are
// generated (wall time, and CPU time from a trace), the long lists (lists.mjs), and the JS heap.
import { spawn } from 'node:child_process';
import { CONTEXT_OPTIONS } from './browser.mjs';
import { listRows } from './lists.mjs';
import { BARE_PAGE, keyProbe, longTaskProbe, paintProbe, TRIVIAL_PAGE, usableProbe } from './probes.mjs';
import { ROOT } from './ts.mjs';

const HOME_TEXTS = ['欢迎使用询评', '当前活动'];
const INQUIRY_TITLE = '十县区促进绿色矿山建设联动专题询问';

/** Serves out/renderer with scripts/serve-web.mjs; resolves once it listens. */
export function serveApp(port) {
  const child = spawn(process.execPath, ['scripts/serve-web.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      output += String(chunk);
      if (output.includes(`127.0.0.1:${port}`)) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => reject(new Error(`serve-web exited (${code}): ${output}`)));
  });
}

/** Milliseconds from navigation to the first frame showing the home page, `runs` times after one warm-up. */
async function startup(context, url, runs) {
  const samples = [];
  for (let i = 0; i <= runs; i += 1) {
    const page = await context.newPage();
    await page.addInitScript(usableProbe, HOME_TEXTS);
    await page.goto(url);
    await page.waitForFunction(() => window.__usableAt !== undefined, undefined, { timeout: 60_000 });
    const at = await page.evaluate(() => window.__usableAt);
    if (i > 0) samples.push(at);
    await page.close();
  }
  return samples;
}

/** Bytes of the scripts a page loads until it shows `ready` (a locator). */
async function scriptBytes(page, go) {
  let bytes = 0;
  const pending = [];
  const onResponse = (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then(
        (b) => (bytes += b.length),
        () => undefined,
      ),
    );
  };
  page.on('response', onResponse);
  await go();
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  page.off('response', onResponse);
  return bytes;
}

/** The JS heap in use (MB) after a garbage collection, from the DevTools protocol. */
async function heapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN) / 1024 / 1024;
}

/**
 * BENCH_PROFILE=file.cpuprofile: a CPU profile (DevTools protocol) of the page's main thread while the keys
 * are pressed; the console and projector frames share it. Open it in DevTools or summarise its self times.
 */
async function startProfile(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    stop: async (file) => {
      const { profile } = await cdp.send('Profiler.stop');
      const { writeFile } = await import('node:fs/promises');
      await writeFile(file, JSON.stringify(profile));
      await cdp.detach();
    },
  };
}

/** Restores the backup file through 设置 → 从备份恢复, as the secretary would; returns the milliseconds. */
export async function restoreThroughSettings(page, base, file) {
  await page.goto(`${base}/#/settings`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '从备份恢复' }).click();
  await (await chooser).setFiles(file);
  const dialog = page.getByRole('dialog', { name: '从备份恢复' });
  await dialog.getByRole('button', { name: '替换并恢复' }).waitFor({ timeout: 120_000 });
  const start = Date.now();
  await dialog.getByRole('button', { name: '替换并恢复' }).click();
  await page.getByRole('alert').filter({ hasText: '已从备份恢复' }).waitFor({ timeout: 180_000 });
  return Date.now() - start;
}

/**
 * Presses `keys` one at a time on `writer`; for each, waits until `reader` has painted a change and takes
 * paintedAt − keyAt. A key that changes nothing visible within 5 s is counted apart.
 */
async function keyToPaint(page, writer, reader, keys, capMs) {
  const start = Date.now();
  const samples = [];
  let unchanged = 0;
  for (const key of keys) {
    if (Date.now() - start > capMs) break;
    const before = await reader.evaluate(() => window.__changes);
    await page.keyboard.press(key);
    try {
      await reader.waitForFunction((n) => window.__changes > n, before, { timeout: 5_000, polling: 10 });
    } catch {
      if (process.env.BENCH_DEBUG) console.log(key, 'unchanged');
      unchanged += 1;
      continue;
    }
    // Let any second change of the same action land, then read both clocks.
    await new Promise((resolve) => setTimeout(resolve, 30));
    const keyAt = await writer.evaluate(() => window.__keyAt);
    const paintedAt = await reader.evaluate(() => window.__paintedAt);
    samples.push(paintedAt - keyAt);
    if (process.env.BENCH_DEBUG) {
      // With console-only.mjs's BENCH_SPLIT probe: when the console posted the action and the projector heard it.
      const postedAt = await writer.evaluate(() => window.__postedAt ?? 0);
      const heardAt = await reader.evaluate(() => window.__heardAt ?? 0);
      const split = postedAt
        ? ` (posted +${(postedAt - keyAt).toFixed(1)}, heard +${(heardAt - keyAt).toFixed(1)})`
        : '';
      console.log(key, (paintedAt - keyAt).toFixed(1) + split);
    }
  }
  return { samples, unchanged };
}

/**
 * One page holding two same-origin frames side by side (the console and the projector, or the baseline's
 * writer and reader): headless Chromium delays tasks of a page that is not in front by up to a second, which a
 * real second screen does not; frames of the front page are not delayed.
 */
async function framesPage(context, base, leftUrl, rightUrl) {
  const html =
    '<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;display:flex}iframe{border:0;width:50vw;height:100vh}</style></head>' +
    `<body><iframe id="left" src="${leftUrl}"></iframe><iframe id="right" src="${rightUrl}"></iframe></body></html>`;
  await context.route(`${base}/bench-frames.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }),
  );
  const page = await context.newPage();
  await page.setViewportSize({ width: 2880, height: 900 });
  await page.goto(`${base}/bench-frames.html`);
  const frame = async (id) => (await page.locator(`#${id}`).elementHandle()).contentFrame();
  const left = await frame('left');
  const right = await frame('right');
  await context.unroute(`${base}/bench-frames.html`);
  return { page, left, right };
}

/** Ten keys per question: take, start, pause, resume, answer, follow-up, answer, finish, blank, unblank. */
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? 20);
/** At today's speed 200 actions would take minutes on a busy machine: the run stops after this long. */
const CONSOLE_CAP_MS = Number(process.env.BENCH_CONSOLE_CAP_MS ?? 75_000);
const QUESTION_KEYS = ['Enter', 'Space', 'Space', 'Space', 'ArrowRight', 'z', 'ArrowRight', 'j', 'k', 'k'];

export async function consoleFigures(context, base, log) {
  const finder = await context.newPage();
  await finder.goto(`${base}/#/activities`);
  await finder.getByRole('link', { name: INQUIRY_TITLE }).first().click();
  await finder.getByRole('button', { name: '进入会议控制台' }).click();
  await finder.getByText('会议控制台', { exact: true }).waitFor({ timeout: 60_000 });
  const id = /#\/console\/([^/?]+)/.exec(finder.url())?.[1];
  await finder.close();
  // A page of its own: a hash change on a loaded page would load no script at all.
  const projectorPage = await context.newPage();
  const projectorBytes = await scriptBytes(projectorPage, () =>
    projectorPage.goto(`${base}/#/projector/${id}`),
  );
  await projectorPage.close();
  const { page, left, right } = await framesPage(context, base, `/#/console/${id}`, `/#/projector/${id}`);
  await left.getByText('会议控制台', { exact: true }).waitFor({ timeout: 60_000 });
  await right.getByLabel('大屏').waitFor({ timeout: 60_000 });
  await right.evaluate(paintProbe);
  await left.evaluate(keyProbe);
  await left.locator('body').click({ position: { x: 5, y: 5 } });
  log(
    `console key → projector painted: up to ${QUESTIONS * QUESTION_KEYS.length} actions, at most ${CONSOLE_CAP_MS / 1000} s`,
  );
  const keys = Array.from({ length: QUESTIONS }, () => QUESTION_KEYS).flat();
  const profile = process.env.BENCH_PROFILE ? await startProfile(page) : null;
  const measured = await keyToPaint(page, left, right, keys, CONSOLE_CAP_MS);
  if (profile) await profile.stop(process.env.BENCH_PROFILE);
  const heap = await heapMb(page);
  await page.close();
  return { ...measured, projectorBytes, heap };
}

export async function bareFigures(context, base, count = 200) {
  await context.route(`${base}/bench-bare.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: BARE_PAGE }),
  );
  const { page, left, right } = await framesPage(
    context,
    base,
    '/bench-bare.html#writer',
    '/bench-bare.html#reader',
  );
  await left.waitForFunction(() => document.title === 'ready');
  await right.waitForFunction(() => document.title === 'ready');
  await right.evaluate(paintProbe);
  await left.evaluate(keyProbe);
  await left.locator('body').click();
  const measured = await keyToPaint(
    page,
    left,
    right,
    Array.from({ length: count }, () => 'x'),
    60_000,
  );
  await page.close();
  return measured.samples;
}

/**
 * Clicking `button` and waiting for the download, with the button found beforehand: Playwright's role query runs
 * on the page's main thread (over a large table, a long task of its own), so it stays out of the measured window.
 */
async function downloadBy(page, button) {
  const handle = await button.elementHandle({ timeout: 60_000 });
  return async () => {
    const download = page.waitForEvent('download', { timeout: 180_000 });
    await handle.click();
    await download;
  };
}

/**
 * The longest main-thread task while `act` runs, as the page's PerformanceObserver saw it (wall time, 0 when none
 * was over 50 ms) and as CPU time from a Chromium trace (each task's thread time): on a loaded machine a task's
 * wall time includes the time its thread waited for a core, and its CPU time does not.
 */
async function longestTaskTimes(page, act) {
  const browser = page.context().browser();
  await page.evaluate(() => (window.__longTasks = []));
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline'] });
  let trace;
  try {
    await act();
    await new Promise((resolve) => setTimeout(resolve, 300));
  } finally {
    trace = JSON.parse((await browser.stopTracing()).toString());
  }
  const events = trace.traceEvents ?? trace;
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const cpu = Math.max(
    0,
    ...events
      .filter((e) => e.ph === 'X' && /RunTask$/.test(e.name) && main.has(`${e.pid}:${e.tid}`))
      .map((e) => (e.tdur ?? 0) / 1000),
  );
  const wall = await page.evaluate(() => Math.max(0, ...window.__longTasks));
  return { wall, cpu };
}

/** The longest main-thread task (ms) while `act` runs; 0 when none was over 50 ms. */
async function longestTask(page, act) {
  await page.evaluate(() => (window.__longTasks = []));
  await act();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return page.evaluate(() => Math.max(0, ...window.__longTasks));
}

/**
 * The largest batch of 整改通知书 the UI makes at once: every item selected (one notice per unit), issued, then
 * 合并保存为一个文件; the longest task from that click to the download. Issues numbers: run it last on the page.
 */
async function noticesBatch(page, log) {
  await page.getByLabel('已选择的整改事项').getByRole('button', { name: '交办并印发文件…' }).click();
  const setup = page.getByRole('dialog');
  await setup.getByRole('radio', { name: '整改通知书' }).check();
  const confirm = setup.getByRole('checkbox', { name: '已核对，仍按上述日期印发' });
  if (await confirm.isVisible()) await confirm.check();
  await setup.getByRole('button', { name: '下一步' }).click();
  const issue = page.getByRole('dialog').getByRole('button', { name: /^取号并印发/ });
  await issue.waitFor({ timeout: 120_000 });
  const count = Number(/(\d+)份/.exec((await issue.textContent()) ?? '')?.[1] ?? 1);
  log(`整改: ${count} 整改通知书 issued, then saved as one Word file`);
  await issue.click();
  const combine = page.getByRole('dialog').getByRole('button', { name: '合并保存为一个文件' });
  await combine.waitFor({ timeout: 180_000 });
  // what the issue set going (the list's live queries) settles before the click, as it would for the secretary
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  return { count, ...(await longestTaskTimes(page, await downloadBy(page, combine))) };
}

/** 整改 of the ten-county set: ticking 选择全部 over 500 items, and the ledger's Word and Excel exports. */
export async function ledgerRows(context, base, log) {
  log('整改: 500-item selection, ledger as Word and Excel');
  const page = await context.newPage();
  await page.addInitScript(longTaskProbe);
  await page.goto(`${base}/#/rectification`);
  const ledger = page.getByRole('button', { name: '台账', exact: true });
  await page.getByRole('checkbox', { name: '选择全部' }).waitFor({ timeout: 60_000 });
  const select = await longestTask(page, () => page.getByRole('checkbox', { name: '选择全部' }).click());
  await ledger.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '导出 Word' }).waitFor({ timeout: 60_000 });
  const idle = await longestTask(page, () => new Promise((resolve) => setTimeout(resolve, 2_000)));
  const word = await longestTaskTimes(
    page,
    await downloadBy(page, dialog.getByRole('button', { name: '导出 Word' })),
  );
  const excel = await longestTaskTimes(
    page,
    await downloadBy(page, dialog.getByRole('button', { name: '导出 Excel' })),
  );
  await page.keyboard.press('Escape');
  const notices = await noticesBatch(page, log);
  await page.close();
  const row = (figure, value, budget) => ({
    figure,
    unit: 'ms',
    samples: [value],
    baselineLabel: 'same page idle 2 s',
    baseline: [idle],
    budget: { kind: 'under', limit: budget },
  });
  const cpuNote = ({ cpu }) =>
    `the longest main-thread task by CPU time (trace) ${cpu.toFixed(0)} ms; one run.`;
  return [
    {
      ...row('4 longest task: ledger of 500 items as Word', word.wall, 100),
      note:
        'PerformanceObserver longtask (tasks over 50 ms; 0 = none) from the click on 导出 Word to the download; ' +
        `the longest main-thread task by CPU time (trace) ${word.cpu.toFixed(0)} ms; one run.`,
    },
    { ...row('4 longest task: ledger of 500 items as Excel', excel.wall, 100), note: cpuNote(excel) },
    {
      ...row(`4 longest task: ${notices.count} 整改通知书 as Word`, notices.wall, 100),
      note:
        `选择全部 (${notices.count} units) → 交办并印发文件 → 取号并印发 → 合并保存为一个文件: the largest batch ` +
        `the UI makes in one go (one notice per unit); from the click to the download; ${cpuNote(notices)}`,
    },
    row('4 longest task: 选择全部 over 500 items', select, 50),
  ];
}

export async function appRows(browser, port, datasetFile, log) {
  const base = `http://127.0.0.1:${port}`;
  const context = await browser.newContext(CONTEXT_OPTIONS);
  await context.route(`${base}/bench-trivial.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: TRIVIAL_PAGE }),
  );
  log('start-up: empty database, trivial page');
  const emptyStart = await startup(context, `${base}/#/`, 5);
  const trivialStart = await startup(context, `${base}/bench-trivial.html`, 5);
  const home = await context.newPage();
  const homeBytes = await scriptBytes(home, () => home.goto(`${base}/#/`));
  const emptyHeap = await heapMb(home);
  log('restore of the ten-county backup through 设置');
  const uiRestore = await restoreThroughSettings(home, base, datasetFile);
  await home.close();
  log('start-up with the ten-county set');
  const fullStart = await startup(context, `${base}/#/`, 5);
  const consoleRun = await consoleFigures(context, base, log);
  let ledger;
  try {
    ledger = await ledgerRows(context, base, log);
  } catch (error) {
    log(`ledger: ${error instanceof Error ? error.stack : String(error)}`);
    ledger = [
      { figure: '4 longest task: ledger and selection', reason: `failed: ${String(error).split('\n')[0]}` },
    ];
  }
  let lists;
  try {
    lists = await listRows(context, base, log, datasetFile);
  } catch (error) {
    log(`lists: ${error instanceof Error ? error.stack : String(error)}`);
    lists = [
      { figure: '4 long lists (整改, 名册, ballots)', reason: `failed: ${String(error).split('\n')[0]}` },
    ];
  }
  log('bare IndexedDB → BroadcastChannel → read → paint');
  const bare = await bareFigures(context, base);
  await context.close();

  const unchangedNote =
    consoleRun.unchanged > 0 ? `; ${consoleRun.unchanged} keys changed nothing visible and are left out` : '';
  const consoleNote =
    "keydown (event time stamp) on the console page → the projector page's next frame after its markup " +
    `changed (digits ignored, so the ticking timer is no change); keys Enter, space ×3, →, Z, →, J, K, K per question; ` +
    `${consoleRun.samples.length} of ${QUESTIONS * QUESTION_KEYS.length} actions measured within the ${CONSOLE_CAP_MS / 1000} s cap; ` +
    `console and projector are two frames of one page (headless Chromium delays a page not in front by up to 1 s)${unchangedNote}.`;
  return [
    ...ledger,
    ...lists,
    {
      figure: '2 console key → projector painted, p50',
      unit: 'ms',
      samples: consoleRun.samples,
      baselineLabel: 'bare IDB write → BroadcastChannel → read → paint',
      baseline: bare,
      budget: { kind: 'under', limit: 33 },
      note: consoleNote,
    },
    {
      figure: '2 console key → projector painted, p95',
      unit: 'ms',
      statistic: 'p95',
      samples: consoleRun.samples,
      baselineLabel: 'bare IDB write → BroadcastChannel → read → paint',
      baseline: bare,
      budget: { kind: 'under', limit: 33 },
    },
    {
      figure: '3 start-up to usable home page, empty database',
      unit: 'ms',
      samples: emptyStart,
      baselineLabel: 'trivial page',
      baseline: trivialStart,
      budget: { kind: 'under', limit: 600 },
      note: 'navigation start → first frame showing 欢迎使用询评 / 当前活动; HTTP cache warm (one warm-up run).',
    },
    {
      figure: '3 start-up to usable home page, ten-county set',
      unit: 'ms',
      samples: fullStart,
      baselineLabel: 'same, empty database',
      baseline: emptyStart,
      budget: { kind: 'ratioUnder', limit: 1.2 },
    },
    {
      figure: '3 projector route: script loaded',
      unit: 'KB',
      samples: [consoleRun.projectorBytes / 1024],
      baselineLabel: 'home route',
      baseline: [homeBytes / 1024],
      budget: { kind: 'under', limit: (5.6 * 1024) / 4 },
      note: 'uncompressed bytes of every script the route loads; the budget is a quarter of the 5.6 MB the issue measured.',
    },
    {
      figure: '6 JS heap, console of the 300-question meeting',
      unit: 'MB',
      samples: [consoleRun.heap],
      baselineLabel: 'home page, empty database',
      baseline: [emptyHeap],
      budget: { kind: 'under', limit: 150 },
      note: 'JSHeapUsedSize after a forced garbage collection (DevTools protocol), ten-county set loaded, after the console run above.',
    },
    {
      figure: '5 restore of the ten-county backup through 设置',
      unit: 'ms',
      samples: [uiRestore],
      baselineLabel: '(see the restoreBackup row)',
      baseline: [],
      budget: { kind: 'under', limit: 3000 },
      note: 'click on 替换并恢复 → the 已从备份恢复 notification (progress dialog at 100 %); the rows read and checked for the preview are written, the file is not read again; one run.',
    },
  ];
}
