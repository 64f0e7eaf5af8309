// The renderer the app uses: requests go to one Web Worker, started on the first file and kept for the next.
// Where no worker can start (none in this shell, or its script fails to load) the files are made in process,
// as before, so an export never fails for want of a worker.
import { DomainError } from '../domain/errors';
import {
  rendererOver,
  type DocumentRenderer,
  type RenderFailure,
  type RenderMessage,
  type RenderReply,
  type RenderRequest,
} from './protocol';
import { renderInProcess } from './renderInProcess';

/** What the client needs of a Worker (or of one end of a MessageChannel in a test). */
export interface WorkerPort {
  onmessage: ((event: MessageEvent<RenderReply>) => void) | null;
  onerror?: ((event: ErrorEvent) => void) | null;
  postMessage(message: RenderMessage): void;
}

function errorOf(failure: RenderFailure): Error {
  return failure.code === undefined
    ? new Error(failure.message)
    : new DomainError(failure.code, failure.params);
}

interface Pending {
  request: RenderRequest;
  resolve: (data: Uint8Array) => void;
  reject: (error: unknown) => void;
}

/** A renderer posting to the port `start()` makes, once, on the first request. */
export function workerRenderer(
  start: () => WorkerPort | null,
  fallback: (request: RenderRequest) => Promise<Uint8Array> = renderInProcess,
): DocumentRenderer {
  let port: WorkerPort | null | undefined;
  let broken = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const giveUp = () => {
    broken = true;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) fallback(p.request).then(p.resolve, p.reject);
  };

  const connect = (): WorkerPort | null => {
    if (port !== undefined) return port;
    try {
      port = start();
    } catch {
      port = null;
    }
    if (port) {
      port.onmessage = (event) => {
        const reply = event.data;
        const waiting = pending.get(reply.id);
        if (!waiting) return;
        pending.delete(reply.id);
        if (reply.ok) waiting.resolve(reply.data);
        else waiting.reject(errorOf(reply.error));
      };
      // a script that fails to load (or dies) answers nothing: what waits is made here instead
      port.onerror = () => giveUp();
    }
    return port;
  };

  return rendererOver((request) => {
    const worker = broken ? null : connect();
    if (!worker) return fallback(request);
    const id = nextId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      pending.set(id, { request, resolve, reject });
      worker.postMessage({ id, request });
    });
  });
}

/** The app's worker, bundled by Vite from render.worker.ts; null where the shell has no module workers. */
export function startRenderWorker(): WorkerPort | null {
  if (typeof Worker === 'undefined') return null;
  return new Worker(new URL('./render.worker.ts', import.meta.url), { type: 'module', name: 'documents' });
}
