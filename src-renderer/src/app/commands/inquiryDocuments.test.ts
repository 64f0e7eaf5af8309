// The three inquiry documents built from the demo, with a short meeting run through the console's command.
// With DOCS_CHECK_DIR set the .docx files are written there for scripts/render-docx.sh, e.g.
//   DOCS_CHECK_DIR=/tmp/inquiry-docs npx vitest run src-renderer/src/app/commands/inquiryDocuments
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadDemo } from '../../db/demo/loadDemo';
import { listAgenda } from '../../db/repositories/agenda';
import { listQuestions } from '../../db/repositories/questions';
import { loadSettings } from '../../db/repositories/settings';
import { plainText, readDocx } from '../../documents/testing/readDocx';
import type { ConsoleAction } from '../../domain/inquiry/consoleEvents';
import { phaseAction } from '../../domain/inquiry/consoleRules';
import type { TimerPhase } from '../../domain/inquiry/question';
import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import { testServices, type TestServices } from '../testing/services';
import { performConsoleAction } from './console';
import { buildInquiryDocument, exportInquiryDocument, type BuiltDocument } from './inquiryDocuments';

/** 2026-12-06 09:00 in Beijing */
const T0 = Date.UTC(2026, 11, 6, 1, 0, 0);
let services: TestServices;
let activityId: string;

beforeEach(async () => {
  services = testServices(T0);
  await loadDemo(services.db, T0);
  const inquiry = (await services.db.activities.toArray()).find((a) => a.kind === 'inquiry');
  if (!inquiry) throw new Error('no demo inquiry');
  activityId = inquiry.id;
});

/** Runs a short meeting: three questions with follow-ups and a supplement, one skipped, the statement. */
async function runMeeting(): Promise<void> {
  const { db, clock } = services;
  const act = async (action: ConsoleAction, seconds = 0) => {
    await performConsoleAction(services, { activityId, decide: () => action });
    clock.advance(seconds * 1000);
  };
  const phase = async (p: TimerPhase, seconds: number) => {
    await performConsoleAction(services, {
      activityId,
      decide: (state) => phaseAction(state, p, DEFAULT_TIMER_MINUTES),
    });
    clock.advance(seconds * 1000);
  };
  const [opening, report, inquiry, , statement] = await listAgenda(db, activityId);
  const questions = await listQuestions(db, activityId);
  const q = (order: number) => questions[order - 1]?.id ?? '';
  await act({ type: 'agendaItemStarted', agendaItemId: opening?.id ?? '' }, 540);
  await act({ type: 'agendaItemStarted', agendaItemId: report?.id ?? '' }, 1260);
  await act({ type: 'agendaItemStarted', agendaItemId: inquiry?.id ?? '' });
  await act({ type: 'questionTaken', questionId: q(1) });
  await phase('ask', 170);
  await phase('answer', 345);
  await phase('followUp', 95);
  await phase('answer', 160);
  await phase('supplement', 200);
  await act({ type: 'questionFinished', questionId: q(1) });
  await act({ type: 'questionSkipped', questionId: q(2) });
  await act({ type: 'questionTaken', questionId: q(4) }); // to 县自然资源局 and 县林业局
  await phase('ask', 185);
  await phase('answer', 290);
  await act({ type: 'questionFinished', questionId: q(4) });
  await act({ type: 'questionTaken', questionId: q(7) });
  await phase('ask', 150);
  await phase('answer', 320);
  await phase('followUp', 130);
  await phase('answer', 200);
  await act({ type: 'questionFinished', questionId: q(7) }, 30);
  await act({ type: 'agendaItemStarted', agendaItemId: statement?.id ?? '' });
  await phase('statement', 610);
  await act({ type: 'timerStopped' });
  await act({ type: 'meetingEnded' });
}

async function text(built: BuiltDocument): Promise<string> {
  const dir = process.env.DOCS_CHECK_DIR;
  if (dir) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, built.fileName), built.data);
  }
  return plainText((await readDocx(built.data)).document);
}

describe('inquiry documents from the demo', () => {
  it('writes the agenda with the units and their respondents under the inquiry item', async () => {
    const built = await buildInquiryDocument(services, { activityId, kind: 'agenda' });
    expect(built.fileName).toBe('促进绿色矿山建设询问会议程.docx');
    const body = await text(built);
    expect(body).toContain('宜丰县人大常委会促进绿色矿山建设专题询问会议程');
    expect(body).toContain('主持人：钟国平（县人大常委会主任）');
    expect(body).toContain('三、询问（一问一答）\t2小时');
    expect(body).toContain('1.县自然资源局局长丁振宇');
  });

  it('writes the question list grouped by unit', async () => {
    const built = await buildInquiryDocument(services, { activityId, kind: 'questionList' });
    expect(built.fileName).toBe('促进绿色矿山建设询问题目单.docx');
    const body = await text(built);
    expect(body).toContain('一、县自然资源局');
    expect(body).toContain('与县自然资源局共同应询，题目见第一部分');
    expect(body).toContain('锂云母开采规模逐年扩大');
  });

  it('writes the minutes of a meeting run through the console, as they stand at the clock’s time', async () => {
    await runMeeting();
    const built = await buildInquiryDocument(services, {
      activityId,
      kind: 'minutes',
      timeZone: 'Asia/Shanghai',
    });
    expect(built.fileName).toBe('促进绿色矿山建设询问会议记录.docx');
    const body = await text(built);
    // the demo activity is planned for 12月13日; the meeting ran through the console on 12月6日
    expect(body).toContain('时间：2026年12月6日9:00至');
    expect(body).toContain('询问3题');
    expect(body).toContain('追问1次，有补充回答。');
    expect(body).toContain('按应询单位合计');
    expect(body).toContain('未询问的问题题号询问人应询单位情况2刘桂英县自然资源局已跳过');
  });

  it('hands the document to the desktop to save, as a Word file', async () => {
    const result = await exportInquiryDocument(services, { activityId, kind: 'agenda' });
    expect(result).toMatchObject({ saved: true, fileName: '促进绿色矿山建设询问会议程.docx' });
    expect(services.desktop.saved).toHaveLength(1);
    expect(services.desktop.saved[0]).toMatchObject({
      suggestedName: '促进绿色矿山建设询问会议程.docx',
      filters: [{ name: 'Word 文档', extensions: ['docx'] }],
    });
  });

  it('refuses to write a document without the organ in the settings, and saves nothing', async () => {
    await services.db.settings.put({ ...(await loadSettings(services.db)), orgName: ' ', id: 'app' });
    const attempt = exportInquiryDocument(services, { activityId, kind: 'minutes' });
    await expect(attempt).rejects.toMatchObject({
      code: 'settings.missing',
      message: expect.stringContaining('发文机关标志'),
    });
    expect(services.desktop.saved).toEqual([]);
  });

  it('refuses an activity that is gone', async () => {
    const attempt = buildInquiryDocument(services, { activityId: 'gone', kind: 'agenda' });
    await expect(attempt).rejects.toMatchObject({ code: 'common.notFound' });
  });
});
