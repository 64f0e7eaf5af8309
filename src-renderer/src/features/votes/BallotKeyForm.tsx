import { Alert, Badge, Box, Group, Kbd, Table, Text } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Subject, TierBallot } from '../../domain/votes/ballots';
import {
  ballotFromDraft,
  emptyDraft,
  entryKeys,
  keyedLabel,
  markForKey,
  WHOLE_VOID_KEY,
  type BallotDraft,
  type KeyedMark,
} from '../../domain/votes/entryKeys';
import type { TierSettings } from '../../domain/votes/tiers';
import { errorMessage } from '../../ui/notify';

const COLORS: Record<string, string> = {
  satisfied: 'green',
  fairly: 'teal',
  basic: 'yellow',
  unsatisfied: 'red',
  unknown: 'gray',
  abstain: 'gray',
  void: 'orange',
};

interface FormState {
  draft: BallotDraft;
  cursor: number;
  wholeVoid: boolean;
}

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
 * Backspace goes back, X marks the whole ballot void, Enter saves. `onSave` resolves to a line to show
 * ("已保存第 12 张") or throws; after a save the form clears for the next ballot.
 */
export function BallotKeyForm({
  subjects,
  tiers,
  initial,
  initialWholeVoid = false,
  onSave,
  label = '测评票录入',
}: {
  subjects: readonly Subject[];
  tiers: TierSettings;
  initial?: BallotDraft;
  initialWholeVoid?: boolean;
  onSave: (ballot: Omit<TierBallot, 'id' | 'groupId'>) => Promise<string>;
  label?: string;
}) {
  const [form, setForm] = useState<FormState>(() => ({
    draft: initial ?? emptyDraft(subjects),
    cursor: initial ? subjects.length : 0,
    wholeVoid: initialWholeVoid,
  }));
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), []);
  const { draft, cursor, wholeVoid } = form;

  // The form clears as soon as Enter is pressed, so keys typed for the next ballot while this one is being
  // saved are not lost; if the save fails, the ballot comes back with the reason.
  const save = async () => {
    let ballot: Omit<TierBallot, 'id' | 'groupId'>;
    if (wholeVoid) ballot = { form: 'tiers', wholeVoid: true, marks: {} };
    else {
      const outcome = ballotFromDraft(draft, subjects, tiers, '', '');
      if ('problem' in outcome) {
        setForm({ ...form, cursor: outcome.index });
        setMessage({ error: true, text: outcome.problem });
        return;
      }
      ballot = { form: 'tiers', wholeVoid: false, marks: outcome.ballot.marks };
    }
    const saved = form;
    setForm({ draft: emptyDraft(subjects), cursor: 0, wholeVoid: false });
    setMessage(null);
    try {
      setMessage({ error: false, text: await onSave(ballot) });
    } catch (error) {
      setForm(saved);
      setMessage({ error: true, text: errorMessage(error) });
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    let handled = true;
    if (key === 'Enter') void save();
    else if (key === 'Backspace') {
      const back = Math.max(0, cursor - 1);
      setForm({ ...form, draft: draft.map((m, i) => (i === back ? null : m)), cursor: back });
    } else if (key === 'ArrowUp') setForm({ ...form, cursor: Math.max(0, cursor - 1) });
    else if (key === 'ArrowDown') setForm({ ...form, cursor: Math.min(subjects.length, cursor + 1) });
    else if (key.toUpperCase() === WHOLE_VOID_KEY) setForm({ ...form, wholeVoid: !wholeVoid });
    else {
      const mark = markForKey(tiers, key);
      if (mark && cursor < subjects.length) {
        setForm({ ...form, draft: draft.map((m, i) => (i === cursor ? mark : m)), cursor: cursor + 1 });
      } else handled = mark !== null;
    }
    if (handled) {
      event.preventDefault();
      if (key !== 'Enter') setMessage(null);
    }
  };

  const keys = entryKeys(tiers);
  return (
    <Box
      ref={box}
      tabIndex={0}
      role="group"
      aria-label={label}
      onKeyDown={onKeyDown}
      p="sm"
      style={{ outline: 'none', border: '2px solid var(--mantine-color-blue-3)', borderRadius: 6 }}
    >
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
      <Text
        size="sm"
        mt="xs"
        c={message?.error ? 'red' : 'green.8'}
        role={message?.error ? 'alert' : 'status'}
        mih={22}
      >
        {message?.text ?? (cursor >= subjects.length && !wholeVoid ? '已录完，按 Enter 保存这张票' : '')}
      </Text>
    </Box>
  );
}
