import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { Router } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { AppShellLayout } from './AppShellLayout';
import { Routes } from './Routes';
import { theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme}>
      <ModalsProvider labels={{ confirm: '确定', cancel: '取消' }}>
        <Notifications position="top-right" />
        <Router hook={useHashLocation}>
          <AppShellLayout>
            <Routes />
          </AppShellLayout>
        </Router>
      </ModalsProvider>
    </MantineProvider>
  );
}
