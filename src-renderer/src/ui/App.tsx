import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ConsolePage } from '../features/inquiry/console/ConsolePage';
import { ProjectorPage } from '../features/projector/ProjectorPage';
import { ScoringPage } from '../features/votes/scoring/ScoringPage';
import { AppShellLayout } from './AppShellLayout';
import { Routes } from './Routes';
import { theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme}>
      <ModalsProvider labels={{ confirm: '确定', cancel: '取消' }}>
        <Notifications position="bottom-right" />
        <Router hook={useHashLocation}>
          <Switch>
            {/* Full-screen routes, without the navigation. */}
            <Route path="/console/:id">{(params) => <ConsolePage id={params.id} />}</Route>
            <Route path="/projector/:id">{(params) => <ProjectorPage id={params.id} />}</Route>
            <Route path="/scoring/:roundId/:groupId?">
              {(params) => <ScoringPage roundId={params.roundId} groupId={params.groupId} />}
            </Route>
            <Route>
              <AppShellLayout>
                <Routes />
              </AppShellLayout>
            </Route>
          </Switch>
        </Router>
      </ModalsProvider>
    </MantineProvider>
  );
}
