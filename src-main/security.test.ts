import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cspHeader,
  devServerOrigin,
  isAllowedNavigation,
  isAllowedPermission,
  isAllowedRequest,
  isTrustedOrigin,
  resolveAppFile,
} from './security';

const DEV = 'http://localhost:5173/';

describe('isTrustedOrigin', () => {
  it('trusts the app origin', () => {
    expect(isTrustedOrigin('app://xunping')).toBe(true);
  });

  it.each([
    'file://',
    'http://evil.example',
    'https://xunping',
    'app://other',
    'app://xunping.evil',
    'null',
    '',
    'APP://XUNPING ',
  ])('refuses %j', (origin) => {
    expect(isTrustedOrigin(origin)).toBe(false);
    expect(isTrustedOrigin(origin, DEV)).toBe(false);
  });

  it('refuses a missing origin (no sender frame)', () => {
    expect(isTrustedOrigin(undefined)).toBe(false);
    expect(isTrustedOrigin(null, DEV)).toBe(false);
  });

  it('trusts the dev server only when one is given', () => {
    expect(isTrustedOrigin('http://localhost:5173')).toBe(false);
    expect(isTrustedOrigin('http://localhost:5173', DEV)).toBe(true);
    expect(isTrustedOrigin('http://localhost:5174', DEV)).toBe(false);
  });

  it('never trusts a dev server that is not on this machine or not http', () => {
    expect(devServerOrigin('http://evil.example:5173/')).toBeNull();
    expect(isTrustedOrigin('http://evil.example:5173', 'http://evil.example:5173/')).toBe(false);
    expect(devServerOrigin('file:///tmp/index.html')).toBeNull();
    expect(devServerOrigin('not a url')).toBeNull();
    expect(devServerOrigin('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
  });
});

describe('isAllowedNavigation', () => {
  it('allows the app’s own pages and routes', () => {
    expect(isAllowedNavigation('app://xunping/index.html')).toBe(true);
    expect(isAllowedNavigation('app://xunping/index.html#/projector/3')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'file:///etc/passwd',
    'app://other/index.html',
    'javascript:alert(1)',
    'data:text/html,<h1>x</h1>',
    'about:blank',
    'not a url',
  ])('denies %j', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('allows the dev server only when one is given', () => {
    expect(isAllowedNavigation('http://localhost:5173/#/settings')).toBe(false);
    expect(isAllowedNavigation('http://localhost:5173/#/settings', DEV)).toBe(true);
  });
});

describe('isAllowedRequest', () => {
  it('lets app, data, blob and devtools URLs through', () => {
    for (const url of [
      'app://xunping/assets/index.js',
      'data:image/png;base64,AAAA',
      'blob:app://xunping/123',
      'devtools://devtools/bundled/inspector.html',
    ]) {
      expect(isAllowedRequest(url), url).toBe(true);
    }
  });

  it('blocks the network and the file system', () => {
    for (const url of [
      'https://example.com/x.js',
      'http://127.0.0.1:8080/',
      'wss://example.com/',
      'file:///etc/passwd',
    ]) {
      expect(isAllowedRequest(url), url).toBe(false);
    }
  });

  it('allows the dev server and its HMR socket only in development', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx')).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', DEV)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/?token=x', DEV)).toBe(true);
    expect(isAllowedRequest('ws://localhost:9999/', DEV)).toBe(false);
    expect(isAllowedRequest('https://example.com/', DEV)).toBe(false);
  });
});

describe('resolveAppFile', () => {
  const root = resolve('/srv/app/out/renderer');

  it('maps app URLs to files under root', () => {
    expect(resolveAppFile(root, 'app://xunping/assets/index-abc.js')).toBe(
      join(root, 'assets', 'index-abc.js'),
    );
    expect(resolveAppFile(root, 'app://xunping/index.html?x=1#/a')).toBe(join(root, 'index.html'));
  });

  it('serves index.html for the root path', () => {
    expect(resolveAppFile(root, 'app://xunping/')).toBe(join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://xunping')).toBe(join(root, 'index.html'));
  });

  it('decodes percent-encoded names', () => {
    expect(resolveAppFile(root, 'app://xunping/%E5%9B%BE.png')).toBe(join(root, '图.png'));
  });

  it.each([
    'app://xunping/assets/..%2f..%2fsecret.txt',
    'app://xunping/assets/%2E%2E%2F%2E%2E%2Fsecret.txt',
    'app://xunping/..%5c..%5csecret.txt',
    'app://xunping/..\\..\\secret.txt',
    'app://xunping/index.html%00.png',
    'app://xunping/C:%2fWindows%2fwin.ini',
    'app://xunping/%2fetc%2fpasswd',
    'app://xunping/%E0%A4%A',
    'app://xunping/assets/',
    'app://other/index.html',
    'file:///etc/passwd',
    'http://xunping/index.html',
  ])('refuses %j', (url) => {
    expect(resolveAppFile(root, url)).toBeNull();
  });

  it.each([
    'app://xunping/../../etc/passwd',
    'app://xunping/%2e%2e/%2e%2e/etc/passwd',
    'app://xunping/a/.%2E/.%2e/x',
  ])('keeps %j inside root (the URL parser folds dot segments first)', (url) => {
    const resolved = resolveAppFile(root, url);
    expect(resolved === null || resolved.startsWith(root + sep)).toBe(true);
  });
});

describe('cspHeader', () => {
  it('restricts everything to the app and forbids plugins, base changes and framing', () => {
    const csp = cspHeader();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });
});

describe('isAllowedPermission', () => {
  it('allows full screen and nothing else', () => {
    expect(isAllowedPermission('fullscreen')).toBe(true);
    for (const p of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', '']) {
      expect(isAllowedPermission(p)).toBe(false);
    }
  });
});
