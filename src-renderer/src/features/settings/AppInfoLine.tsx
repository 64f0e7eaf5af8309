import { Text } from '@mantine/core';
import { useAppInfo } from '../../app/queries';

export function AppInfoLine() {
  const info = useAppInfo();
  if (!info) return null;
  return (
    <Text size="sm" c="dimmed">
      询评 {info.version} ·{' '}
      {info.shell === 'electron' ? `数据目录：${info.dataPath ?? ''}` : '浏览器版，数据保存在本浏览器中'}
    </Text>
  );
}
