import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mimeType, serveAppRequest } from './appProtocol';
import { cspHeader } from './security';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'xunping-app-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>询评</title>');
  writeFileSync(join(root, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(base, 'secret.txt'), 'secret');
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string) => serveAppRequest(root, { method: 'GET', url });

describe('serveAppRequest', () => {
  it('serves index.html for / with its MIME type and the CSP header', async () => {
    const response = await get('app://xunping/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(cspHeader());
    expect(await response.text()).toContain('询评');
  });

  it('serves module scripts as JavaScript', async () => {
    const response = await get('app://xunping/assets/index.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404, still with the CSP header, for missing files, folders and escapes', async () => {
    for (const url of [
      'app://xunping/missing.js',
      'app://xunping/assets',
      'app://xunping/%2e%2e/secret.txt',
      'app://xunping/..%2fsecret.txt',
    ]) {
      const response = await get(url);
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy'), url).toBe(cspHeader());
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const post = await serveAppRequest(root, { method: 'POST', url: 'app://xunping/index.html' });
    expect(post.status).toBe(405);
    const head = await serveAppRequest(root, { method: 'HEAD', url: 'app://xunping/index.html' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('mimeType', () => {
  it('knows the renderer’s file types and falls back to octet-stream', () => {
    expect(mimeType('a/b/style.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeType('font.woff2')).toBe('font/woff2');
    expect(mimeType('logo.svg')).toBe('image/svg+xml');
    expect(mimeType('data.bin')).toBe('application/octet-stream');
  });
});
