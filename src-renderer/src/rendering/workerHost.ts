// The worker's side of the protocol: each request rendered in turn and answered with its bytes (transferred,
// not copied) or with the failure.
import { isDomainError } from '../domain/errors';
import type { RenderFailure, RenderMessage, RenderReply } from './protocol';
import { renderInProcess } from './renderInProcess';

/** What the worker's global scope (or one end of a MessageChannel in a test) offers. */
export interface HostPort {
  onmessage: ((event: MessageEvent<RenderMessage>) => void) | null;
  postMessage(reply: RenderReply, transfer: Transferable[]): void;
}

function failureOf(error: unknown): RenderFailure {
  if (isDomainError(error)) return { message: error.message, code: error.code, params: error.params };
  return { message: error instanceof Error ? error.message : String(error) };
}

/** A buffer of its own, so transferring it moves exactly the file's bytes. */
function owned(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return data.byteOffset === 0 &&
    data.byteLength === data.buffer.byteLength &&
    data.buffer instanceof ArrayBuffer
    ? (data as Uint8Array<ArrayBuffer>)
    : data.slice();
}

export function serveRenders(port: HostPort): void {
  port.onmessage = (event) => {
    const { id, request } = event.data;
    renderInProcess(request).then(
      (bytes) => {
        const data = owned(bytes);
        port.postMessage({ id, ok: true, data }, [data.buffer]);
      },
      (error: unknown) => port.postMessage({ id, ok: false, error: failureOf(error) }, []),
    );
  };
}
