import { Badge, Button, Group, Kbd, Paper, Stack, Text, Title } from '@mantine/core';
import { agendaItemWithSpeaker } from '../../../domain/inquiry/agenda';
import type { ConsoleAction } from '../../../domain/inquiry/consoleEvents';
import type { ConsoleState } from '../../../domain/inquiry/consoleState';
import { PHASE_LABELS, type Question } from '../../../domain/inquiry/question';
import { keyOf, type ConsoleCommand } from './consoleKeys';
import { LiveClock } from './LiveClock';

const BUTTONS: { command: ConsoleCommand; label: string; color?: string }[] = [
  { command: 'startPause', label: '开始 / 暂停' },
  { command: 'nextPhase', label: '下一阶段' },
  { command: 'followUp', label: '追问' },
  { command: 'supplement', label: '补充回答' },
  { command: 'finish', label: '结束本题', color: 'green' },
  { command: 'defer', label: '暂缓' },
  { command: 'stopTimer', label: '停止计时' },
  { command: 'statement', label: '表态发言' },
];

export function CommandButton({
  command,
  label,
  enabled,
  run,
  color,
}: {
  command: ConsoleCommand;
  label: string;
  enabled: boolean;
  run: (command: ConsoleCommand) => void;
  color?: string;
}) {
  return (
    <Button
      variant={enabled ? 'filled' : 'default'}
      color={color ?? 'red'}
      disabled={!enabled}
      onClick={() => run(command)}
      rightSection={<Kbd size="xs">{keyOf(command)}</Kbd>}
    >
      {label}
    </Button>
  );
}

/** The question being asked, its phases, the big timer and the controls. */
export function CurrentPanel({
  state,
  muted,
  names,
  actions,
  run,
}: {
  state: ConsoleState;
  muted: boolean;
  names: { asker: (q: Question) => string; units: (q: Question) => string };
  actions: Partial<Record<ConsoleCommand, ConsoleAction | null>>;
  run: (command: ConsoleCommand) => void;
}) {
  const q = state.currentQuestion;
  const item = state.currentAgendaItem;
  const lastSegment = state.segments.at(-1);
  // The 表态发言 running, or stopped within the current agenda item (as the projector shows it).
  const statementOn =
    lastSegment?.questionId === null &&
    (lastSegment.endedAt === null || lastSegment.agendaItemId === state.currentAgendaItemId);
  const statementSpeaker = statementOn ? lastSegment.speaker : null;
  return (
    <Paper withBorder p="lg" h="100%">
      <Stack gap="md" h="100%">
        {q ? (
          <Stack gap={4} aria-label="当前问题">
            <Text c="dimmed">
              第 {q.order} 题{q.unplanned ? '（临时增加）' : ''}
            </Text>
            <Title order={2}>
              {names.asker(q)} → {names.units(q)}
              {q.respondentName ? ` / ${q.respondentName}` : ''}
            </Title>
            {q.text ? <Text lineClamp={3}>{q.text}</Text> : null}
            <Group gap={6} mt={4} aria-label="阶段">
              {state.phases.map((p, i) => (
                <Badge
                  key={i}
                  size="lg"
                  variant={i === state.phases.length - 1 ? 'filled' : 'light'}
                  color="red"
                >
                  {PHASE_LABELS[p]}
                </Badge>
              ))}
              {state.phases.length === 0 ? <Text c="dimmed">按空格开始提问</Text> : null}
            </Group>
          </Stack>
        ) : (
          <Stack gap={4} aria-label="当前问题">
            {item ? (
              <Text fw={600} size="lg" aria-label="当前议程项">
                议程 {item.order}：{agendaItemWithSpeaker(item)}
              </Text>
            ) : null}
            {statementSpeaker ? (
              <Text fw={600} size="lg" c="red" aria-label="表态发言人">
                表态发言：{statementSpeaker}
              </Text>
            ) : null}
            <Text c="dimmed">当前没有进行中的问题</Text>
            <Title order={2}>
              {state.next
                ? `下一题：${names.asker(state.next)} → ${names.units(state.next)}`
                : '问题已全部询问完毕'}
            </Title>
            <Text c="dimmed">在右侧选择问题后按 Enter 开始；主持人点名谁，就选谁的问题。</Text>
          </Stack>
        )}
        <LiveClock state={state} muted={muted} />
        <Group gap="xs">
          {BUTTONS.map((b) => (
            <CommandButton key={b.command} {...b} enabled={!!actions[b.command]} run={run} />
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}
