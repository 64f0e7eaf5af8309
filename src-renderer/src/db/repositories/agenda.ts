import {
  defaultAgenda,
  normalizeAgendaItem,
  validateAgendaItem,
  type AgendaItem,
  type AgendaItemInput,
} from '../../domain/inquiry/agenda';
import type { TimerMinutes } from '../../domain/settings/settings';
import { hasErrors } from '../../domain/validation';
import { newId, type AgendaItemRecord, type XunpingDb } from '../database';
import { NotFoundError, ValidationError } from '../errors';

export async function listAgenda(db: XunpingDb, activityId: string): Promise<AgendaItemRecord[]> {
  const rows = await db.agendaItems.where('activityId').equals(activityId).toArray();
  return rows.sort((a, b) => a.order - b.order);
}

/** Gives an inquiry the usual agenda the first time it is prepared; never touches an existing one. */
export async function ensureAgenda(db: XunpingDb, activityId: string, minutes: TimerMinutes): Promise<void> {
  await db.transaction('rw', db.agendaItems, async () => {
    if ((await db.agendaItems.where('activityId').equals(activityId).count()) > 0) return;
    await db.agendaItems.bulkAdd(defaultAgenda(newId, minutes).map((item) => ({ ...item, activityId })));
  });
}

function checked(input: AgendaItemInput): AgendaItemInput {
  const clean = normalizeAgendaItem(input);
  const errors = validateAgendaItem(clean);
  if (hasErrors(errors)) throw new ValidationError(errors);
  return clean;
}

export async function addAgendaItem(
  db: XunpingDb,
  activityId: string,
  input: AgendaItemInput,
): Promise<AgendaItem> {
  const clean = checked(input);
  return db.transaction('rw', db.agendaItems, async () => {
    const order = (await listAgenda(db, activityId)).length + 1;
    const record: AgendaItemRecord = { ...clean, id: newId(), order, activityId };
    await db.agendaItems.add(record);
    return record;
  });
}

export async function updateAgendaItem(db: XunpingDb, id: string, input: AgendaItemInput): Promise<void> {
  const clean = checked(input);
  await db.transaction('rw', db.agendaItems, async () => {
    const existing = await db.agendaItems.get(id);
    if (!existing) throw new NotFoundError('该议程');
    // A speaker cleared in the form is removed, not kept from before.
    const { speaker: _previous, ...rest } = existing;
    await db.agendaItems.put({ ...rest, ...clean });
  });
}

export async function removeAgendaItem(db: XunpingDb, id: string): Promise<void> {
  await db.transaction('rw', db.agendaItems, db.consoleEvents, async () => {
    const existing = await db.agendaItems.get(id);
    if (!existing) throw new NotFoundError('该议程');
    const events = await db.consoleEvents.where('activityId').equals(existing.activityId).toArray();
    if (events.some((e) => e.type === 'agendaItemStarted' && e.agendaItemId === id)) {
      throw new ValidationError({ title: '会议已进入过这项议程，不能删除' });
    }
    await db.agendaItems.delete(id);
    const rest = await listAgenda(db, existing.activityId);
    await db.agendaItems.bulkPut(rest.map((item, i) => ({ ...item, order: i + 1 })));
  });
}

export async function moveAgendaItem(db: XunpingDb, id: string, step: -1 | 1): Promise<void> {
  await db.transaction('rw', db.agendaItems, async () => {
    const existing = await db.agendaItems.get(id);
    if (!existing) throw new NotFoundError('该议程');
    const items = await listAgenda(db, existing.activityId);
    const index = items.findIndex((item) => item.id === id);
    const other = items[index + step];
    if (!other) return;
    await db.agendaItems.bulkPut([
      { ...existing, order: other.order },
      { ...other, order: existing.order },
    ]);
  });
}
