// Gives Dexie an in-memory IndexedDB in unit tests.
import 'fake-indexeddb/auto';
