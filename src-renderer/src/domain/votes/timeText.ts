// How the votes screens and exports print a stored instant (createdAt, publishedAt, the log's at).
import { formatInstant, type Instant } from '../time';

/** The local date and minute of an instant: 2026-11-29 16:00. */
export function timeText(at: Instant): string {
  return formatInstant(at);
}
