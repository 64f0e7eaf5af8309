// The entry box takes the focus back after every dialog, confirmation and message of the round page, so the keys
// typed next go into the ballot (issue #10: keystrokes after a dialog were lost). The round page holds a signal;
// a dialog calls refocus() when it closes (with Mantine's returnFocus off, which would give the focus to the
// button that opened it); the key forms focus themselves whenever the signal changes.

import { createContext, useContext } from 'react';

export interface EntryFocus {
  /** Changes each time the entry box should take the focus back. */
  signal: number;
  refocus: () => void;
}

export const EntryFocusContext = createContext<EntryFocus>({ signal: 0, refocus: () => undefined });

export function useEntryFocus(): EntryFocus {
  return useContext(EntryFocusContext);
}
