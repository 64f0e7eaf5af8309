// Audits the Electron shell with @doyensec/electronegativity and fails on any finding the project has not
// answered in electronegativity.reasons.json (check id → why the project cannot or need not follow it).
// Also fails on a reason whose finding no longer occurs, and on a file the audit could not parse.
//
// What is audited: the main-process and preload sources (src-main, without tests), the built bundles
// (out/main/index.js and out/preload/index.cjs, renamed .js because the tool reads only .js/.ts/.html),
// the built renderer's index.html (its CSP meta tag) and package.json (Electron version, npm scripts).
// Run after `npm run build`. Offline: the tool fetches translations and Electron's release list from the
// internet; here those requests fail at once without leaving the machine, and the one check that needs
// the release list is skipped, with its reason in the same file.
//
// ELECTRONEGATIVITY_DIR may point at a node_modules folder holding the package (to try it out before
// it is a devDependency).

import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const reasonsFile = join(root, 'electronegativity.reasons.json');
const PACKAGE = '@doyensec/electronegativity';

function fail(message) {
  console.error(`electronegativity: ${message}`);
  process.exit(1);
}

function loadRunner() {
  const from = process.env.ELECTRONEGATIVITY_DIR
    ? join(process.env.ELECTRONEGATIVITY_DIR, 'package.json')
    : join(root, 'package.json');
  const require = createRequire(from);
  let runnerPath;
  try {
    runnerPath = require.resolve(`${PACKAGE}/dist/runner.js`);
  } catch {
    fail(`${PACKAGE} is not installed (it is a devDependency: run npm ci)`);
  }
  // No network: the tool's HTTP client answers every request with an immediate failure.
  const toolRequire = createRequire(runnerPath);
  const gotPath = toolRequire.resolve('got');
  const offline = () => Promise.reject(new Error('offline: electronegativity runs without network'));
  offline.get = offline;
  offline.head = offline;
  toolRequire.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };
  // Its messages in English, from the translations it ships.
  process.env.LANG = 'en-US';
  return { run: toolRequire(runnerPath), version: toolRequire(`../package.json`).version };
}

/** Copies what is audited into a scratch folder, keeping the repository's relative paths. */
function stage() {
  const builtFiles = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
  const missing = builtFiles.filter((file) => !existsSync(join(root, file)));
  if (missing.length > 0) fail(`${missing.join(', ')} missing: run \`npm run build\` first`);
  const scratch = mkdtempSync(join(tmpdir(), 'xunping-electronegativity-'));
  const copy = (from, to = from) => {
    mkdirSync(dirname(join(scratch, to)), { recursive: true });
    cpSync(join(root, from), join(scratch, to));
  };
  for (const entry of readdirSync(join(root, 'src-main'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue;
    copy(relative(root, join(entry.parentPath ?? entry.path, entry.name)));
  }
  copy('out/main/index.js');
  copy('out/preload/index.cjs', 'out/preload/index.js');
  copy('out/renderer/index.html');
  copy('package.json');
  return scratch;
}

function readReasons() {
  const parsed = JSON.parse(readFileSync(reasonsFile, 'utf8'));
  const findings = parsed.findings ?? {};
  const skippedChecks = parsed.skippedChecks ?? {};
  for (const [key, reason] of Object.entries({ ...findings, ...skippedChecks })) {
    if (typeof reason !== 'string' || reason.trim().length < 20) {
      fail(`${relative(root, reasonsFile)}: "${key}" needs a reason in words, not "${reason}"`);
    }
  }
  return { findings, skippedChecks };
}

const { run, version } = loadRunner();
const reasons = readReasons();
const scratch = stage();
// The tool says it could not fetch translations; that is expected offline, and it uses its own.
const log = console.log;
console.log = (...args) => {
  if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
};
let result;
try {
  result = await run({
    input: scratch,
    isRelative: true,
    customScan: [],
    excludeFromScan: Object.keys(reasons.skippedChecks).map((check) => check.toLowerCase()),
    electronVersionOverride: JSON.parse(
      readFileSync(createRequire(join(root, 'package.json')).resolve('electron/package.json'), 'utf8'),
    ).version,
    parserPlugins: [],
  });
} finally {
  console.log = log;
  rmSync(scratch, { recursive: true, force: true });
}

const where = (issue) =>
  `${issue.file.replace(/^out\/preload\/index\.js$/, 'out/preload/index.cjs')}:${issue.location.line}`;
const unanswered = result.issues.filter((issue) => !(issue.id in reasons.findings));
const seen = new Set(result.issues.map((issue) => issue.id));
const stale = Object.keys(reasons.findings).filter((id) => !seen.has(id));
const unparsed = result.errors.filter((error) => !error.tolerable);

console.log(
  `electronegativity ${version}: ${result.globalChecks + result.atomicChecks} checks, ` +
    `${result.issues.length} findings, ${result.issues.length - unanswered.length} answered in ` +
    `${relative(root, reasonsFile)}; skipped: ${Object.keys(reasons.skippedChecks).join(', ') || 'none'}`,
);
for (const issue of result.issues.filter((i) => i.id in reasons.findings)) {
  console.log(`  answered  ${issue.id}  ${where(issue)}`);
}
for (const issue of unanswered) {
  console.error(
    `  FINDING   ${issue.id}  ${where(issue)}  ${issue.description}  ${issue.shortenedURL ?? ''}`,
  );
}
for (const id of stale) console.error(`  STALE     ${id}: no such finding any more; remove its reason`);
for (const error of unparsed) console.error(`  UNPARSED  ${error.file}: ${error.message}`);

if (unanswered.length > 0 || stale.length > 0 || unparsed.length > 0) {
  fail('fix the findings above, or write the reason the project cannot follow them beside them');
}
