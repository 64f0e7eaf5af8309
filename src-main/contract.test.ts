import { describe, expect, it } from 'vitest';
import {
  answererRoute,
  FILE_TOO_LARGE_MESSAGE,
  MAX_OPEN_BYTES,
  MAX_SAVE_BYTES,
  projectorRoute,
} from './contract';

describe('file size limits', () => {
  it('open whatever the app itself may save (a backup of a large database above all)', () => {
    expect(MAX_OPEN_BYTES).toBeGreaterThanOrEqual(MAX_SAVE_BYTES);
    expect(MAX_OPEN_BYTES).toBeGreaterThan(48 * 1024 * 1024); // a county's 20,000-ballot round writes 48 MB
    expect(FILE_TOO_LARGE_MESSAGE).toBe(`文件超过 ${MAX_OPEN_BYTES / 1024 / 1024} MB，无法打开。`);
  });
});

describe('screen routes', () => {
  it('a meeting’s screens, and its rehearsal’s under /rehearsal', () => {
    expect(projectorRoute('a-1')).toBe('/projector/a-1');
    expect(answererRoute('a-1')).toBe('/answerer/a-1');
    expect(projectorRoute('a-1', 'rehearsal')).toBe('/rehearsal/projector/a-1');
    expect(answererRoute('a-1', 'rehearsal')).toBe('/rehearsal/answerer/a-1');
  });
});
