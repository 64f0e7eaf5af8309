// The renderer's one door to the desktop: window.desktop (the Electron preload) when present, else the
// in-page browser implementation. Features and db call desktop(), never window.desktop directly.

import type { DesktopApi } from '../../../src-main/contract';
import { createBrowserDesktop } from './browserDesktop';

declare global {
  interface Window {
    /** Set by the Electron preload (src-main/preload); absent in a plain browser. */
    desktop?: DesktopApi;
  }
}

let browserDesktop: DesktopApi | null = null;

export function desktop(): DesktopApi {
  if (typeof window !== 'undefined' && window.desktop) return window.desktop;
  browserDesktop ??= createBrowserDesktop();
  return browserDesktop;
}
