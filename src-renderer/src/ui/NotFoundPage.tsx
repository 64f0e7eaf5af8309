import { Button, EmptyState } from '@mantine/core';
import { Link } from 'wouter';

export function NotFoundPage() {
  return (
    <EmptyState mt="xl" title="找不到这个页面" description="链接可能已失效，或者对应的记录已被删除。">
      <EmptyState.Actions>
        <Button component={Link} href="/">
          回到首页
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
