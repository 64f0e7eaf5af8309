// When to write an automatic backup: at once after a publish, an issue or a close (asked for by the commands),
// and every 10 minutes while the data changed since the last one. One backup at a time: requests that come
// while one is being written are folded into one more, written right after. Never throws and never makes a
// command wait; what went wrong is told once through `report`.
import type { AutoBackupInfo, AutoBackupReason, AutoBackupWriteResult } from '../../../../src-main/contract';
import type { Instant } from '../../domain/time';
import type { Clock } from './services';

export const AUTO_BACKUP_INTERVAL_MS = 10 * 60 * 1000;

export interface AutoBackupReport {
  /** A backup was written. */
  written(backup: AutoBackupInfo): void;
  /** The disk is (true) or is no longer (false) too full: writing is paused. Said once per change. */
  lowDisk(active: boolean): void;
  /** Writing failed; said once until a backup is written again. */
  failed(error: unknown): void;
}

export interface AutoBackupSchedulerOptions {
  clock: Clock;
  write(reason: AutoBackupReason): Promise<AutoBackupWriteResult>;
  report: AutoBackupReport;
  intervalMs?: number;
}

export class AutoBackupScheduler {
  private readonly intervalMs: number;
  private changed = false;
  private lastAttemptAt: Instant;
  private pending: AutoBackupReason | null = null;
  private running: Promise<void> | null = null;
  /** The shell keeps no backups (the browser): nothing more is written. */
  private unsupported = false;
  private lowDisk = false;
  private failing = false;

  constructor(private readonly options: AutoBackupSchedulerOptions) {
    this.intervalMs = options.intervalMs ?? AUTO_BACKUP_INTERVAL_MS;
    this.lastAttemptAt = options.clock.now();
  }

  /** The data changed (a write was committed). */
  markChanged(): void {
    this.changed = true;
  }

  /** A backup soon, for this reason; an event's reason wins over the timer's when both wait. */
  request(reason: AutoBackupReason): void {
    if (this.unsupported) return;
    if (this.pending === null || reason !== 'interval') this.pending = reason;
    void this.pump();
  }

  /** Called by a timer: writes an 'interval' backup when the data changed and 10 minutes have passed. */
  tick(): void {
    if (!this.changed || this.pending !== null) return;
    if (this.options.clock.now() - this.lastAttemptAt < this.intervalMs) return;
    this.request('interval');
  }

  /** Resolves once nothing is being written or waiting (tests; the runtime never waits). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private pump(): Promise<void> {
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    while (this.pending !== null && !this.unsupported) {
      const reason = this.pending;
      this.pending = null;
      // Writes committed while this backup is exported mark the data changed again.
      this.changed = false;
      this.lastAttemptAt = this.options.clock.now();
      await this.writeOne(reason);
    }
  }

  private async writeOne(reason: AutoBackupReason): Promise<void> {
    const { report } = this.options;
    let result: AutoBackupWriteResult;
    try {
      result = await this.options.write(reason);
    } catch (error) {
      this.changed = true;
      if (!this.failing) report.failed(error);
      this.failing = true;
      return;
    }
    if (result.written) {
      this.failing = false;
      if (this.lowDisk) report.lowDisk(false);
      this.lowDisk = false;
      report.written(result.backup);
    } else if (result.reason === 'lowDisk') {
      this.changed = true;
      if (!this.lowDisk) report.lowDisk(true);
      this.lowDisk = true;
    } else {
      this.unsupported = true;
    }
  }
}
