import { Center, Loader, MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { Suspense, useState, type ReactNode } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { CloseGuard } from '../../features/settings/CloseGuard';
import { AppShellLayout } from '../../ui/AppShellLayout';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { theme } from '../../ui/theme';
import { RehearsalServices } from '../runtime/rehearsal';
import { ServicesProvider } from '../runtime/ServicesProvider';
import type { Services } from '../runtime/services';
import { systemServices } from '../runtime/systemServices';
import { AutoBackupRuntime } from './AutoBackupRuntime';
import { AnswererPage, ConsolePage, ProjectorPage, ScoringPage } from './pages';
import { Routes } from './Routes';
import { ScoringScreenGuard } from './ScoringScreenGuard';

function Loading() {
  return (
    <Center h="60vh">
      <Loader aria-label="正在加载" />
    </Center>
  );
}

function Page({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </ErrorBoundary>
  );
}

/** The composition root: services, theme, dialogs, notifications and the routes. */
export function App({ services: given }: { services?: Services }) {
  const [services] = useState(() => given ?? systemServices());
  return (
    <ServicesProvider services={services}>
      <MantineProvider theme={theme}>
        <ModalsProvider labels={{ confirm: '确定', cancel: '取消' }}>
          <Notifications position="bottom-right" />
          <Router hook={useHashLocation}>
            <AutoBackupRuntime />
            <ScoringScreenGuard>
              <Switch>
                {/* A rehearsal's screens (演练): the meeting's, on the rehearsal's throw-away copy. */}
                <Route path="/rehearsal/console/:id">
                  {(params) => (
                    <Page>
                      <RehearsalServices>
                        <ConsolePage id={params.id} />
                      </RehearsalServices>
                    </Page>
                  )}
                </Route>
                <Route path="/rehearsal/projector/:id">
                  {(params) => (
                    <Page>
                      <RehearsalServices>
                        <ProjectorPage id={params.id} />
                      </RehearsalServices>
                    </Page>
                  )}
                </Route>
                <Route path="/rehearsal/answerer/:id">
                  {(params) => (
                    <Page>
                      <RehearsalServices>
                        <AnswererPage id={params.id} />
                      </RehearsalServices>
                    </Page>
                  )}
                </Route>
                {/* Full-screen routes, without the navigation. */}
                <Route path="/console/:id">
                  {(params) => (
                    <Page>
                      <ConsolePage id={params.id} />
                    </Page>
                  )}
                </Route>
                <Route path="/projector/:id">
                  {(params) => (
                    <Page>
                      <ProjectorPage id={params.id} />
                    </Page>
                  )}
                </Route>
                <Route path="/answerer/:id">
                  {(params) => (
                    <Page>
                      <AnswererPage id={params.id} />
                    </Page>
                  )}
                </Route>
                <Route path="/scoring/:roundId/:groupId?">
                  {(params) => (
                    <Page>
                      <ScoringPage roundId={params.roundId} groupId={params.groupId} />
                    </Page>
                  )}
                </Route>
                <Route>
                  <AppShellLayout>
                    <CloseGuard />
                    <Page>
                      <Routes />
                    </Page>
                  </AppShellLayout>
                </Route>
              </Switch>
            </ScoringScreenGuard>
          </Router>
        </ModalsProvider>
      </MantineProvider>
    </ServicesProvider>
  );
}
