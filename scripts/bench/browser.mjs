// Chromium for the bench, launched as the journeys launch it (playwright.config.ts): Debian's Chromium, or
// PLAYWRIGHT_CHROMIUM_PATH, or Playwright's own browser when one is installed.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumPath() {
  const candidates = [process.env.PLAYWRIGHT_CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => !!p && existsSync(p));
}

export function launchChromium() {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--lang=zh-CN',
      '--enable-precise-memory-info',
      // The projector page is not the front one: it must paint and run timers as a second screen does.
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--disable-background-timer-throttling',
      '--disable-features=IntensiveWakeUpThrottling,CalculateNativeWinOcclusion',
    ],
  });
}

export const CONTEXT_OPTIONS = {
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  viewport: { width: 1440, height: 900 },
};
