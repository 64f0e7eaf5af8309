// This window is the scoring screen (评分模式): while it is held, every route of this window leads back to it
// (the browser's Back, a typed address), until the secretary leaves with the PIN. Held per window (session
// storage), so the secretary's other windows and the projector are not affected, and a reload keeps it.

const KEY = 'xunping.scoringScreen';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    return null; // storage refused (a locked-down browser): the screen works, only without the guard
  }
}

/** The path of the scoring screen this window is held on, or null. */
export function heldScoringScreen(): string | null {
  return storage()?.getItem(KEY) ?? null;
}

export function holdScoringScreen(path: string): void {
  storage()?.setItem(KEY, path);
}

export function releaseScoringScreen(): void {
  storage()?.removeItem(KEY);
}
