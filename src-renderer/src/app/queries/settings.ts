// Reads of the 设置 page that are not in the database.
import { useEffect, useState } from 'react';
import type { Services } from '../runtime/services';
import { useServices } from '../runtime/ServicesProvider';

type AppInfo = Awaited<ReturnType<Services['desktop']['getAppInfo']>>;

/** The app's version and where it keeps its data; null until the desktop answers. */
export function useAppInfo(): AppInfo | null {
  const { desktop } = useServices();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    void desktop.getAppInfo().then((value) => {
      if (live) setInfo(value);
    });
    return () => {
      live = false;
    };
  }, [desktop]);
  return info;
}
