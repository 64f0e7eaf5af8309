// The automatic backups' signals (Services.autoBackups): a request from a command, a write from the runtime.
import type { AutoBackupReason } from '../../../../src-main/contract';
import type { AutoBackupEvents } from './services';

function listeners<T>() {
  const set = new Set<(value: T) => void>();
  return {
    add(listener: (value: T) => void): () => void {
      set.add(listener);
      return () => set.delete(listener);
    },
    fire(value: T): void {
      for (const listener of [...set]) {
        try {
          listener(value);
        } catch {
          // A listener's failure is its own; the command that signalled goes on.
        }
      }
    },
  };
}

export function createAutoBackupEvents(): AutoBackupEvents {
  const requested = listeners<AutoBackupReason>();
  const written = listeners<undefined>();
  return {
    request: (reason) => requested.fire(reason),
    onRequest: (listener) => requested.add(listener),
    written: () => written.fire(undefined),
    onWritten: (listener) => written.add(() => listener()),
  };
}
