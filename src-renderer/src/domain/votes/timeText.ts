// How the votes screens and exports print a stored timestamp (createdAt, publishedAt, the log's at).
import { format } from 'date-fns';

/** The local date and minute of an ISO timestamp: 2026-11-29 16:00. */
export function timeText(iso: string): string {
  return format(new Date(Date.parse(iso)), 'yyyy-MM-dd HH:mm');
}
