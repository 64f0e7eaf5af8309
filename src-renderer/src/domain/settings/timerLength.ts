// Timer lengths (计时时长) as the secretary types and reads them: whole minutes (3) or minutes and seconds
// (1:30), shown back as m:ss. 0 means no limit: the timer counts up, with no warnings and no overtime.
//
// TimerMinutes (settings, activity) stores minutes and may hold fractions of whole seconds (1.5 = 1:30);
// questions and the console's log store whole seconds.

/** The longest planned length of one phase: 120 minutes. */
export const MAX_TIMER_SECONDS = 120 * 60;

/** 0: no limit (不限时), the timer counts up. */
export const UNLIMITED = 0;

export function isUnlimited(plannedSeconds: number): boolean {
  return plannedSeconds === UNLIMITED;
}

/** Whole seconds of a length in minutes (1.5 → 90). */
export function minutesToSeconds(minutes: number): number {
  return Math.round(minutes * 60);
}

export function secondsToMinutes(seconds: number): number {
  return seconds / 60;
}

/** True for a number of minutes that is a whole number of seconds (1.5, 4/3), within float error. */
export function isWholeSeconds(minutes: number): boolean {
  return Number.isFinite(minutes) && Math.abs(minutes * 60 - Math.round(minutes * 60)) < 1e-6;
}

const MINUTES_SECONDS = /^(\d{1,3})\s*[:：]\s*(\d{1,2})$/;
const MINUTES_ONLY = /^(\d{1,3})(?:\.(\d+))?$/;
const CHINESE = /^(?:(\d{1,3})\s*分(?:钟)?)?\s*(?:(\d{1,4})\s*秒(?:钟)?)?$/;

/**
 * Seconds of a typed length, or null when it is not one: "3" → 180, "1:30" (or "1：30") → 90, "1.5" → 90,
 * "0" → 0 (no limit), "1分30秒" → 90, "90秒" → 90. Seconds after a colon must be under 60.
 */
export function parseTimerLength(typed: string): number | null {
  const value = typed.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (value === '') return null;
  const ms = MINUTES_SECONDS.exec(value);
  if (ms) {
    const seconds = Number(ms[2]);
    return seconds < 60 ? Number(ms[1]) * 60 + seconds : null;
  }
  if (MINUTES_ONLY.test(value)) {
    const minutes = Number(value);
    return isWholeSeconds(minutes) ? minutesToSeconds(minutes) : null;
  }
  const zh = CHINESE.exec(value);
  if (zh && (zh[1] !== undefined || zh[2] !== undefined)) {
    return Number(zh[1] ?? 0) * 60 + Number(zh[2] ?? 0);
  }
  return null;
}

/** m:ss: 90 → "1:30", 180 → "3:00", 0 → "0:00". */
export function formatTimerLength(seconds: number): string {
  const whole = Math.max(0, Math.round(Number.isFinite(seconds) ? seconds : 0));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** A planned length in words for labels: 1:30, or 不限时 for 0. */
export function plannedLengthText(seconds: number): string {
  return isUnlimited(seconds) ? '不限时' : formatTimerLength(seconds);
}

export const TIMER_LENGTH_FORMAT_HINT = '填分钟数（如 3）或 分:秒（如 1:30），0 表示不限时';

/**
 * Why a length in minutes is not one the timer can use, or null. A value that is not a number is text the
 * secretary typed that could not be read (the length input passes it on as typed).
 */
export function timerLengthError(label: string, minutes: unknown): string | null {
  if (typeof minutes !== 'number' || !Number.isFinite(minutes)) {
    return `${label}时长无法识别：请${TIMER_LENGTH_FORMAT_HINT}`;
  }
  if (minutes < 0) return `${label}时长不能是负数（0 表示不限时）`;
  if (!isWholeSeconds(minutes)) return `${label}时长请精确到秒，如 1:30`;
  if (minutesToSeconds(minutes) > MAX_TIMER_SECONDS) {
    return `${label}时长不能超过 ${MAX_TIMER_SECONDS / 60} 分钟`;
  }
  return null;
}

/** The same check for a length in whole seconds (a question's planned time). */
export function plannedSecondsError(label: string, seconds: unknown): string | null {
  if (typeof seconds === 'number' && Number.isFinite(seconds) && !Number.isInteger(seconds)) {
    return `${label}时长请精确到秒，如 1:30`;
  }
  return timerLengthError(label, typeof seconds === 'number' ? secondsToMinutes(seconds) : seconds);
}
