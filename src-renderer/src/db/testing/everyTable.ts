// A database with rows in every table: the demo, plus what only a live meeting writes (console events,
// hand-counted totals, scoring-mode check-ins and a second reading of 双人复核) and an edit in the 名册 (a line in the audit log). Used by
// the record-schema and backup tests.

import { loadDemo } from '../demo/loadDemo';
import type { XunpingDb } from '../database';
import { applyConsoleAction } from '../repositories/console';
import { peopleRepository } from '../repositories/people';
import {
  addBallot,
  addSecondEntry,
  createRound,
  openRound,
  saveTotals,
  setEntryMode,
} from '../repositories/votes';
import { enterScoringMode, submitScoringBallot } from '../repositories/votesScoring';
import { defaultRulesFor } from '../../domain/votes/roundDefaults';
import { scoringRaters } from '../../domain/votes/scoring';
import type { RoundInput } from '../../domain/votes/roundRecord';
import type { RoundRules } from '../../domain/votes/rules';
import { freshDb } from './freshDb';

/** One unit, one group (常委会组成人员). */
function oneUnitInput(rules: RoundRules): RoundInput {
  const members = { ...rules, groups: [{ id: 'members', name: '常委会组成人员', weight: 1 }] };
  return { title: '', subjectKind: 'unit', subjects: [{ name: '县林业局', refId: null }], rules: members };
}

/** 2026-11-29 08:00 UTC: the demo is placed around this moment. */
export const EVERY_TABLE_NOW = Date.UTC(2026, 10, 29, 8, 0);

export async function dbWithEveryTable(): Promise<XunpingDb> {
  const db = freshDb();
  const now = EVERY_TABLE_NOW;
  await loadDemo(db, now);
  const inquiry = (await db.activities.toArray()).find(
    (a) => a.kind === 'inquiry' && a.participantIds.length > 0,
  );
  if (!inquiry) throw new Error('the demo has no inquiry with participants');
  const [agendaItem] = await db.agendaItems.where('activityId').equals(inquiry.id).sortBy('order');
  const [question] = await db.questions.where('activityId').equals(inquiry.id).sortBy('order');
  if (!agendaItem || !question) throw new Error('the demo inquiry has no agenda or questions');

  const act = (action: Parameters<typeof applyConsoleAction>[2], at: number) =>
    applyConsoleAction(db, inquiry.id, action, at);
  await act({ type: 'agendaItemStarted', agendaItemId: agendaItem.id }, now);
  await act({ type: 'questionTaken', questionId: question.id }, now + 1_000);
  await act({ type: 'phaseStarted', phase: 'ask', plannedSeconds: 180 }, now + 2_000);
  await act({ type: 'paused' }, now + 60_000);
  await act({ type: 'resumed' }, now + 70_000);
  await act({ type: 'undo', targetSeq: 5 }, now + 71_000);

  const rules = defaultRulesFor('inquiry');
  rules.groups = [
    { id: 'members', name: '常委会组成人员', weight: 0.5 },
    { id: 'deputies', name: '人大代表', weight: 0.5 },
  ];
  const round = await createRound(
    db,
    inquiry.id,
    { title: '现场测评', subjectKind: 'unit', subjects: [{ name: '县自然资源局', refId: null }], rules },
    now,
  );
  const participants = await db.people.bulkGet(inquiry.participantIds);
  const raters = scoringRaters(
    participants.filter((p) => p !== undefined),
    '常委会组成人员',
  ).map((p) => p.id);
  const n = raters.length;
  await openRound(
    db,
    round.id,
    { members: { entitled: n, present: n, issued: n }, deputies: { entitled: 10, present: 9, issued: 9 } },
    now,
  );
  await setEntryMode(db, round.id, 'deputies', 'totals', now);
  const subjectId = round.subjects[0]?.id ?? '';
  const totals = {
    groupId: 'deputies',
    wholeVoid: 1,
    subjects: { [subjectId]: { tiers: { satisfied: 8 }, abstain: 0, void: 0 } },
  };
  await saveTotals(db, round.id, totals, 'deputies', 9, now);
  const scoring = { groupId: 'members', presentIds: raters, pinHash: 'a'.repeat(64) };
  await enterScoringMode(db, round.id, scoring, now);
  const voter = raters[0] ?? '';
  await submitScoringBallot(db, round.id, voter, {
    form: 'tiers',
    groupId: 'members',
    marks: { [subjectId]: ['satisfied'] },
  });

  const [person] = await db.people.orderBy('name').toArray();
  if (!person) throw new Error('the demo has no people');
  const { id: _id, archived: _archived, ...input } = person;
  await peopleRepository.update(db, person.id, { ...input, phone: '13979500001' }, now + 80_000);

  // 双人复核: a paper ballot typed twice.
  const checked = await createRound(
    db,
    inquiry.id,
    { ...oneUnitInput(rules), title: '双人复核测评', doubleEntry: true },
    now,
  );
  await openRound(db, checked.id, { members: { entitled: 5, present: 3, issued: 3 } }, now);
  const [first] = checked.subjects;
  const ballot = {
    form: 'tiers' as const,
    id: 'double-entry-ballot',
    groupId: 'members',
    wholeVoid: false,
    marks: { [first?.id ?? '']: ['satisfied' as const] },
  };
  await addBallot(db, checked.id, ballot);
  await addSecondEntry(db, checked.id, 1, { ...ballot, id: 'double-entry-second' });
  return db;
}
