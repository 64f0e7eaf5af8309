// Wires the automatic backups to the app: the commands' requests and every committed write of the database
// reach one scheduler. The composition root adds the timer and the notifications (app/root/AutoBackupRuntime).
import type { AutoBackupReason, AutoBackupWriteResult } from '../../../../src-main/contract';
import { onDataChanged } from '../../db/changes';
import { AutoBackupScheduler, type AutoBackupReport } from './autoBackupScheduler';
import type { Services } from './services';

export interface ConnectedAutoBackups {
  scheduler: AutoBackupScheduler;
  stop(): void;
}

export function connectAutoBackups(
  services: Services,
  write: (reason: AutoBackupReason) => Promise<AutoBackupWriteResult>,
  report: AutoBackupReport,
): ConnectedAutoBackups {
  const scheduler = new AutoBackupScheduler({
    clock: services.clock,
    write,
    report: {
      ...report,
      written: (backup) => {
        report.written(backup);
        services.autoBackups.written();
      },
    },
  });
  const stops = [
    services.autoBackups.onRequest((reason) => scheduler.request(reason)),
    onDataChanged(services.db, () => scheduler.markChanged()),
  ];
  return { scheduler, stop: () => stops.forEach((stop) => stop()) };
}
