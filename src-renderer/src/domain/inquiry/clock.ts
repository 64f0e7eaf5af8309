// Monotonic "effective" time from wall-clock stamps that may jump (see README.md, clock robustness).
//
// Events are stamped with the writer's wall clock. Between two consecutive events (by seq), time
// advances by max(0, at[i] - at[i-1]): a clock set back counts as no time passing and later events
// are measured from the new setting; a clock set forward is time passing. A reading at `now` advances
// from the last event the same way, so it never goes back before the last event.

export interface ConsoleClock {
  /** wall-clock stamp of the last event of the whole log (undo and undone events included) */
  lastAt: number;
  /** effective time of that event */
  lastEffective: number;
}

/** Effective times of events already sorted by seq, and the clock to read `now` against. */
export function effectiveTimes(sorted: readonly { at: number }[]): {
  times: number[];
  clock: ConsoleClock | null;
} {
  return effectiveTimesFrom(null, sorted);
}

/** effectiveTimes carried on after earlier events whose clock was `start` (null: from the first event). */
export function effectiveTimesFrom(
  start: ConsoleClock | null,
  sorted: readonly { at: number }[],
): { times: number[]; clock: ConsoleClock | null } {
  const times: number[] = [];
  let clock: ConsoleClock | null = start;
  for (const { at } of sorted) {
    if (clock === null) {
      const start = Number.isFinite(at) ? at : 0;
      clock = { lastAt: start, lastEffective: start };
    } else {
      clock = effectiveNowClock(clock, at);
    }
    times.push(clock.lastEffective);
  }
  return { times, clock };
}

function effectiveNowClock(clock: ConsoleClock, at: number): ConsoleClock {
  if (!Number.isFinite(at)) return clock;
  return { lastAt: at, lastEffective: clock.lastEffective + Math.max(0, at - clock.lastAt) };
}

/** `now` on the effective time line: never earlier than the last event. */
export function effectiveNow(clock: ConsoleClock | null, now: number): number {
  if (clock === null) return Number.isFinite(now) ? now : 0;
  if (!Number.isFinite(now)) return clock.lastEffective;
  return clock.lastEffective + Math.max(0, now - clock.lastAt);
}

/** True when `now` is earlier than the last event: the system clock was set back (worth a warning). */
export function clockWentBack(clock: ConsoleClock | null, now: number): boolean {
  return clock !== null && now < clock.lastAt;
}
