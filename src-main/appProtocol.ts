// Serves the built renderer for the app:// scheme. No electron import: index.ts hands each request
// from protocol.handle to serveAppRequest, and appProtocol.test.ts drives it with a temporary folder.

import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { cspHeader, resolveAppFile } from './security';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.webm': 'video/webm',
  '.mp4': 'video/mp4',
};

export function mimeType(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** The part of a fetch Request the server reads, so tests need no Request object. */
export interface AppRequest {
  method: string;
  url: string;
}

function baseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': cspHeader(),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  };
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: baseHeaders('text/plain; charset=utf-8') });
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

/** Answers one app:// request from the files under root; every response carries the CSP header. */
export async function serveAppRequest(root: string, request: AppRequest): Promise<Response> {
  const method = request.method.toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return textResponse(405, 'Method Not Allowed');
  const filePath = resolveAppFile(root, request.url);
  if (filePath === null || !(await isFile(filePath))) return textResponse(404, 'Not Found');
  const headers = baseHeaders(mimeType(filePath));
  if (method === 'HEAD') return new Response(null, { status: 200, headers });
  const body = await readFile(filePath);
  return new Response(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), {
    status: 200,
    headers,
  });
}
