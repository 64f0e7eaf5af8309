import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { leaveScoringMode } from '../../../app/commands/votesScoring';
import { releaseScoringScreen, useCommand } from '../../../app/runtime';
import type { VoteRound } from '../../../domain/votes/roundRecord';
import { errorMessage } from '../../../ui/notify';
import { leaveFullscreen, roundPath } from './scoringRoutes';

/** The key combination that asks to leave scoring mode (for the secretary; members are not told). */
export const EXIT_HOTKEY = 'ctrl+shift+Q';

/**
 * 退出评分模式: a small button and Ctrl+Shift+Q open a dialog that asks for the PIN chosen when the mode was
 * entered; a wrong PIN is refused and the screen stays. Leaving is logged (without names or counts).
 */
export function ExitScoring({ round }: { round: Pick<VoteRound, 'id' | 'activityId'> }) {
  const [asking, setAsking] = useState(false);
  useHotkeys([[EXIT_HOTKEY, () => setAsking(true), { preventDefault: true }]], []); // also in the search box

  return (
    <>
      <Button variant="subtle" color="gray" size="xs" onClick={() => setAsking(true)}>
        退出评分模式
      </Button>
      {asking ? <ExitDialog round={round} onClose={() => setAsking(false)} /> : null}
    </>
  );
}

function ExitDialog({
  round,
  onClose,
}: {
  round: Pick<VoteRound, 'id' | 'activityId'>;
  onClose: () => void;
}) {
  const [, navigate] = useLocation();
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { run, busy } = useCommand();

  const leave = async (event: FormEvent) => {
    event.preventDefault();
    if (!pin) {
      setProblem('请输入 PIN');
      return;
    }
    const left = await run(leaveScoringMode, { roundId: round.id, pin }, { quiet: true });
    if (!left.ok) {
      setProblem(errorMessage(left.error));
      setPin('');
      return;
    }
    releaseScoringScreen();
    leaveFullscreen();
    navigate(roundPath(round));
  };

  return (
    <Modal opened onClose={onClose} title="退出评分模式" centered>
      <form onSubmit={(event) => void leave(event)} noValidate>
        <Stack>
          <Text size="sm">
            仅限会务人员操作：退出评分模式须输入进入时设置的
            PIN。退出后回到本轮测评页面；正在投票的委员请先提交或返回签到。
          </Text>
          <PasswordInput
            label="PIN"
            inputMode="numeric"
            autoComplete="off"
            maxLength={6}
            data-autofocus
            value={pin}
            error={problem}
            onChange={(event) => {
              setPin(event.currentTarget.value);
              setProblem(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              继续评分
            </Button>
            <Button type="submit" color="red" loading={busy}>
              退出
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
