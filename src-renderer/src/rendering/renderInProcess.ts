// Makes a requested file here, in whatever thread runs this: the worker does (render.worker.ts), and so do unit
// tests and the fallback when no worker can start. The builders and the packer load on demand (they are large).
import type { Document } from 'docx';
import {
  rendererOver,
  type DocumentRenderer,
  type DocxBuilder,
  type DocxBuilders,
  type RenderRequest,
} from './protocol';

const BUILDERS: { [K in DocxBuilder]: () => Promise<DocxBuilders[K]> } = {
  rectificationLedger: async () => (await import('../documents/rectification')).ledgerDocument,
  issued: async () => (await import('../documents/rectification')).issuedDocument,
  combinedIssued: async () => (await import('../documents/rectification')).combinedIssuedDocument,
  ballotForm: async () => (await import('../documents/votes')).ballotFormDocument,
  resultsNotice: async () => (await import('../documents/votes')).resultsNoticeDocument,
  agenda: async () => (await import('../documents/inquiry')).agendaDocument,
  questionList: async () => (await import('../documents/inquiry')).questionListDocument,
  minutes: async () => (await import('../documents/inquiry')).minutesDocument,
};

/** The bytes of the requested .docx or .xlsx file. */
export async function renderInProcess(request: RenderRequest): Promise<Uint8Array> {
  if (request.kind === 'xlsx') {
    const { writeXlsx } = await import('../spreadsheets/writeXlsx');
    return writeXlsx(request.sheets, request.created);
  }
  const [build, { toBytes }] = await Promise.all([BUILDERS[request.builder](), import('../documents/pack')]);
  // each request's args are its builder's parameters (protocol.ts); the correlation is lost in the union
  return toBytes((build as (...args: unknown[]) => Document)(...request.args));
}

/** The renderer for tests and for a shell without workers: everything on the calling thread. */
export const inProcessRenderer: DocumentRenderer = rendererOver(renderInProcess);
