import { describe, expect, it } from 'vitest';
import { MAX_SAVE_BYTES } from './contract';
import { backupFileName } from './backups/rules';
import {
  backupStatusArgsSchema,
  listAutoBackupsArgsSchema,
  openBackupsFolderArgsSchema,
  readAutoBackupArgsSchema,
  writeAutoBackupArgsSchema,
  getAppInfoArgsSchema,
  openFileArgsSchema,
  listDisplaysArgsSchema,
  openAnswererArgsSchema,
  openProjectorArgsSchema,
  saveFileArgsSchema,
} from './ipcSchemas';

const good = {
  suggestedName: '专题询问通知.docx',
  data: new Uint8Array([1, 2, 3]),
  filters: [{ name: 'Word 文档', extensions: ['docx'] }],
};

describe('saveFileArgsSchema', () => {
  it('accepts a good request, with or without filters', () => {
    expect(saveFileArgsSchema.safeParse([good]).success).toBe(true);
    expect(saveFileArgsSchema.safeParse([{ suggestedName: 'a.csv', data: new Uint8Array() }]).success).toBe(
      true,
    );
    expect(
      saveFileArgsSchema.safeParse([{ ...good, filters: [{ name: '全部', extensions: ['*'] }] }]).success,
    ).toBe(true);
  });

  it('accepts data of exactly MAX_SAVE_BYTES and refuses one byte more', () => {
    const view = (length: number) => new Uint8Array(new ArrayBuffer(length));
    expect(saveFileArgsSchema.safeParse([{ ...good, data: view(MAX_SAVE_BYTES) }]).success).toBe(true);
    expect(saveFileArgsSchema.safeParse([{ ...good, data: view(MAX_SAVE_BYTES + 1) }]).success).toBe(false);
  });

  it.each([
    ['no argument', []],
    ['two arguments', [good, good]],
    ['a string', ['x']],
    ['data as an array of numbers', [{ ...good, data: [1, 2, 3] }]],
    ['data as a string', [{ ...good, data: 'AQID' }]],
    ['data as an ArrayBuffer', [{ ...good, data: new ArrayBuffer(3) }]],
    ['a numeric name', [{ ...good, suggestedName: 42 }]],
    ['an empty name', [{ ...good, suggestedName: '' }]],
    ['a name with a folder', [{ ...good, suggestedName: '../evil.docx' }]],
    ['a name with a backslash', [{ ...good, suggestedName: '..\\evil.docx' }]],
    ['a name with a NUL byte', [{ ...good, suggestedName: 'a\u0000.docx' }]],
    ['a name of dots', [{ ...good, suggestedName: '..' }]],
    ['a too long name', [{ ...good, suggestedName: `${'名'.repeat(256)}` }]],
    ['an extension with a dot', [{ ...good, filters: [{ name: 'Word', extensions: ['.docx'] }] }]],
    ['an extension with a path', [{ ...good, filters: [{ name: 'Word', extensions: ['docx/../x'] }] }]],
    ['an empty extension list', [{ ...good, filters: [{ name: 'Word', extensions: [] }] }]],
    ['a filter without a name', [{ ...good, filters: [{ extensions: ['docx'] }] }]],
    ['filters as a string', [{ ...good, filters: 'docx' }]],
    ['an unknown key', [{ ...good, overwrite: true }]],
  ])('refuses %s', (_label, args) => {
    expect(saveFileArgsSchema.safeParse(args).success).toBe(false);
  });
});

describe('openFileArgsSchema', () => {
  it('accepts an empty request and one with filters', () => {
    expect(openFileArgsSchema.safeParse([{}]).success).toBe(true);
    expect(
      openFileArgsSchema.safeParse([{ filters: [{ name: 'Excel 工作簿', extensions: ['xlsx', 'csv'] }] }])
        .success,
    ).toBe(true);
  });

  it.each([
    ['no argument', []],
    ['null', [null]],
    ['a bad extension', [{ filters: [{ name: 'Excel', extensions: ['*.xlsx'] }] }]],
    ['a path instead of filters', [{ defaultPath: '/etc' }]],
    ['too many filters', [{ filters: Array.from({ length: 11 }, () => ({ name: 'x', extensions: ['x'] })) }]],
  ])('refuses %s', (_label, args) => {
    expect(openFileArgsSchema.safeParse(args).success).toBe(false);
  });
});

describe('getAppInfoArgsSchema', () => {
  it('accepts no arguments and refuses any', () => {
    expect(getAppInfoArgsSchema.safeParse([]).success).toBe(true);
    expect(getAppInfoArgsSchema.safeParse([{}]).success).toBe(false);
  });
});

describe('openProjector arguments', () => {
  it('takes one activity id and nothing that could leave the route', () => {
    expect(openProjectorArgsSchema.safeParse(['0b7c6a52-1f0e-4d8e-9b1a-2f6a4c3d5e6f']).success).toBe(true);
    expect(openProjectorArgsSchema.safeParse(['../settings']).success).toBe(false);
    expect(openProjectorArgsSchema.safeParse(['a#b']).success).toBe(false);
    expect(openProjectorArgsSchema.safeParse(['']).success).toBe(false);
    expect(openProjectorArgsSchema.safeParse(['a', 'b']).success).toBe(false);
    expect(openProjectorArgsSchema.safeParse([42]).success).toBe(false);
  });

  it('takes the meeting or its rehearsal as a second argument, and nothing else', () => {
    expect(openProjectorArgsSchema.safeParse(['a', 'rehearsal']).success).toBe(true);
    expect(openProjectorArgsSchema.safeParse(['a', 'meeting']).success).toBe(true);
    expect(openProjectorArgsSchema.safeParse(['a', undefined]).success).toBe(true);
    expect(openProjectorArgsSchema.safeParse(['a', 'rehearsal', 'x']).success).toBe(false);
  });
});

describe('答询人提示屏 arguments', () => {
  const good = { activityId: 'act-1', displayId: 2779098405, mode: 'meeting' };

  it('takes an activity, a display (or null) and the mode', () => {
    expect(openAnswererArgsSchema.safeParse([good]).success).toBe(true);
    expect(openAnswererArgsSchema.safeParse([{ ...good, displayId: null, mode: 'rehearsal' }]).success).toBe(
      true,
    );
    expect(listDisplaysArgsSchema.safeParse([]).success).toBe(true);
    expect(listDisplaysArgsSchema.safeParse([1]).success).toBe(false);
  });

  it.each([
    ['a route outside the activity', { ...good, activityId: '../settings' }],
    ['a negative display', { ...good, displayId: -1 }],
    ['a fractional display', { ...good, displayId: 1.5 }],
    ['a display given as text', { ...good, displayId: '2' }],
    ['an unknown mode', { ...good, mode: 'live' }],
    ['a missing mode', { activityId: 'a', displayId: 1 }],
    ['an extra field', { ...good, url: 'https://evil.example' }],
  ])('refuses %s', (_label, request) => {
    expect(openAnswererArgsSchema.safeParse([request]).success).toBe(false);
  });
});

describe('automatic backup arguments', () => {
  const data = new Uint8Array([1, 2, 3]);

  it('writeAutoBackup takes one of the known reasons and the bytes', () => {
    for (const reason of ['publish', 'issue', 'close', 'restore', 'interval', 'beforeRestore']) {
      expect(writeAutoBackupArgsSchema.safeParse([{ reason, data }]).success, reason).toBe(true);
    }
  });

  it.each([
    ['no argument', []],
    ['an unknown reason', [{ reason: 'manual', data }]],
    ['no data', [{ reason: 'publish' }]],
    ['data as a string', [{ reason: 'publish', data: '{}' }]],
    ['too much data', [{ reason: 'publish', data: new Uint8Array(new ArrayBuffer(MAX_SAVE_BYTES + 1)) }]],
    ['a file name', [{ reason: 'publish', data, name: '../x.json' }]],
  ])('writeAutoBackup refuses %s', (_label, args) => {
    expect(writeAutoBackupArgsSchema.safeParse(args).success).toBe(false);
  });

  it('readAutoBackup takes only a name the app writes', () => {
    const name = backupFileName(Date.parse('2026-11-29T09:00:00+08:00'), 'publish', 480);
    expect(readAutoBackupArgsSchema.safeParse([name]).success).toBe(true);
    for (const bad of [`../${name}`, `backups/${name}`, `..\\${name}`, '/etc/passwd', '..', '', 42]) {
      expect(readAutoBackupArgsSchema.safeParse([bad]).success, String(bad)).toBe(false);
    }
    expect(readAutoBackupArgsSchema.safeParse([name, name]).success).toBe(false);
  });

  it('list, status and open-folder take no arguments', () => {
    for (const schema of [listAutoBackupsArgsSchema, backupStatusArgsSchema, openBackupsFolderArgsSchema]) {
      expect(schema.safeParse([]).success).toBe(true);
      expect(schema.safeParse(['/tmp']).success).toBe(false);
    }
  });
});
