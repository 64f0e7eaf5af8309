import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { leaveScoringMode } from '../../../app/commands/votesScoring';
import { useCommand } from '../../../app/runtime';
import type { VoteRound } from '../../../domain/votes/roundRecord';
import { leaveFullscreen, roundPath } from './scoringRoutes';

/** The key combination that asks to leave scoring mode (for the secretary; members are not told). */
export const EXIT_HOTKEY = 'ctrl+shift+Q';

/**
 * 退出评分模式: a small button and Ctrl+Shift+Q, both asking for confirmation, so that a member cannot wander
 * from the ballot into the rest of the app. Leaving is logged (without names or counts).
 */
export function ExitScoring({ round }: { round: Pick<VoteRound, 'id' | 'activityId'> }) {
  const [, navigate] = useLocation();
  const [asking, setAsking] = useState(false);
  const { run, busy } = useCommand();
  useHotkeys([[EXIT_HOTKEY, () => setAsking(true), { preventDefault: true }]], []); // also in the search box

  const leave = async () => {
    // Leaving is logged; when the log fails the secretary is told, and leaves all the same.
    await run(leaveScoringMode, { roundId: round.id }, { failTitle: '退出记录未保存' });
    leaveFullscreen();
    navigate(roundPath(round));
  };

  return (
    <>
      <Button variant="subtle" color="gray" size="xs" onClick={() => setAsking(true)}>
        退出评分模式
      </Button>
      {asking ? (
        <Modal opened onClose={() => setAsking(false)} title="退出评分模式" centered>
          <Stack>
            <Text size="sm">
              仅限会务人员操作。退出后回到本轮测评页面；正在投票的委员请先提交或返回签到。
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setAsking(false)} data-autofocus>
                继续评分
              </Button>
              <Button color="red" loading={busy} onClick={() => void leave()}>
                退出
              </Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
    </>
  );
}
