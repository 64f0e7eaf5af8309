import { describe, expect, it } from 'vitest';
import { createLastExportStore, LAST_EXPORT_KEY, type KeyValueStorage } from './lastExport';

function memoryStorage(): KeyValueStorage & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  };
}

describe('createLastExportStore', () => {
  it('keeps the moment in the storage, where a new page (a new store) reads it again', () => {
    const storage = memoryStorage();
    const store = createLastExportStore(storage);
    expect(store.read()).toBeNull();
    let told = 0;
    store.subscribe(() => (told += 1));
    store.remember(1_764_374_400_000);
    expect(told).toBe(1);
    expect(storage.values.get(LAST_EXPORT_KEY)).toBe('1764374400000');
    expect(createLastExportStore(storage).read()).toBe(1_764_374_400_000);
  });

  it('reads garbage as never, and keeps the moment in memory when the storage refuses', () => {
    const storage = memoryStorage();
    storage.values.set(LAST_EXPORT_KEY, 'yesterday');
    expect(createLastExportStore(storage).read()).toBeNull();

    const refusing: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = createLastExportStore(refusing);
    expect(store.read()).toBeNull();
    store.remember(42);
    expect(store.read()).toBe(42);
  });
});
