// What the renderer asks for and gets back when a Word or Excel file is made off the main thread: plain data in
// (the builders' own inputs, structured-cloned), the file's bytes out. The builders are named, not sent: a docx
// Document is a class instance and does not survive postMessage, so the worker builds it from the same input.
import type * as inquiry from '../documents/inquiry';
import type * as rectification from '../documents/rectification';
import type * as votes from '../documents/votes';
import type { ErrorCode, ErrorParams } from '../domain/errors';
import type { SheetSpec } from '../domain/sheet';
import type { Instant } from '../domain/time';

/** The Word builders a request may name, each a pure function from plain values to a docx Document. */
export interface DocxBuilders {
  rectificationLedger: typeof rectification.ledgerDocument;
  issued: typeof rectification.issuedDocument;
  combinedIssued: typeof rectification.combinedIssuedDocument;
  ballotForm: typeof votes.ballotFormDocument;
  resultsNotice: typeof votes.resultsNoticeDocument;
  agenda: typeof inquiry.agendaDocument;
  questionList: typeof inquiry.questionListDocument;
  minutes: typeof inquiry.minutesDocument;
}

export type DocxBuilder = keyof DocxBuilders;
export type DocxArgs<K extends DocxBuilder> = Parameters<DocxBuilders[K]>;

/** One file to make: a Word document by a named builder, or a workbook of plain sheets. */
export type RenderRequest =
  | { [K in DocxBuilder]: { kind: 'docx'; builder: K; args: DocxArgs<K> } }[DocxBuilder]
  | { kind: 'xlsx'; sheets: SheetSpec[]; created?: Instant };

/** A failure as it crosses the boundary: a DomainError keeps its code and parameters. */
export interface RenderFailure {
  message: string;
  code?: ErrorCode;
  params?: ErrorParams;
}

export interface RenderMessage {
  id: number;
  request: RenderRequest;
}

export type RenderReply =
  { id: number; ok: true; data: Uint8Array } | { id: number; ok: false; error: RenderFailure };

/** The seam commands reach through (services.documents): the bytes of a Word or Excel file. */
export interface DocumentRenderer {
  docx<K extends DocxBuilder>(builder: K, ...args: DocxArgs<K>): Promise<Uint8Array>;
  xlsx(sheets: SheetSpec[], created?: Instant): Promise<Uint8Array>;
}

/** The renderer over any transport of requests. */
export function rendererOver(send: (request: RenderRequest) => Promise<Uint8Array>): DocumentRenderer {
  return {
    docx: (builder, ...args) => send({ kind: 'docx', builder, args } as RenderRequest),
    xlsx: (sheets, created) =>
      send(created === undefined ? { kind: 'xlsx', sheets } : { kind: 'xlsx', sheets, created }),
  };
}
