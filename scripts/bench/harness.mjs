/* global window */ // read in the harness page by evaluate()
// The harness rows (budget 5): the app's db and command code run in Chromium against real IndexedDB, on a
// page Vite's dev server serves (src-renderer/src/testing/bench/harness.html); not part of the built app.
import { createServer } from 'vite';
import { CONTEXT_OPTIONS } from './browser.mjs';
import { ROOT } from './ts.mjs';

const HARNESS = '/src/testing/bench/harness.html';
/** Writing ballots one by one stops after this long and is scaled up to 40 rounds. */
const BALLOT_CAP_MS = 20_000;

export async function startHarnessServer(port) {
  const server = await createServer({
    root: `${ROOT}src-renderer`,
    configFile: false,
    logLevel: 'error',
    define: { __APP_VERSION__: JSON.stringify('bench') },
    server: { host: '127.0.0.1', port, strictPort: true, fs: { allow: [ROOT] } },
    optimizeDeps: { entries: [`${ROOT}src-renderer${HARNESS}`] },
  });
  await server.listen();
  return server;
}

/** Milliseconds per ballot of `ms` spent on `rounds` rounds of 500. */
function perBallot(ms, rounds) {
  return (ms / (rounds * 500)).toFixed(2);
}

/** Runs the harness's measurements; `datasetFile` is the ten-county backup (an absolute path). */
export async function harnessRows(browser, port, datasetFile, log) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  const page = await context.newPage();
  page.on('pageerror', (error) => log(`harness page error: ${error.message}`));
  await page.goto(`http://127.0.0.1:${port}${HARNESS}`);
  await page.waitForFunction(() => 'xunpingBench' in window, undefined, { timeout: 120_000 });
  const call = (name, ...args) => page.evaluate(([n, a]) => window.xunpingBench[n](...a), [name, args]);
  log('restore and export of the ten-county backup (Chromium IndexedDB)');
  const { restore, exported, bytes } = await call('restoreAndExport', `/@fs${datasetFile}`, 2);
  const mb = (bytes / 1024 / 1024).toFixed(1);
  log('20,000 ballots through the repository (Chromium IndexedDB)');
  const ballots = await call('ballotWrites', 40, 500, BALLOT_CAP_MS);
  const scale = 40 / ballots.written;
  log('.xlsx of 5,000 people');
  const xlsx = await call('xlsxImport', 3);
  await context.close();
  return [
    {
      figure: `5 restore of the ten-county backup (${mb} MB)`,
      unit: 'ms',
      samples: restore.samples,
      baselineLabel: 'JSON.parse + bulkAdd, unchecked',
      baseline: restore.baseline,
      budget: { kind: 'under', limit: 3000 },
      note: 'restoreBackup (whole file checked, fingerprints included, then written) in Chromium, no UI.',
    },
    {
      figure: '5 export of the ten-county database',
      unit: 'ms',
      samples: exported.samples,
      baselineLabel: 'read all tables + JSON.stringify',
      baseline: exported.baseline,
      budget: { kind: 'under', limit: 1000 },
    },
    {
      figure: '5 20,000 ballots written through the repository',
      unit: 'ms',
      samples: ballots.samples.map((ms) => ms * scale),
      baselineLabel: 'bare strictly durable transaction per ballot',
      baseline: [ballots.perTransaction * scale],
      budget: { kind: 'under', limit: 2000 },
      note:
        `addBallot one by one (the keyboard entry path), rounds of 500 in Chromium IndexedDB; ${ballots.written} of 40 ` +
        `rounds written within the ${BALLOT_CAP_MS / 1000} s cap, scaled ×${scale.toFixed(1)} (each round is independent); one run. ` +
        `Per ballot: ${perBallot(ballots.samples[0], ballots.written)} ms; the baseline adds the same rows each in its own ` +
        `strictly durable transaction and nothing else (${perBallot(ballots.perTransaction, ballots.written)} ms per ` +
        `transaction): each Enter is one durable commit, so 20,000 of them cannot take less than 20,000 such commits. ` +
        `One bulkAdd of all the rows (not durable per ballot): ${Math.round(ballots.baseline[0] * scale)} ms.`,
    },
    {
      figure: '5 .xlsx of 5,000 people imported',
      unit: 'ms',
      samples: xlsx.samples,
      baselineLabel: 'reading the workbook alone',
      baseline: xlsx.baseline,
      budget: { kind: 'under', limit: 2000 },
      note: 'read (exceljs), checked against the 名册 and written in one transaction, Chromium, no UI.',
    },
  ];
}
