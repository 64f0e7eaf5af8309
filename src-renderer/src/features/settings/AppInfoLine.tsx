import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../../src-main/contract';
import { desktop } from '../../platform/desktop';

export function AppInfoLine() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    void desktop()
      .getAppInfo()
      .then((value) => {
        if (live) setInfo(value);
      });
    return () => {
      live = false;
    };
  }, []);
  if (!info) return null;
  return (
    <Text size="sm" c="dimmed">
      询评 {info.version} ·{' '}
      {info.shell === 'electron' ? `数据目录：${info.dataPath ?? ''}` : '浏览器版，数据保存在本浏览器中'}
    </Text>
  );
}
