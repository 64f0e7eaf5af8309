import { Alert, Badge, Box, Group, Kbd, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  pressProjectKey,
  projectBallotOf,
  projectKeysLine,
  startProjectEntry,
  type ProjectKeyState,
} from '../../domain/projects/projectKeyEntry';
import { errorMessage } from '../../ui/notify';
import { playRefusal } from '../votes';

const FLASH_MS = 600;

/**
 * One paper project ballot typed from the keyboard, as a 测评票 is: per candidate in ballot order 1 = 同意,
 * 0 or Space = not; X voids the whole ballot; Backspace goes back; Enter saves. A wrong key is refused with the
 * valid keys named, the box flashes and a short sound plays; nothing moves. Shows which paper (第 N 张) and
 * which candidate the next key goes to.
 */
export function ProjectBallotKeyForm({
  candidates,
  places,
  paperNo,
  onSave,
  label = '选票录入',
  focusSignal = 0,
  initial,
}: {
  candidates: readonly { id: string; name: string }[];
  places: number;
  paperNo: number | null;
  /** The box's accessible name (复核录入 types the same paper again). */
  label?: string;
  /** Changing it puts the focus back in the box (after the paper number was chosen). */
  focusSignal?: number;
  /** 更正: the ballot as entered, every candidate keyed (Backspace goes back to change one). */
  initial?: { marks: readonly string[]; void: boolean };
  /** What to say once saved: a note, or a warning (the paper was saved but needs attention). */
  onSave: (ballot: { marks: string[]; void: boolean }) => Promise<string | { error: boolean; text: string }>;
}) {
  const n = candidates.length;
  const [form, setForm] = useState<ProjectKeyState>(() =>
    initial
      ? {
          marks: candidates.map((c) => initial.marks.includes(c.id)),
          cursor: n,
          wholeVoid: initial.void,
        }
      : startProjectEntry(n),
  );
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [flash, setFlash] = useState(false);
  const [focused, setFocused] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => box.current?.focus(), [focusSignal]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  const names = candidates.map((c) => c.name);
  const ids = candidates.map((c) => c.id);
  const marked = form.marks.filter((m) => m === true).length;

  const refuse = (text: string) => {
    setMessage({ error: true, text });
    setFlash(true);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setFlash(false), FLASH_MS);
    playRefusal();
  };

  const save = async () => {
    const ballot = projectBallotOf(form, ids);
    if ('missing' in ballot) {
      setForm({ ...form, cursor: ballot.missing - 1 });
      refuse(`第 ${ballot.missing} 项“${names[ballot.missing - 1] ?? ''}”还没有录入`);
      return;
    }
    const saved = form;
    setForm(startProjectEntry(n));
    setMessage(null);
    try {
      const note = await onSave(ballot);
      setMessage(typeof note === 'string' ? { error: false, text: note } : note);
    } catch (error) {
      setForm(saved);
      setMessage({ error: true, text: errorMessage(error) });
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const press = pressProjectKey(form, event.key, names);
    if (press.kind === 'pass') return;
    event.preventDefault();
    if (press.kind === 'save') void save();
    else if (press.kind === 'refused') refuse(press.message);
    else {
      setForm(press.state);
      setMessage(null);
    }
  };

  const current =
    form.cursor < n ? `第 ${form.cursor + 1} 项：${names[form.cursor] ?? ''}` : '已录完，按 Enter 保存';
  return (
    <Box
      ref={box}
      tabIndex={0}
      role="group"
      aria-label={label}
      data-autofocus
      data-refused={flash ? 'true' : undefined}
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!box.current?.contains(event.relatedTarget)) setFocused(false);
      }}
      p="sm"
      style={{
        outline: 'none',
        borderRadius: 6,
        border: flash
          ? '3px solid var(--mantine-color-red-6)'
          : focused
            ? '3px solid var(--mantine-color-blue-5)'
            : '3px dashed var(--mantine-color-gray-5)',
        background: flash
          ? 'var(--mantine-color-red-0)'
          : focused
            ? undefined
            : 'var(--mantine-color-gray-0)',
      }}
    >
      {/* Hidden, not removed, when focused: leaving the box must not move what is below it under the pointer. */}
      <Text
        c="orange.8"
        fw={700}
        mb="xs"
        aria-hidden={focused}
        style={{ visibility: focused ? 'hidden' : 'visible' }}
      >
        点击此框后继续录入
      </Text>
      <Group justify="space-between" mb="xs">
        <Title order={3} data-testid="paper-no">
          {paperNo === null ? '票号未填' : `第 ${paperNo} 张`}
        </Title>
        <Title order={4} c={form.wholeVoid ? 'red' : undefined}>
          {form.wholeVoid ? '整张作废' : current}
        </Title>
        <Text ff="monospace" size="lg" aria-label="已录入的键">
          {projectKeysLine(form) || ' '}
        </Text>
      </Group>
      <Group gap={10} mb="xs">
        <Text size="sm">
          <Kbd>1</Kbd> 同意
        </Text>
        <Text size="sm">
          <Kbd>0</Kbd> / <Kbd>空格</Kbd> 不同意
        </Text>
        <Text size="sm">
          <Kbd>X</Kbd> 整张作废
        </Text>
        <Text size="sm">
          <Kbd>Backspace</Kbd> 退回
        </Text>
        <Text size="sm">
          <Kbd>Enter</Kbd> 保存
        </Text>
        <Text size="sm" c={marked > places ? 'red' : 'dimmed'} fw={marked > places ? 700 : 400}>
          已同意 {marked} 项{marked > places ? `，超过限选的 ${places} 项，保存后为多选无效票` : ''}
        </Text>
      </Group>
      {form.wholeVoid ? (
        <Alert color="red" mb="xs" title="整张作废（废票）">
          这张票不计入任何项目，但计入收回票数。按 Enter 保存，再按 X 取消。
        </Alert>
      ) : null}
      <Text
        size="sm"
        mb="xs"
        fw={message?.error ? 700 : 400}
        c={message?.error ? 'red' : 'green.8'}
        role={message?.error ? 'alert' : 'status'}
        mih={22}
      >
        {message?.text ?? ''}
      </Text>
      <Table verticalSpacing={2} aria-label="本张选票" style={{ opacity: form.wholeVoid ? 0.4 : 1 }}>
        <Table.Tbody>
          {candidates.map((c, i) => {
            const mark = form.marks[i];
            return (
              <Table.Tr key={c.id} bg={i === form.cursor ? 'var(--mantine-color-blue-0)' : undefined}>
                <Table.Td w={40}>{i + 1}</Table.Td>
                <Table.Td>{c.name}</Table.Td>
                <Table.Td w={90}>
                  {mark === true ? (
                    <Badge color="green" radius="sm">
                      同意
                    </Badge>
                  ) : mark === false ? (
                    <Badge color="gray" variant="outline" radius="sm">
                      不同意
                    </Badge>
                  ) : (
                    <Text c="dimmed">—</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
