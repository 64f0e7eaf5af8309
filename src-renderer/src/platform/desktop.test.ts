import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopApi } from '../../../src-main/contract';
import { acceptAttribute } from './browserDesktop';
import { desktop } from './desktop';

afterEach(() => vi.unstubAllGlobals());

describe('desktop()', () => {
  it('uses the Electron preload’s window.desktop when present', () => {
    const electronApi = { getAppInfo: vi.fn() } as unknown as DesktopApi;
    vi.stubGlobal('window', { desktop: electronApi });
    expect(desktop()).toBe(electronApi);
  });

  it('falls back to one browser implementation otherwise', async () => {
    vi.stubGlobal('window', {});
    const api = desktop();
    expect(desktop()).toBe(api);
    await expect(api.getAppInfo()).resolves.toMatchObject({ shell: 'browser', dataPath: null });
  });
});

describe('acceptAttribute', () => {
  it('lists every extension once, with a dot', () => {
    expect(
      acceptAttribute([
        { name: 'Excel 工作簿', extensions: ['xlsx', 'XLSX'] },
        { name: 'CSV', extensions: ['csv'] },
      ]),
    ).toBe('.xlsx,.csv');
  });

  it('accepts anything without filters or with "*"', () => {
    expect(acceptAttribute(undefined)).toBe('');
    expect(acceptAttribute([{ name: '全部文件', extensions: ['*'] }])).toBe('');
  });
});
