// Services for unit tests of commands: a fresh in-memory database, a clock the test moves, ids in order,
// and a desktop that records what it was asked to save.
import type {
  AutoBackupReason,
  AutoBackupRequest,
  DesktopApi,
  OpenAnswererRequest,
  SaveFileRequest,
  ScreenMode,
} from '../../../../src-main/contract';
import { freshDb } from '../../db/testing/freshDb';
import type { Instant } from '../../domain/time';
import { createLastExportStore } from '../../platform/lastExport';
import { inProcessRenderer } from '../../rendering/renderInProcess';
import { createAutoBackupEvents } from '../runtime/autoBackupEvents';
import type { Clock, Ids, Services } from '../runtime/services';

export interface FakeClock extends Clock {
  set(instant: Instant | string): void;
  advance(ms: number): void;
}

export function fakeClock(start: Instant | string = '2026-11-29T09:00:00+08:00'): FakeClock {
  let now = typeof start === 'string' ? Date.parse(start) : start;
  return {
    now: () => now,
    set: (instant) => {
      now = typeof instant === 'string' ? Date.parse(instant) : instant;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

export function sequentialIds(prefix = 'id'): Ids {
  let n = 0;
  return { next: () => `${prefix}-${++n}` };
}

export interface RecordingDesktop extends DesktopApi {
  saved: SaveFileRequest[];
  autoBackups: AutoBackupRequest[];
  /** The screens opened, in order: projector and answerer windows. */
  screens: (
    { kind: 'projector'; activityId: string; mode: ScreenMode } | ({ kind: 'answerer' } & OpenAnswererRequest)
  )[];
}

export function recordingDesktop(): RecordingDesktop {
  const saved: SaveFileRequest[] = [];
  const autoBackups: AutoBackupRequest[] = [];
  const screens: RecordingDesktop['screens'] = [];
  return {
    saved,
    autoBackups,
    screens,
    saveFile: async (request) => {
      saved.push(request);
      return { saved: true, path: `/tmp/${request.suggestedName}` };
    },
    openFile: async () => null,
    getAppInfo: async () => ({ version: 'test', dataPath: null, shell: 'browser' }),
    openProjector: async (activityId, mode = 'meeting') =>
      void screens.push({ kind: 'projector', activityId, mode }),
    listDisplays: async () => ({ displays: [], suggestedId: null }),
    openAnswerer: async (request) => void screens.push({ kind: 'answerer', ...request }),
    writeAutoBackup: async (request) => {
      autoBackups.push(request);
      const backup = { name: `auto-${autoBackups.length}.json`, createdAt: 0, size: request.data.byteLength };
      return { written: true, backup: { ...backup, reason: request.reason } };
    },
    listAutoBackups: async () => [],
    readAutoBackup: async () => {
      throw new Error('no automatic backups in tests');
    },
    openBackupsFolder: async () => undefined,
    backupStatus: async () => ({ last: null, folder: null, lowDisk: false }),
    requestPersistentStorage: async () => true,
  };
}

export interface TestServices extends Services {
  clock: FakeClock;
  desktop: RecordingDesktop;
  /** The automatic backups the commands asked for, in order. */
  backupRequests: AutoBackupReason[];
}

export function testServices(start?: Instant | string): TestServices {
  const autoBackups = createAutoBackupEvents();
  const backupRequests: AutoBackupReason[] = [];
  autoBackups.onRequest((reason) => backupRequests.push(reason));
  return {
    db: freshDb(),
    rehearsalDb: freshDb(),
    clock: fakeClock(start),
    ids: sequentialIds(),
    desktop: recordingDesktop(),
    documents: inProcessRenderer,
    autoBackups,
    backupRequests,
    lastExport: createLastExportStore(undefined),
  };
}
