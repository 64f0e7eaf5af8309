import type { ReactNode } from 'react';
import { Redirect, useLocation } from 'wouter';
import { heldScoringScreen } from '../runtime/scoringScreen';

/**
 * While this window is held on the scoring screen, any other route (the browser's Back from 已提交, a typed
 * address) is replaced by the scoring screen, which starts again at its check-in list. Leaving takes the PIN.
 */
export function ScoringScreenGuard({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const held = heldScoringScreen();
  if (held && location !== held) return <Redirect to={held} replace />;
  return <>{children}</>;
}
