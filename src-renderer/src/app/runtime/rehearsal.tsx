// The screens of a rehearsal (演练) run under RehearsalServices: the same services with the rehearsal's
// throw-away database as their `db`, so the console, the projector and the 答询人提示屏 work unchanged on the
// copy. useScreenMode tells a screen which copy it shows (for its 演练 marks and the windows it opens).
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { ScreenMode } from '../../../../src-main/contract';
import { ServicesProvider, useServices } from './ServicesProvider';
import type { Services } from './services';

const ScreenModeContext = createContext<ScreenMode>('meeting');

/** The services of a rehearsal: its copy is the database. */
export function rehearsalServices(services: Services): Services {
  return { ...services, db: services.rehearsalDb };
}

/** Everything below works on the rehearsal's copy. */
export function RehearsalServices({ children }: { children: ReactNode }) {
  const services = useServices();
  const rehearsal = useMemo(() => rehearsalServices(services), [services]);
  return (
    <ServicesProvider services={rehearsal}>
      <ScreenModeContext.Provider value="rehearsal">{children}</ScreenModeContext.Provider>
    </ServicesProvider>
  );
}

/** 'rehearsal' below RehearsalServices, else 'meeting'. */
export function useScreenMode(): ScreenMode {
  return useContext(ScreenModeContext);
}
