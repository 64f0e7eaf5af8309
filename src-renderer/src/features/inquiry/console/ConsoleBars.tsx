// The console's rows that a key rarely changes (the title, the projector's controls, the agenda, the key legend):
// memoised, so that a key re-renders only what it changed (the console renders on every key of the meeting).
import { Button, Group, Kbd, Select, Text, Title } from '@mantine/core';
import { memo, useCallback, useLayoutEffect, useRef } from 'react';
import { Link } from 'wouter';
import type { ScreenMode } from '../../../app/runtime';
import type { AgendaItem } from '../../../domain/inquiry/agenda';
import { AnswererButton } from './AnswererButton';
import { CONSOLE_KEYS, keyOf, type ConsoleCommand } from './consoleKeys';
import { EndRehearsalButton } from './Rehearsal';

/** `callback` behind a function that never changes: memoised rows get it without rendering again. */
export function useStableCallback<A extends unknown[]>(callback: (...args: A) => void): (...args: A) => void {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}

/** 返回 (or 结束演练), the meeting's title and the window's name. */
export const ConsoleTitle = memo(function ConsoleTitle({
  activityId,
  title,
  rehearsal,
}: {
  activityId: string;
  title: string;
  rehearsal: boolean;
}) {
  return (
    <>
      {rehearsal ? (
        <EndRehearsalButton activityId={activityId} />
      ) : (
        <Button
          variant="subtle"
          component={Link}
          href={`/activities/${activityId}`}
          px="xs"
          style={{ flexShrink: 0 }}
        >
          ← 返回
        </Button>
      )}
      <Title order={4} lineClamp={1} title={title}>
        {title}
      </Title>
      <Text c="dimmed" size="sm" style={{ flexShrink: 0 }}>
        会议控制台
      </Text>
    </>
  );
});

/** 大屏控制: next shown (N), blank (K), open the projector (P) and the answerer's screen. */
export const ProjectorControls = memo(function ProjectorControls({
  activityId,
  mode,
  nextShown,
  blanked,
  run,
}: {
  activityId: string;
  mode: ScreenMode;
  nextShown: boolean;
  blanked: boolean;
  run: (command: ConsoleCommand) => void;
}) {
  return (
    <Group gap="xs" wrap="nowrap" aria-label="大屏控制">
      <Button
        variant={nextShown ? 'light' : 'default'}
        aria-pressed={nextShown}
        onClick={() => run('toggleNext')}
        rightSection={<Kbd size="xs">{keyOf('toggleNext')}</Kbd>}
      >
        {nextShown ? '大屏显示下一位' : '大屏隐藏下一位'}
      </Button>
      <Button
        color={blanked ? 'red' : 'gray'}
        variant={blanked ? 'filled' : 'default'}
        aria-pressed={blanked}
        onClick={() => run('toggleBlank')}
        rightSection={<Kbd size="xs">{keyOf('toggleBlank')}</Kbd>}
      >
        {blanked ? '恢复大屏' : '大屏黑屏'}
      </Button>
      <Button color="dark" onClick={() => run('projector')} rightSection={<Kbd size="xs">P</Kbd>}>
        打开大屏
      </Button>
      <AnswererButton activityId={activityId} mode={mode} />
    </Group>
  );
});

/** 当前议程: choosing an item starts it (the console asks first when leaving one would lose something). */
export const AgendaSelect = memo(function AgendaSelect({
  agenda,
  currentId,
  onChoose,
}: {
  agenda: readonly AgendaItem[];
  currentId: string | null;
  onChoose: (agendaItemId: string) => void;
}) {
  return (
    <Select
      aria-label="当前议程"
      w={230}
      placeholder="选择议程开始会议"
      value={currentId}
      data={agenda.map((a) => ({ value: a.id, label: `${a.order}. ${a.title}` }))}
      onChange={(value) => {
        if (value) onChoose(value);
        // Give the keyboard back to the console: keys are ignored while an input has focus.
        (document.activeElement as HTMLElement | null)?.blur();
      }}
      allowDeselect={false}
    />
  );
});

/** 快捷键: every key of the console (no V in a rehearsal). */
export const KeysLegend = memo(function KeysLegend({ rehearsal }: { rehearsal: boolean }) {
  return (
    <Group gap="md" aria-label="快捷键">
      {CONSOLE_KEYS.filter((k) => !(rehearsal && k.command === 'vote')).map((k) => (
        <Text key={k.command} size="xs" c="dimmed">
          <Kbd size="xs">{k.keyLabel}</Kbd> {k.label}
        </Text>
      ))}
    </Group>
  );
});
