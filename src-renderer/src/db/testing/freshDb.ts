import { XunpingDb } from '../database';

let counter = 0;

/** A fresh, empty database with its own name, for one unit test. */
export function freshDb(): XunpingDb {
  counter += 1;
  return new XunpingDb(`test-${counter}-${Math.random().toString(36).slice(2)}`);
}
