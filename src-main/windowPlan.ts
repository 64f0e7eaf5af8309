// Pure decisions about windows: which URL a window loads and which display a window goes to. No
// electron import (windowPlan.test.ts runs in Node); windows.ts turns these decisions into BrowserWindows.

import { APP_ORIGIN } from './contract';

/**
 * The renderer URL for a window: the dev server when electron-vite dev runs one, else the built renderer
 * on app://. hashRoute (e.g. "/projector/42") selects a screen of the hash router.
 */
export function rendererUrl(devServerUrl: string | undefined, hashRoute?: string): string {
  const base = devServerUrl ?? `${APP_ORIGIN}/index.html`;
  return hashRoute ? `${base}#${hashRoute}` : base;
}

/** The part of Electron's Display that window placement reads. */
export interface DisplayInfo {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/**
 * The display for the projector window: the largest display that is not the primary one (the
 * secretary's screen), or null when only one display is connected.
 */
export function pickProjectorDisplay<D extends DisplayInfo>(
  displays: readonly D[],
  primaryId: number,
): D | null {
  let best: D | null = null;
  for (const display of displays) {
    if (display.id === primaryId) continue;
    const area = display.bounds.width * display.bounds.height;
    if (best === null || area > best.bounds.width * best.bounds.height) best = display;
  }
  return best;
}
