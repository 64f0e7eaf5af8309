import { useEffect, useState } from 'react';
import { toCalendarDate, type Instant } from '../../domain/time';
import { useServices } from './ServicesProvider';

/**
 * The clock's time, re-read every `intervalMs`. Timers are computed from stored events and this value each
 * tick, so a reload or a second window shows the same time.
 */
export function useNow(intervalMs = 250): Instant {
  const { clock } = useServices();
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(clock.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [clock, intervalMs]);
  return now;
}

/** Today's calendar date by the services' clock, read once per render. */
export function useToday(): string {
  const { clock } = useServices();
  return toCalendarDate(clock.now());
}
