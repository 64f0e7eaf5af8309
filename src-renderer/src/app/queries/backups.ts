// Reads of the backups: the automatic backups kept by the desktop, and what the browser's reminder to export
// needs from the database.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Instant } from '../../domain/time';
import type { Services } from '../runtime/services';
import { useServices } from '../runtime/ServicesProvider';

type Desktop = Services['desktop'];
type BackupStatus = Awaited<ReturnType<Desktop['backupStatus']>>;
type AutoBackupInfo = Awaited<ReturnType<Desktop['listAutoBackups']>>[number];

/** When the latest round was published; null when none is; undefined while loading. */
export function useLastPublishedAt(): Instant | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const rounds = await db.voteRounds.toArray();
    const times = rounds.flatMap((round) => (round.published ? [round.published.publishedAt] : []));
    return times.length === 0 ? null : Math.max(...times);
  }, [db]);
}

export interface AutoBackupsView {
  status: BackupStatus;
  /** Newest first. */
  backups: AutoBackupInfo[];
}

/** How often the list is read again while shown (the restore command writes backups too). */
const REFRESH_MS = 60_000;

/**
 * The automatic backups and the folder's status; read again after each automatic backup and every minute.
 * null until the desktop answers.
 */
export function useAutoBackups(): AutoBackupsView | null {
  const { desktop, autoBackups } = useServices();
  const [view, setView] = useState<AutoBackupsView | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void Promise.all([desktop.backupStatus(), desktop.listAutoBackups()]).then(
        ([status, backups]) => {
          if (live) setView({ status, backups });
        },
        () => undefined,
      );
    load();
    const stop = autoBackups.onWritten(load);
    const timer = window.setInterval(load, REFRESH_MS);
    return () => {
      live = false;
      stop();
      window.clearInterval(timer);
    };
  }, [desktop, autoBackups]);
  return view;
}
