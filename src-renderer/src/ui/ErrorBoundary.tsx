import { Alert, Button, Code, Stack, Text } from '@mantine/core';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * Catches a screen that fails to draw, so one bad record or a failed chunk load shows a message and a way
 * on instead of a blank window. The data is untouched: reloading the page tries again.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('screen failed', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Alert color="red" title="此页面未能显示" role="alert" m="md">
        <Stack gap="sm">
          <Text size="sm">
            已保存的数据没有受到影响。可以重新加载此页面；如果问题仍然出现，请在「设置」中导出备份后联系技术支持。
          </Text>
          <Code block>{error.message}</Code>
          <Button w="fit-content" onClick={() => window.location.reload()}>
            重新加载
          </Button>
        </Stack>
      </Alert>
    );
  }
}
