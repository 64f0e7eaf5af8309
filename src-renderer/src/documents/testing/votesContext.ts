// Test helper: the demo loaded into a fresh database, and the context of one of its rounds. With DOCS_CHECK_DIR
// set, keep() writes a document there for scripts/render-docx.sh (DOCS_CHECK_DIR=/tmp/votes-docs npx vitest run
// src-renderer/src/documents/votes).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDemo } from '../../db/demo/loadDemo';
import { loadSettings } from '../../db/repositories/settings';
import { freshDb } from '../../db/testing/freshDb';
import type { VotesDocContext } from '../votes/context';

export const DEMO_NOW = new Date('2026-11-30T02:00:00Z');

/** The context of the demo's per-unit round of an activity kind (evaluation: published, inquiry: draft). */
export async function demoContext(kind: 'evaluation' | 'inquiry'): Promise<VotesDocContext> {
  const db = freshDb();
  await loadDemo(db, DEMO_NOW.getTime());
  const settings = await loadSettings(db);
  const activity = (await db.activities.toArray()).find((a) => a.kind === kind);
  // The per-unit round (the evaluation may also have rounds on rectification reports).
  const round = (await db.voteRounds.toArray()).find(
    (r) => r.activityId === activity?.id && r.subjectKind === 'unit',
  );
  if (!activity || !round) throw new Error(`no demo ${kind} round`);
  return { orgName: settings.orgName, fonts: settings.fonts, activity, round };
}

/** The context of the demo's published vote on one rectification report (整改复测: one subject, one group). */
export async function demoReportContext(): Promise<VotesDocContext> {
  const db = freshDb();
  await loadDemo(db, DEMO_NOW.getTime());
  const settings = await loadSettings(db);
  const round = (await db.voteRounds.toArray()).find(
    (r) => r.subjectKind === 'report' && r.stage === 'published',
  );
  const activity = round ? await db.activities.get(round.activityId) : undefined;
  if (!activity || !round) throw new Error('no published demo report round');
  return { orgName: settings.orgName, fonts: settings.fonts, activity, round };
}

export function keep(name: string, bytes: Uint8Array): void {
  const dir = process.env.DOCS_CHECK_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), bytes);
}

/** The contents of the table whose text contains `marker`, as rows of cell texts. */
export function tableRows(xml: string, marker: string): string[][] {
  const tables = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/g)].map((m) => m[0]);
  const found = tables.find((t) => t.includes(marker)) ?? '';
  return [...found.matchAll(/<w:tr>.*?<\/w:tr>|<w:tr [^>]*>.*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>.*?<\/w:tc>/g)].map((cell) =>
      [...cell[0].matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join(''),
    ),
  );
}
