// The worker path against the in-process path: requests and replies cross a real MessageChannel (structured
// clone, transferred buffers), the host is the worker's own code, and every part of each file but its time
// stamp (docProps/core.xml) must be the same as when it is made in process.
import { afterEach, describe, expect, it } from 'vitest';
import { exportIssuedDocuments, ledgerDocx, ledgerXlsx } from '../app/commands/rectificationFiles';
import { testServices } from '../app/testing/services';
import { loadDemo } from '../db/demo/loadDemo';
import { DomainError, isDomainError } from '../domain/errors';
import { computeMinutes } from '../domain/inquiry/minutes';
import { scenario } from '../domain/testing/inquiryFixtures';
import { testContext } from '../documents/testing/inquiryContext';
import { unzipText } from '../documents/testing/readDocx';
import { noticeOf } from '../documents/testing/issuedNotices';
import { demoContext } from '../documents/testing/votesContext';
import type { RenderReply, RenderRequest } from './protocol';
import { inProcessRenderer } from './renderInProcess';
import { serveRenders } from './workerHost';
import { workerRenderer, type WorkerPort } from './workerRenderer';

const NOW = Date.UTC(2026, 10, 29, 1, 0, 0);
const channels: MessageChannel[] = [];

afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

/** A renderer whose "worker" is serveRenders on the other end of a MessageChannel; counts the starts. */
function channelRenderer() {
  const starts = { count: 0 };
  const renderer = workerRenderer(() => {
    starts.count += 1;
    const channel = new MessageChannel();
    channels.push(channel);
    serveRenders(channel.port2);
    return channel.port1;
  });
  return { renderer, starts };
}

/** Every part of a zip but the time stamps. */
async function partsOf(bytes: Uint8Array): Promise<Map<string, string>> {
  const parts = await unzipText(bytes);
  parts.delete('docProps/core.xml');
  return parts;
}

async function expectSameFile(viaWorker: Uint8Array, inProcess: Uint8Array, part: string) {
  const [worker, local] = await Promise.all([partsOf(viaWorker), partsOf(inProcess)]);
  expect(worker.get(part)?.length).toBeGreaterThan(500);
  expect([...worker.keys()].sort()).toEqual([...local.keys()].sort());
  for (const [name, xml] of local) expect(worker.get(name), name).toBe(xml);
}

describe('documents made through the worker protocol', () => {
  it('gives the same 整改 ledger (Word and Excel) and batch of notices as in process, from one worker', async () => {
    const services = testServices(NOW);
    await loadDemo(services.db, NOW);
    const { renderer, starts } = channelRenderer();
    expect(starts.count).toBe(0); // started on the first file only
    const scope = { kind: 'year' as const, year: 2026 };
    const worker = { db: services.db, documents: renderer };
    const local = { db: services.db, documents: inProcessRenderer };
    const word = await ledgerDocx(worker, scope, NOW);
    await expectSameFile(word.data, (await ledgerDocx(local, scope, NOW)).data, 'word/document.xml');
    const excel = await ledgerXlsx(worker, scope, NOW);
    await expectSameFile(excel.data, (await ledgerXlsx(local, scope, NOW)).data, 'xl/worksheets/sheet1.xml');

    const documentIds = (await services.db.issuedDocuments.toArray()).map((d) => d.id);
    expect(documentIds.length).toBeGreaterThan(1);
    await exportIssuedDocuments({ ...services, documents: renderer }, { documentIds });
    await exportIssuedDocuments(services, { documentIds });
    const [viaWorker, inProcess] = services.desktop.saved.map((saved) => saved.data);
    await expectSameFile(viaWorker!, inProcess!, 'word/document.xml');
    expect(starts.count).toBe(1);
  }, 60_000);

  it('gives the same 测评结果通报, 会议记录 and 40 notices in one file', async () => {
    const { renderer } = channelRenderer();
    const ctx = await demoContext('evaluation');
    const options = { prefix: '宜人常发', sequence: 12, addressee: '各被评议单位' };
    await expectSameFile(
      await renderer.docx('resultsNotice', ctx, options),
      await inProcessRenderer.docx('resultsNotice', ctx, options),
      'word/document.xml',
    );
    const s = scenario().act({ type: 'agendaItemStarted', agendaItemId: 'a1' }).wait(600);
    const minutes = computeMinutes(s.state(), s.now());
    const args = [testContext(), minutes, { now: s.now(), timeZone: 'Asia/Shanghai' }] as const;
    await expectSameFile(
      await renderer.docx('minutes', ...args),
      await inProcessRenderer.docx('minutes', ...args),
      'word/document.xml',
    );
    const notices = Array.from({ length: 40 }, (_, i) => noticeOf(i + 1, 3));
    const marks = notices.map(() => undefined);
    await expectSameFile(
      await renderer.docx('combinedIssued', notices, marks),
      await inProcessRenderer.docx('combinedIssued', notices, marks),
      'word/document.xml',
    );
  }, 60_000);

  it("passes a builder's failure back, a DomainError with its code", async () => {
    const { renderer } = channelRenderer();
    const broken = renderer.xlsx(null as unknown as []);
    await expect(broken).rejects.toThrow(Error);
    const fake: WorkerPort = {
      onmessage: null,
      postMessage: ({ id }) => {
        const reply: RenderReply = {
          id,
          ok: false,
          error: { message: '', code: 'rectification.nothingToExport', params: {} },
        };
        queueMicrotask(() => fake.onmessage?.({ data: reply } as MessageEvent<RenderReply>));
      },
    };
    const failure = await workerRenderer(() => fake)
      .xlsx([])
      .catch((error: unknown) => error);
    expect(isDomainError(failure, 'rectification.nothingToExport')).toBe(true);
    expect((failure as DomainError).message).toBe(new DomainError('rectification.nothingToExport').message);
  });

  it('makes the file in process when no worker starts or the worker fails to load', async () => {
    const made: RenderRequest[] = [];
    const fallback = async (request: RenderRequest) => {
      made.push(request);
      return new Uint8Array([1, 2, 3]);
    };
    expect(await workerRenderer(() => null, fallback).xlsx([])).toEqual(new Uint8Array([1, 2, 3]));
    const dead: WorkerPort = {
      onmessage: null,
      onerror: null,
      postMessage: () => queueMicrotask(() => dead.onerror?.(new Event('error') as ErrorEvent)),
    };
    const renderer = workerRenderer(() => dead, fallback);
    expect(await renderer.xlsx([])).toEqual(new Uint8Array([1, 2, 3]));
    expect(await renderer.xlsx([], NOW)).toEqual(new Uint8Array([1, 2, 3]));
    expect(made).toEqual([
      { kind: 'xlsx', sheets: [] },
      { kind: 'xlsx', sheets: [] },
      { kind: 'xlsx', sheets: [], created: NOW },
    ]);
  });
});
