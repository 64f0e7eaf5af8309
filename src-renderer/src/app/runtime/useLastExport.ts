import { useSyncExternalStore } from 'react';
import type { Instant } from '../../domain/time';
import { useServices } from './ServicesProvider';

/** When this browser last exported a backup (null: never); updates as soon as an export is saved. */
export function useLastExport(): Instant | null {
  const { lastExport } = useServices();
  return useSyncExternalStore(lastExport.subscribe, lastExport.read);
}
