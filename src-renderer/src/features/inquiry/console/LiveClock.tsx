import { Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { ConsoleState } from '../../../domain/inquiry/consoleState';
import { clockSeconds, cueFor, timerReading, type TimerReading } from '../../../domain/inquiry/timer';
import { plannedLengthText } from '../../../domain/settings/timerLength';
import { LevelNote, TimerDisplay } from '../../../ui/TimerDisplay';
import { useNow } from '../../../app/runtime';
import { ClockWarning } from './ConsoleNotices';
import { playCue } from './sound';

/**
 * The console's running clock. Only this part redraws with every tick (5 times a second); the rest of the
 * console redraws when the stored log changes. It also plays the cues: one per threshold crossed since
 * the previous tick, none right after a reload (there is no previous reading then).
 */
export function LiveClock({ state, muted }: { state: ConsoleState; muted: boolean }) {
  const now = useNow(200);
  const reading = timerReading(state, now);
  const previous = useRef<TimerReading | null>(null);
  useEffect(() => {
    const cue = cueFor(previous.current, reading);
    previous.current = reading;
    if (cue && !muted) playCue(cue);
  });

  return (
    <Stack align="center" gap={0} style={{ flex: 1, justifyContent: 'center' }}>
      <ClockWarning state={state} now={now} />
      {reading ? (
        <>
          <Text fz={28} fw={700} aria-label="计时阶段">
            {reading.label}
            {reading.paused ? '（已暂停）' : ''}
            {reading.ended ? '（已结束）' : ''}
          </Text>
          {/* On a dark ground like the projector, so the level colours look the same on both. */}
          <Stack align="center" gap={6} px="xl" py="sm" style={{ background: '#0b0f14', borderRadius: 12 }}>
            <TimerDisplay
              seconds={clockSeconds(reading)}
              level={reading.level}
              size="8rem"
              dim={!reading.running}
            />
            <LevelNote level={reading.level} size="1.6rem" />
          </Stack>
          <Text c="dimmed" aria-label="计划时长">
            {reading.unlimited ? '不限时（正计时）' : `计划 ${plannedLengthText(reading.plannedSeconds)}`}
          </Text>
        </>
      ) : (
        <Text c="dimmed" fz={24}>
          未计时
        </Text>
      )}
    </Stack>
  );
}
