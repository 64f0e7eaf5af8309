// The composition root's real services: the one database, the system clock, random ids, the desktop API.
// This is the only file of the renderer that reads the wall clock (lint enforces it).
import { appDb, rehearsalDb } from '../../db/appDb';
import { desktop } from '../../platform/desktop';
import { startRenderWorker, workerRenderer } from '../../rendering/workerRenderer';
import { browserStorage, createLastExportStore } from '../../platform/lastExport';
import { createAutoBackupEvents } from './autoBackupEvents';
import type { Clock, Ids, Services } from './services';

export const systemClock: Clock = { now: () => Date.now() };

export const randomIds: Ids = { next: () => crypto.randomUUID() };

export function systemServices(): Services {
  return {
    db: appDb,
    rehearsalDb,
    clock: systemClock,
    ids: randomIds,
    desktop: desktop(),
    documents: workerRenderer(startRenderWorker),
    autoBackups: createAutoBackupEvents(),
    lastExport: createLastExportStore(browserStorage()),
  };
}
