import { Alert, Badge, Box, Group, Kbd, Table, Text } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Subject, TierBallot } from '../../domain/votes/ballots';
import {
  ballotFromDraft,
  entryKeys,
  keyedLabel,
  type BallotDraft,
  type KeyedMark,
} from '../../domain/votes/entryKeys';
import { entryPosition, pressEntryKey, startEntry, type KeyEntryState } from '../../domain/votes/keyEntry';
import type { TierSettings } from '../../domain/votes/tiers';
import { errorMessage } from '../../ui/notify';
import { EntryPositionLine, ResumeHint } from './EntryPositionLine';
import { playRefusal } from './refusalSound';
import { noteOf, type SaveNote } from './saveNote';

const COLORS: Record<string, string> = {
  satisfied: 'green',
  fairly: 'teal',
  basic: 'yellow',
  unsatisfied: 'red',
  unknown: 'gray',
  abstain: 'gray',
  void: 'orange',
};

const FLASH_MS = 600;

function MarkBadge({ mark }: { mark: KeyedMark | null }) {
  if (!mark) return <Text c="dimmed">—</Text>;
  const color = COLORS[mark.kind === 'tier' ? mark.tier : mark.kind];
  return (
    <Badge color={color} variant={mark.kind === 'abstain' ? 'outline' : 'filled'} size="lg" radius="sm">
      {keyedLabel(mark)}
    </Badge>
  );
}

/**
 * One paper ballot typed from the keyboard: a key per subject in printed order (the cursor moves on by itself),
 * Backspace goes back, X marks the whole ballot void, Enter saves. A key not valid where the typist is, is refused
 * (domain/votes/keyEntry): nothing moves, the box flashes, a short sound plays and the message names the valid
 * keys. The box says, large, which paper and which unit the next key goes to. `onSave` resolves to a line to
 * show ("已保存第 12 张"; a warning as { text, error: true }) or throws; after a save the form clears for the next ballot. `focusSignal`: each change
 * puts the focus back in the box (after a dialog).
 */
export function BallotKeyForm({
  subjects,
  tiers,
  initial,
  initialWholeVoid = false,
  onSave,
  paperNo,
  focusSignal = 0,
  label = '测评票录入',
}: {
  subjects: readonly Subject[];
  tiers: TierSettings;
  initial?: BallotDraft;
  initialWholeVoid?: boolean;
  onSave: (ballot: Omit<TierBallot, 'id' | 'groupId'>) => Promise<SaveNote>;
  /** The paper being typed (第 N 张), shown at entry. */
  paperNo?: number | null;
  focusSignal?: number;
  label?: string;
}) {
  const [form, setForm] = useState<KeyEntryState>(() => startEntry(subjects, initial, initialWholeVoid));
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [flash, setFlash] = useState(false);
  const [focused, setFocused] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const flashTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => box.current?.focus(), [focusSignal]);
  useEffect(
    () => () => {
      if (flashTimer.current) clearTimeout(flashTimer.current);
    },
    [],
  );
  const { draft, cursor, wholeVoid } = form;
  const ctx = { tiers, subjects };
  const position = entryPosition(form, ctx);

  const refuse = (text: string) => {
    setMessage({ error: true, text });
    setFlash(true);
    if (flashTimer.current) clearTimeout(flashTimer.current);
    flashTimer.current = setTimeout(() => setFlash(false), FLASH_MS);
    playRefusal();
  };

  // The form clears as soon as Enter is pressed, so keys typed for the next ballot while this one is being
  // saved are not lost; if the save fails, the ballot comes back with the reason.
  const save = async () => {
    let ballot: Omit<TierBallot, 'id' | 'groupId'>;
    if (wholeVoid) ballot = { form: 'tiers', wholeVoid: true, marks: {} };
    else {
      const outcome = ballotFromDraft(draft, subjects, tiers, '', '');
      if ('problem' in outcome) {
        setForm({ ...form, cursor: outcome.index });
        refuse(outcome.problem);
        return;
      }
      ballot = { form: 'tiers', wholeVoid: false, marks: outcome.ballot.marks };
    }
    const saved = form;
    setForm(startEntry(subjects));
    setMessage(null);
    try {
      setMessage(noteOf(await onSave(ballot)));
    } catch (error) {
      setForm(saved);
      setMessage({ error: true, text: errorMessage(error) });
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const press = pressEntryKey(form, event.key, ctx);
    if (press.kind === 'pass') return;
    event.preventDefault();
    if (press.kind === 'save') void save();
    else if (press.kind === 'refused') refuse(press.message);
    else {
      setForm(press.state);
      setMessage(null);
    }
  };

  const keys = entryKeys(tiers);
  const border = flash
    ? '3px solid var(--mantine-color-red-6)'
    : focused
      ? '3px solid var(--mantine-color-blue-5)'
      : '3px dashed var(--mantine-color-gray-5)';
  return (
    <Box
      ref={box}
      tabIndex={0}
      role="group"
      aria-label={label}
      // In a dialog, Mantine's focus trap puts the focus here, not on the close button (where Enter closed
      // the 更正 dialog without saving).
      data-autofocus
      data-refused={flash ? 'true' : undefined}
      data-focused={focused ? 'true' : 'false'}
      onKeyDown={onKeyDown}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!box.current?.contains(event.relatedTarget)) setFocused(false);
      }}
      p="sm"
      style={{
        outline: 'none',
        border,
        borderRadius: 6,
        background: flash
          ? 'var(--mantine-color-red-0)'
          : focused
            ? undefined
            : 'var(--mantine-color-gray-0)',
        transition: 'background 120ms',
      }}
    >
      <ResumeHint shown={!focused} />
      <EntryPositionLine paperNo={paperNo} position={position} wholeVoid={wholeVoid} dimmed={!focused} />
      <Group gap={10} mb="xs">
        {keys.map((k) => (
          <Text key={k.key} size="sm">
            <Kbd>{k.key}</Kbd> {k.label}
          </Text>
        ))}
        <Text size="sm">
          <Kbd>X</Kbd> 整张作废
        </Text>
        <Text size="sm">
          <Kbd>Backspace</Kbd> 退回
        </Text>
        <Text size="sm">
          <Kbd>Enter</Kbd> 保存
        </Text>
      </Group>
      {wholeVoid ? (
        <Alert color="red" mb="xs" title="整张作废（废票）">
          这张票不计入任何测评对象，但计入收回票数。按 Enter 保存，再按 X 取消。
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
        {message?.text ?? (cursor >= subjects.length && !wholeVoid ? '已录完，按 Enter 保存这张票' : '')}
      </Text>
      <Table verticalSpacing={2} aria-label="本张测评票" style={{ opacity: wholeVoid ? 0.4 : 1 }}>
        <Table.Tbody>
          {subjects.map((subject, index) => (
            <Table.Tr
              key={subject.id}
              bg={index === cursor ? 'blue.0' : undefined}
              aria-current={index === cursor ? 'true' : undefined}
              onClick={() => {
                setForm({ ...form, cursor: index });
                box.current?.focus();
              }}
            >
              <Table.Td w={40} c="dimmed">
                {index + 1}
              </Table.Td>
              <Table.Td fw={index === cursor ? 700 : 400}>{subject.name}</Table.Td>
              <Table.Td w={130} aria-label={`${subject.name}录入`}>
                <MarkBadge mark={draft[index] ?? null} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
