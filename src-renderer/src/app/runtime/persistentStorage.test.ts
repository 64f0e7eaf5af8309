import { describe, expect, it } from 'vitest';
import { recordingDesktop } from '../testing/services';
import { askPersistentStorage } from './persistentStorage';

describe('askPersistentStorage', () => {
  it('asks the browser once and gives the same answer afterwards; a failure is "not persistent"', async () => {
    const desktop = recordingDesktop();
    let asked = 0;
    desktop.requestPersistentStorage = async () => {
      asked += 1;
      return true;
    };
    expect(await askPersistentStorage(desktop)).toBe(true);
    expect(await askPersistentStorage(desktop)).toBe(true);
    expect(asked).toBe(1);

    const refusing = recordingDesktop();
    refusing.requestPersistentStorage = () => Promise.reject(new Error('no'));
    expect(await askPersistentStorage(refusing)).toBe(false);
  });
});
