import { Alert, Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { clockWentBack } from '../../../domain/inquiry/clock';
import type { ConsoleState } from '../../../domain/inquiry/consoleState';
import { PHASE_LABELS } from '../../../domain/inquiry/question';

/** Warns when the PC clock is earlier than the last console action: timers hold until it catches up. */
export function ClockWarning({ state, now }: { state: ConsoleState; now: number }) {
  if (!clockWentBack(state.clock, now)) return null;
  return (
    <Alert color="red" title="电脑时间被调回了" py="xs">
      本机时间早于上一次操作的时间，计时会停在上一次操作时，直到时间追上。请检查电脑的日期和时间设置。
    </Alert>
  );
}

/** 结束会议, after a confirmation: the minutes then end at this moment. */
export function EndMeetingButton({
  state,
  enabled,
  onEnd,
}: {
  state: ConsoleState;
  enabled: boolean;
  onEnd: () => void;
}) {
  if (state.meetingEndedAt !== null) {
    return (
      <Button variant="light" color="gray" disabled>
        会议已结束
      </Button>
    );
  }
  return (
    <Button
      variant="outline"
      color="red"
      disabled={!enabled}
      onClick={() =>
        modals.openConfirmModal({
          title: '结束会议',
          children: (
            <>
              {state.activeSegment ? (
                <Text size="sm" fw={600}>
                  「{PHASE_LABELS[state.activeSegment.phase]}」正在计时，结束会议会停止计时。
                </Text>
              ) : null}
              <Text size="sm">结束后会议记录以此刻为会议结束时间。需要时可以撤销。</Text>
            </>
          ),
          labels: { confirm: '结束会议', cancel: '取消' },
          confirmProps: { color: 'red' },
          onConfirm: onEnd,
        })
      }
    >
      结束会议
    </Button>
  );
}
