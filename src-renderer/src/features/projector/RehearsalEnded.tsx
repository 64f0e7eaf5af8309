import { Box, Text } from '@mantine/core';
import { useEffect } from 'react';
import { PROJECTOR_DARK } from '../../ui/ProjectorView';

/**
 * A rehearsal's projector or 答询人提示屏 after 结束演练 wiped the copy: the window closes itself (Electron and
 * a popup the console opened may), else it says so, dark, with nothing of the rehearsal left on it.
 */
export function RehearsalEnded() {
  useEffect(() => {
    window.close();
  }, []);
  return (
    <Box h="100vh" bg={PROJECTOR_DARK} c="gray.5" p="xl">
      <Text fz={32}>演练已结束，可以关闭此窗口。</Text>
    </Box>
  );
}

/** 演练, small and dim in a corner of a rehearsal's 答询人提示屏; `ink` on a coloured ground. */
export function AnswererRehearsalMark({ ink }: { ink?: string }) {
  return (
    <Text
      aria-label="演练标记"
      c={ink ?? 'orange.4'}
      fw={700}
      style={{ position: 'absolute', top: '2vh', right: '2vw', fontSize: '3vh', opacity: 0.6 }}
    >
      演练
    </Text>
  );
}
