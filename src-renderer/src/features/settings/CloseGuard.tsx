import { useEffect } from 'react';
import { useAppInfo, useIsEmpty, useLastPublishedAt } from '../../app/queries';
import { useLastExport, useNow } from '../../app/runtime';
import { exportReminder } from '../../domain/backup/reminder';

/**
 * The browser build keeps no automatic backups: while a published result has not been exported yet, closing
 * or reloading the tab asks first (the browser's own 离开此网站？ dialog). Renders nothing; Electron needs none.
 */
export function CloseGuard() {
  const info = useAppInfo();
  const lastExportAt = useLastExport();
  const empty = useIsEmpty();
  const lastPublishedAt = useLastPublishedAt();
  const now = useNow(60_000);
  const unsaved =
    info?.shell === 'browser' &&
    empty === false &&
    lastPublishedAt !== undefined &&
    exportReminder({ now, lastExportAt, hasData: true, lastPublishedAt })?.kind === 'published';

  useEffect(() => {
    if (!unsaved) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium needs returnValue set; the browser shows its own text.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);
  return null;
}
