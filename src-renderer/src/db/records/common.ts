// Building blocks of the record schemas: what every stored record is made of.
//
// Why the schemas live here and not in the domain: the domain's interfaces are the authority on the shape of
// a person, a ballot or a round (with their comments), and the domain stays plain TypeScript. What may come
// back from IndexedDB or from a backup file is a storage question, so the zod schemas that check it belong
// to db/. `schemaFor<T>()` ties each schema to its domain type at compile time in both directions: a field
// added to the type and not to the schema (or the other way round) is a type error, so the two cannot drift.
// (zod itself would be fine in the domain, it is a pure library; keeping it out keeps one way of declaring a
// type there.)
import { z } from 'zod';
import { isCalendarDate } from '../../domain/time';

/** True when A and B are assignable to each other. */
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * `schemaFor<Person>()(z.object({...}))` returns the schema unchanged; it compiles only when what the schema
 * accepts and the domain type are mutually assignable (the error shows both).
 */
export function schemaFor<T>() {
  return <S extends z.ZodType>(
    schema: S &
      (Same<z.output<S>, T> extends true ? unknown : { mismatch: { schema: z.output<S>; type: T } }),
  ): S => schema;
}

/** The app's ids: random UUIDs, or short keys in fixtures. Never empty. */
export const idSchema = z.string().min(1).max(200);

/** A moment as epoch milliseconds (domain/time.ts Instant). */
export const instantSchema = z.number().int().nonnegative();

/** A real 'yyyy-mm-dd' day (domain/time.ts CalendarDate). */
export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, { message: '不是有效的日期（yyyy-mm-dd）' });

/** A count of people or ballots. */
export const countSchema = z.number().int().nonnegative();

/** An exact fraction of the tally (bigint numerator and denominator, a double for charts). */
export const fractionSchema = z
  .object({ n: z.bigint(), d: z.bigint().positive(), value: z.number() })
  .readonly();
