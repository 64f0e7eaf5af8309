import { spawn } from 'node:child_process';
import { launchChromium, CONTEXT_OPTIONS } from './scripts/bench/browser.mjs';
import { usableProbe } from './scripts/bench/probes.mjs';
const port = 4394;
const srv = spawn(process.execPath, ['scripts/serve-web.mjs'], { env: { ...process.env, PORT: String(port) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 1500));
const browser = await launchChromium();
const context = await browser.newContext(CONTEXT_OPTIONS);
const s = [];
for (let i = 0; i < 8; i++) {
  const page = await context.newPage();
  await page.addInitScript(usableProbe, ['欢迎使用询评', '当前活动']);
  await page.goto(`http://127.0.0.1:${port}/#/`);
  await page.waitForFunction(() => window.__usableAt !== undefined, undefined, { timeout: 60000 });
  s.push(Math.round(await page.evaluate(() => window.__usableAt)));
  await page.close();
}
console.log(s.join(' '));
await browser.close(); srv.kill();
