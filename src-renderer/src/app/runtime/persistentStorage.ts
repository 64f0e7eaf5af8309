// Persistent storage (the browser promises not to evict the app's data under storage pressure): asked for
// once per start of the app, and the answer shown in 设置.
import { useEffect, useState } from 'react';
import type { DesktopApi } from '../../../../src-main/contract';
import { useServices } from './ServicesProvider';

const answers = new WeakMap<DesktopApi, Promise<boolean>>();

/** Asks the first time; later calls get the same answer without asking again. */
export function askPersistentStorage(desktop: DesktopApi): Promise<boolean> {
  let answer = answers.get(desktop);
  if (!answer) {
    answer = desktop.requestPersistentStorage().catch(() => false);
    answers.set(desktop, answer);
  }
  return answer;
}

/** Whether the app's storage is persistent; null until known. */
export function usePersistentStorage(): boolean | null {
  const { desktop } = useServices();
  const [persistent, setPersistent] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void askPersistentStorage(desktop).then((value) => {
      if (live) setPersistent(value);
    });
    return () => {
      live = false;
    };
  }, [desktop]);
  return persistent;
}
