import { XunpingDb } from './database';
import { REHEARSAL_DATABASE_NAME } from './repositories/rehearsal';

/** The app's one database. Every window of the app opens the same one (same origin, same name). */
export const appDb = new XunpingDb();

/** The rehearsal's throw-away copy (演练): a database of its own, so nothing of it reaches the meeting's. */
export const rehearsalDb = new XunpingDb(REHEARSAL_DATABASE_NAME);
