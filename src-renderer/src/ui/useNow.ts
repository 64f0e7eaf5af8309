import { useEffect, useState } from 'react';

/**
 * The wall clock, re-read every `intervalMs`. Timers are computed from stored events and this value each
 * tick, so a reload or a second window shows the same time.
 */
export function useNow(intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(id);
  }, [intervalMs]);
  return now;
}
