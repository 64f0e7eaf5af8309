import { describe, expect, it } from 'vitest';
import { pickProjectorDisplay, rendererUrl } from './windowPlan';

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
