import { describe, expect, it } from 'vitest';
import { CONSOLE_KEYS, dialogOpen } from './consoleKeys';

describe('console keys', () => {
  it('sees an open modal dialog by its role and aria-modal', () => {
    const asked: string[] = [];
    const doc = (found: boolean) => ({
      querySelector: (selector: string) => {
        asked.push(selector);
        return found ? ({} as Element) : null;
      },
    });
    expect(dialogOpen(doc(true) as Pick<Document, 'querySelector'>)).toBe(true);
    expect(dialogOpen(doc(false) as Pick<Document, 'querySelector'>)).toBe(false);
    expect(asked[0]).toBe('[role="dialog"][aria-modal="true"]');
  });

  it('binds each key once', () => {
    const keys = CONSOLE_KEYS.map((k) => k.hotkey.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });
});
