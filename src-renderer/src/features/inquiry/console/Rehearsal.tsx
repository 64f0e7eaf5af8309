import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { Link, useLocation } from 'wouter';
import { endRehearsal, startRehearsal } from '../../../app/commands/rehearsal';
import { useCommand } from '../../../app/runtime';

/** The route of a rehearsal's console (the screens of a rehearsal live under /rehearsal, App.tsx). */
const rehearsalConsole = (activityId: string) => `/rehearsal/console/${activityId}`;

/**
 * 「演练」 on the inquiry's page: a fresh throw-away copy of the meeting as planned, and its console. The meeting
 * itself (its log, status, minutes and 操作日志) is only read.
 */
export function RehearsalButton({ activityId }: { activityId: string }) {
  const { run, busy } = useCommand();
  const [, navigate] = useLocation();
  const start = async () => {
    const result = await run(startRehearsal, { activityId }, { failTitle: '演练未开始' });
    if (result.ok) navigate(rehearsalConsole(activityId));
  };
  return (
    <Button
      variant="outline"
      color="orange"
      loading={busy}
      onClick={() => void start()}
      title="在会议的副本上练习控制台，不计入会议记录"
    >
      演练
    </Button>
  );
}

/** Said on a rehearsal's console, all the time (with the orange frame round it). */
export function RehearsalBanner() {
  return (
    <Text
      role="status"
      aria-label="演练中"
      bg="orange.7"
      c="white"
      fw={700}
      size="sm"
      px="sm"
      py={6}
      mr="auto"
      lineClamp={1}
      style={{ borderRadius: 4, minWidth: 0 }}
      title="这是会议的副本：计时、问题和记录都不进入正式会议和会议记录；点「结束演练」全部丢弃。"
    >
      演练中：在副本上练习，不进入正式会议和会议记录
    </Text>
  );
}

/** 结束演练: asks, discards the copy, and goes back to the inquiry's page. */
export function EndRehearsalButton({ activityId }: { activityId: string }) {
  const { run } = useCommand();
  const [, navigate] = useLocation();
  const end = () =>
    modals.openConfirmModal({
      title: '结束演练',
      children: <Text size="sm">演练中的计时、问题和记录将全部丢弃，正式会议不受影响。</Text>,
      labels: { confirm: '结束并丢弃', cancel: '继续演练' },
      confirmProps: { color: 'orange' },
      onConfirm: () =>
        void run(endRehearsal, undefined, { failTitle: '演练未结束' }).then((result) => {
          if (result.ok) navigate(`/activities/${activityId}`);
        }),
    });
  return (
    <Button
      color="orange"
      px="sm"
      style={{ flexShrink: 0 }}
      onClick={(event) => {
        event.currentTarget.blur();
        end();
      }}
    >
      结束演练
    </Button>
  );
}

/** A rehearsal's console with no rehearsal behind it (ended, or never started in this browser). */
export function RehearsalGone() {
  return (
    <Center h="80vh">
      <Stack align="center">
        <Title order={3}>没有进行中的演练</Title>
        <Text c="dimmed">演练已结束或尚未开始。请在专题询问页面点「演练」重新开始。</Text>
        <Button component={Link} href="/activities" variant="default">
          返回活动列表
        </Button>
      </Stack>
    </Center>
  );
}
