import type { DesktopApi } from '../../../../src-main/contract';
import type { XunpingDb } from '../../db/database';
import type { Instant } from '../../domain/time';

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
  clock: Clock;
  ids: Ids;
  desktop: DesktopApi;
}

/** A use case: a function of the services and its input. */
export type Command<I, O> = (services: Services, input: I) => Promise<O>;
