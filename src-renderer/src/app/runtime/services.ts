import type { AutoBackupReason, DesktopApi } from '../../../../src-main/contract';
import type { XunpingDb } from '../../db/database';
import type { Instant } from '../../domain/time';
import type { DocumentRenderer } from '../../rendering/protocol';

/** The wall clock. Only the composition root reads the real one; tests pass a fake. */
export interface Clock {
  now(): Instant;
}

/** Makes the ids of new records (random UUIDs in the app, predictable ones in tests). */
export interface Ids {
  next(): string;
}

/** What every command and live query is given: nothing below reaches for globals. */
export interface Services {
  db: XunpingDb;
  /**
   * The throw-away database of a rehearsal (演练, db/repositories/rehearsal.ts). Its screens get it as their
   * `db` (RehearsalServices), so the console's commands and queries run on the copy unchanged.
   */
  rehearsalDb: XunpingDb;
  clock: Clock;
  ids: Ids;
  desktop: DesktopApi;
  /** Makes Word and Excel files off the main thread (a Web Worker in the app, in process in unit tests). */
  documents: DocumentRenderer;
  /** Where commands say that a record worth an automatic backup was just made (autoBackupEvents.ts). */
  autoBackups: AutoBackupEvents;
  /** When this browser last exported a backup (platform/lastExport.ts). */
  lastExport: LastExportMemory;
}

/**
 * The automatic backups' signals. Commands call request() after a publish, an issue or a close and go on at
 * once (it never waits or throws); the runtime (app/root/AutoBackupRuntime) listens and writes the backup.
 */
export interface AutoBackupEvents {
  request(reason: AutoBackupReason): void;
  onRequest(listener: (reason: AutoBackupReason) => void): () => void;
  /** Said by the runtime after a backup was written, so the lists in 设置 read again. */
  written(): void;
  onWritten(listener: () => void): () => void;
}

/** The moment this browser last exported a backup (null: never); remembered outside the database. */
export interface LastExportMemory {
  read(): Instant | null;
  remember(at: Instant): void;
  subscribe(listener: () => void): () => void;
}

/** A use case: a function of the services and its input. */
export type Command<I, O> = (services: Services, input: I) => Promise<O>;
