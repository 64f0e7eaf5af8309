import { XunpingDb } from './database';

/** The app's one database. Every window of the app opens the same one (same origin, same name). */
export const appDb = new XunpingDb();
