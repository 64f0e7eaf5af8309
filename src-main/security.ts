// Pure security rules for the shell: which origins may call IPC, where a window may navigate, which
// requests may leave the app, and which file an app:// URL maps to. No electron import, so every rule
// is unit-tested in plain Node (security.test.ts).

import { isAbsolute, resolve, sep } from 'node:path';
import { APP_HOST, APP_ORIGIN, APP_SCHEME } from './contract';

/** The Content-Security-Policy sent with every app:// response. Mantine injects <style> tags, hence 'unsafe-inline' for styles only. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function cspHeader(): string {
  return CONTENT_SECURITY_POLICY;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/**
 * The origin of a URL as Chromium reports it. Node's URL gives "null" for non-special schemes such as
 * app:, while Chromium gives "app://xunping" for a scheme registered as standard.
 */
export function originOf(url: URL): string {
  return url.protocol === `${APP_SCHEME}:` ? `${url.protocol}//${url.host}` : url.origin;
}

/** The dev server origin, only when it is an http(s) server on this machine; else null. */
export function devServerOrigin(devServerUrl: string | undefined): string | null {
  if (!devServerUrl) return null;
  const url = parseUrl(devServerUrl);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return null;
  if (!LOOPBACK_HOSTS.has(url.hostname)) return null;
  return url.origin;
}

/** May a frame with this origin call the desktop API? Only the app itself (and the dev server in development). */
export function isTrustedOrigin(origin: string | null | undefined, devServerUrl?: string): boolean {
  if (!origin) return false;
  if (origin === APP_ORIGIN) return true;
  const dev = devServerOrigin(devServerUrl);
  return dev !== null && origin === dev;
}

/** May a window navigate to this URL? Only within the app's own origin (or the dev server's). */
export function isAllowedNavigation(url: string, devServerUrl?: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && isTrustedOrigin(originOf(parsed), devServerUrl);
}

const NETWORK_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

/**
 * May the renderer make this request? Nothing goes to the network or the file system: app://, data:,
 * blob: and devtools: URLs pass; http(s) and ws(s) only to the dev server in development.
 */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (!NETWORK_PROTOCOLS.has(parsed.protocol)) return true;
  const dev = devServerOrigin(devServerUrl);
  if (dev === null) return false;
  const devUrl = new URL(dev);
  if (parsed.protocol === 'ws:' || parsed.protocol === 'wss:') return parsed.host === devUrl.host;
  return parsed.origin === dev;
}

// Characters that never appear in a file the renderer build produces: NUL and other controls,
// backslashes (a second separator on Windows) and colons (drive letters, alternate data streams).
// eslint-disable-next-line no-control-regex
const FORBIDDEN_PATH_CHARS = /[\u0000-\u001f\\:]/;

/**
 * The absolute path of the file an app:// request asks for, inside root; null when the URL is not an
 * app://xunping URL or tries to leave root (.., encoded .., backslashes, NUL bytes, malformed escapes).
 * "/" maps to index.html.
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  const url = parseUrl(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  if (!pathname.startsWith('/') || FORBIDDEN_PATH_CHARS.test(pathname)) return null;
  const segments = pathname.slice(1).split('/');
  if (segments.some((segment) => segment === '..' || segment === '.' || segment === '')) return null;
  const base = resolve(root);
  const full = resolve(base, ...segments);
  if (!isAbsolute(full) || !full.startsWith(base + sep)) return null;
  return full;
}

/**
 * Browser permissions the app's pages may use: only full screen (the scoring mode and the projector).
 * Camera, microphone, notifications, geolocation and the rest are refused.
 */
export function isAllowedPermission(permission: string): boolean {
  return permission === 'fullscreen';
}
