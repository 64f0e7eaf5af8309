import { describe, expect, it } from 'vitest';
import {
  answererPlacement,
  displayChoices,
  pickProjectorDisplay,
  rendererUrl,
  resolveAnswererDisplay,
  suggestAnswererDisplay,
} from './windowPlan';

describe('rendererUrl', () => {
  it('loads the built renderer from app:// outside development', () => {
    expect(rendererUrl(undefined)).toBe('app://xunping/index.html');
    expect(rendererUrl(undefined, '/projector/7')).toBe('app://xunping/index.html#/projector/7');
  });

  it('loads the dev server in development', () => {
    expect(rendererUrl('http://localhost:5173/')).toBe('http://localhost:5173/');
    expect(rendererUrl('http://localhost:5173/', '/projector/7')).toBe('http://localhost:5173/#/projector/7');
  });
});

describe('pickProjectorDisplay', () => {
  const display = (id: number, width: number, height: number) => ({
    id,
    bounds: { x: 0, y: 0, width, height },
  });

  it('returns null with a single display', () => {
    expect(pickProjectorDisplay([display(1, 1920, 1080)], 1)).toBeNull();
  });

  it('never picks the primary display, and prefers the largest other one', () => {
    const displays = [display(1, 3840, 2160), display(2, 1280, 720), display(3, 1920, 1080)];
    expect(pickProjectorDisplay(displays, 1)?.id).toBe(3);
  });
});

describe('suggestAnswererDisplay', () => {
  const at = (id: number, hasConsole = false, hasProjector = false) => ({ id, hasConsole, hasProjector });

  it('picks a display with neither the console nor the projector', () => {
    expect(suggestAnswererDisplay([at(1, true), at(2, false, true), at(3)])).toBe(3);
    expect(suggestAnswererDisplay([at(3), at(1, true)])).toBe(3);
  });

  it("falls back to the console's display, never the projector's", () => {
    expect(suggestAnswererDisplay([at(2, false, true), at(1, true)])).toBe(1);
    expect(suggestAnswererDisplay([at(1, true, true)])).toBe(1);
  });

  it('takes the first display when no window is placed yet, and null with none', () => {
    expect(suggestAnswererDisplay([at(5, false, true), at(6, false, true)])).toBe(5);
    expect(suggestAnswererDisplay([])).toBeNull();
  });
});

describe('resolveAnswererDisplay', () => {
  const displays = [
    { id: 1, hasConsole: true, hasProjector: false },
    { id: 2, hasConsole: false, hasProjector: true },
    { id: 3, hasConsole: false, hasProjector: false },
  ];

  it('keeps the chosen display, even the projector’s', () => {
    expect(resolveAnswererDisplay(displays, 2)?.id).toBe(2);
  });

  it('uses the suggested display for no choice or one since unplugged', () => {
    expect(resolveAnswererDisplay(displays, null)?.id).toBe(3);
    expect(resolveAnswererDisplay(displays, 99)?.id).toBe(3);
    expect(resolveAnswererDisplay([], 1)).toBeNull();
  });
});

describe('answererPlacement', () => {
  const display = { id: 2, bounds: { x: 1920, y: 0, width: 1280, height: 1024 } };

  it('fills a display of its own, full screen', () => {
    expect(answererPlacement(display, false)).toEqual({ bounds: display.bounds, fullscreen: true });
  });

  it("is a centred window on the console's display, never covering it", () => {
    expect(answererPlacement(display, true)).toEqual({
      bounds: { x: 1920 + 160, y: 212, width: 960, height: 600 },
      fullscreen: false,
    });
  });

  it('is never larger than a small display', () => {
    const small = { id: 1, bounds: { x: 0, y: 0, width: 800, height: 480 } };
    expect(answererPlacement(small, true).bounds).toEqual({ x: 0, y: 0, width: 800, height: 480 });
  });
});

describe('displayChoices', () => {
  it('labels, sizes and marks where the console and the projector are', () => {
    const displays = [
      { id: 10, label: 'DELL U2419H', bounds: { x: 0, y: 0, width: 1920, height: 1080 } },
      { id: 11, label: '', bounds: { x: 1920, y: 0, width: 1024, height: 768 } },
      { id: 12, bounds: { x: 2944, y: 0, width: 1366, height: 768 } },
    ];
    expect(displayChoices(displays, { primaryId: 10, consoleId: 10, projectorIds: [11] })).toEqual([
      {
        id: 10,
        label: 'DELL U2419H',
        width: 1920,
        height: 1080,
        primary: true,
        hasConsole: true,
        hasProjector: false,
      },
      {
        id: 11,
        label: '显示器 2',
        width: 1024,
        height: 768,
        primary: false,
        hasConsole: false,
        hasProjector: true,
      },
      {
        id: 12,
        label: '显示器 3',
        width: 1366,
        height: 768,
        primary: false,
        hasConsole: false,
        hasProjector: false,
      },
    ]);
  });
});
