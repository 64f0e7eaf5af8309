import { AppShell, Group, NavLink, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';

const NAV = [
  { href: '/', label: '首页', match: (path: string) => path === '/' },
  { href: '/activities', label: '活动', match: (path: string) => path.startsWith('/activities') },
  {
    href: '/rectification',
    label: '整改',
    match: (path: string) => path.startsWith('/rectification'),
  },
  { href: '/directory/people', label: '名册', match: (path: string) => path.startsWith('/directory') },
  { href: '/settings', label: '设置', match: (path: string) => path.startsWith('/settings') },
];

export function AppShellLayout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 180, breakpoint: 0 }} padding="lg">
      <AppShell.Header>
        <Group h="100%" px="lg" gap="sm">
          <Title order={3} c="red.8">
            询评
          </Title>
          <Text c="dimmed" size="sm">
            专题询问 · 工作评议 · 整改跟踪
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="主导航">
        {NAV.map((item) => (
          <NavLink
            key={item.href}
            component={Link}
            href={item.href}
            label={item.label}
            active={item.match(location)}
            fw={600}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
