// Pure decisions about windows: which URL a window loads and which display a window goes to. No
// electron import (windowPlan.test.ts runs in Node); windows.ts turns these decisions into BrowserWindows.

import { APP_ORIGIN, type DisplayChoice } from './contract';

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

/** A display as the 答询人提示屏's choice reads it: where the console and the projector windows are. */
export interface DisplayOccupancy {
  id: number;
  hasConsole: boolean;
  hasProjector: boolean;
}

/**
 * The display the 答询人提示屏 goes to unless the secretary chooses: the first that holds neither the console
 * nor a projector (the answer desk's own screen), else the console's (a window beside the console, never
 * over the room's projector), else the first; null when none is connected.
 */
export function suggestAnswererDisplay(displays: readonly DisplayOccupancy[]): number | null {
  const free = displays.find((d) => !d.hasConsole && !d.hasProjector);
  if (free) return free.id;
  return (displays.find((d) => d.hasConsole) ?? displays[0])?.id ?? null;
}

/** The display chosen, or the suggested one when the choice is null or no longer connected. */
export function resolveAnswererDisplay<D extends DisplayOccupancy>(
  displays: readonly D[],
  chosenId: number | null,
): D | null {
  const chosen = displays.find((d) => d.id === chosenId);
  if (chosen) return chosen;
  const suggested = suggestAnswererDisplay(displays);
  return displays.find((d) => d.id === suggested) ?? null;
}

export interface WindowPlacement {
  bounds: { x: number; y: number; width: number; height: number };
  fullscreen: boolean;
}

/** The size of the 答询人提示屏 when it shares the console's display: a window the secretary can move. */
export const ANSWERER_WINDOW_SIZE = { width: 960, height: 600 };

/**
 * Where the 答询人提示屏 window goes: the whole display, full screen, when the display is its own; centred
 * on it as an ordinary window (never larger than the display) when the console is there too, so it never
 * covers the console.
 */
export function answererPlacement(display: DisplayInfo, sharesConsole: boolean): WindowPlacement {
  const { x, y, width, height } = display.bounds;
  if (!sharesConsole) return { bounds: { x, y, width, height }, fullscreen: true };
  const w = Math.min(ANSWERER_WINDOW_SIZE.width, width);
  const h = Math.min(ANSWERER_WINDOW_SIZE.height, height);
  return {
    bounds: { x: x + Math.round((width - w) / 2), y: y + Math.round((height - h) / 2), width: w, height: h },
    fullscreen: false,
  };
}

/** Electron's display fields the list reads. */
export interface ConnectedDisplay extends DisplayInfo {
  label?: string;
}

/**
 * The displays as the secretary sees them: a label (the system's, else 显示器 N in the system's order), the
 * size, which is primary, and where the console and the projector windows are.
 */
export function displayChoices(
  displays: readonly ConnectedDisplay[],
  where: { primaryId: number; consoleId: number | null; projectorIds: readonly number[] },
): DisplayChoice[] {
  return displays.map((display, index) => ({
    id: display.id,
    label: display.label?.trim() || `显示器 ${index + 1}`,
    width: display.bounds.width,
    height: display.bounds.height,
    primary: display.id === where.primaryId,
    hasConsole: display.id === where.consoleId,
    hasProjector: where.projectorIds.includes(display.id),
  }));
}
