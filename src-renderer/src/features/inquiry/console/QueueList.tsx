import { Badge, Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { memo, useCallback, useEffect, useRef } from 'react';
import type { ConsoleState } from '../../../domain/inquiry/consoleState';
import type { Question } from '../../../domain/inquiry/question';

interface Names {
  asker: (q: Question) => string;
  units: (q: Question) => string;
}

interface Badge {
  label: string;
  color: string;
}
const DEFERRED: Badge = { label: '暂缓', color: 'yellow' };
const SKIPPED: Badge = { label: '已跳过', color: 'gray' };
const DONE: Badge = { label: '已完成', color: 'green' };

/**
 * One question. Memoised: a key changes one or two rows of a 300-question meeting, and re-rendering them all
 * kept the window busy (the projector, in the same process when both are frames of one page, waited for it).
 */
const Row = memo(function Row({
  q,
  names,
  selected,
  badge,
  onSelect,
}: {
  q: Question;
  names: Names;
  selected: boolean;
  badge?: Badge;
  onSelect?: (id: string) => void;
}) {
  const ref = useRef<HTMLButtonElement>(null);
  // The announced next question stays in view, however far ↓ walked or the queue changed.
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected, q.id]);
  return (
    <UnstyledButton
      ref={ref}
      onClick={onSelect ? () => onSelect(q.id) : undefined}
      aria-current={selected ? 'true' : undefined}
      aria-label={`第 ${q.order} 题 ${names.asker(q)} 问 ${names.units(q)}`}
      p="xs"
      style={{
        borderRadius: 6,
        border: selected ? '2px solid var(--mantine-color-red-7)' : '1px solid var(--mantine-color-gray-3)',
        background: selected ? 'var(--mantine-color-red-0)' : undefined,
        opacity: badge && badge.label !== '暂缓' ? 0.6 : 1,
      }}
    >
      <Group gap={6} wrap="nowrap" align="baseline">
        <Text fw={700} w={28}>
          {q.order}
        </Text>
        <Text fw={600}>{names.asker(q)}</Text>
        <Text c="dimmed">→</Text>
        <Text>{names.units(q)}</Text>
        {q.unplanned ? (
          <Badge size="xs" color="orange">
            临时
          </Badge>
        ) : null}
        {badge ? (
          <Badge size="xs" color={badge.color}>
            {badge.label}
          </Badge>
        ) : null}
      </Group>
      {q.text ? (
        <Text size="xs" c="dimmed" lineClamp={1} ml={34}>
          {q.text}
        </Text>
      ) : null}
    </UnstyledButton>
  );
});

/** 待询问 (the live queue, selectable) and 已询问 / 已跳过 (done). */
export function QueueList({
  state,
  names,
  selectedId,
  onSelect,
}: {
  state: ConsoleState;
  names: Names;
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  // The same function across renders, so unchanged rows are not rendered again.
  const latest = useRef(onSelect);
  useEffect(() => {
    latest.current = onSelect;
  });
  const select = useCallback((id: string) => latest.current(id), []);
  const byId = new Map(state.questions.map((q) => [q.id, q]));
  const queue = state.queue.flatMap((id) => (byId.get(id) ? [byId.get(id)!] : []));
  const skipped = state.questions.filter((q) => state.progress[q.id]?.status === 'skipped');
  const done = state.questions.filter((q) => state.progress[q.id]?.status === 'done');
  return (
    <ScrollArea h="100%" type="auto">
      <Stack gap={6} aria-label="待询问">
        <Text fw={700}>待询问（{queue.length}）</Text>
        {queue.length === 0 ? <Text c="dimmed">没有等待的问题。按 A 临时增加。</Text> : null}
        {queue.map((q) => (
          <Row
            key={q.id}
            q={q}
            names={names}
            selected={q.id === selectedId}
            badge={state.progress[q.id]?.status === 'deferred' ? DEFERRED : undefined}
            onSelect={select}
          />
        ))}
        {skipped.length > 0 ? (
          <Text fw={700} mt="sm">
            已跳过（{skipped.length}）
          </Text>
        ) : null}
        {skipped.map((q) => (
          <Row
            key={q.id}
            q={q}
            names={names}
            selected={q.id === selectedId}
            badge={SKIPPED}
            onSelect={select}
          />
        ))}
        {done.length > 0 ? (
          <Text fw={700} mt="sm">
            已询问（{done.length}）
          </Text>
        ) : null}
        {done.map((q) => (
          <Row key={q.id} q={q} names={names} selected={false} badge={DONE} />
        ))}
      </Stack>
    </ScrollArea>
  );
}
