import { Box, Button, Checkbox, Group, NumberInput, Table, Text } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ScoreBallot, Subject } from '../../domain/votes/ballots';
import type { Criterion } from '../../domain/votes/rules';
import {
  emptySheetDraft,
  sheetFromDraft,
  sheetRowLabel,
  type SheetDraft,
} from '../../domain/votes/sheetEntry';
import { errorMessage } from '../../ui/notify';
import { playRefusal } from './refusalSound';
import { noteOf, type SaveNote } from './saveNote';

const FLASH_MS = 600;

/** Points outside 0..max are refused before saving: on paper they would be a typo far more often than a vote. */
function outOfBounds(
  draft: SheetDraft,
  subjects: readonly Subject[],
  criteria: readonly Criterion[],
): string | null {
  for (const [index, row] of draft.entries()) {
    for (const criterion of criteria) {
      const points = row.points[criterion.id];
      if (points !== null && points !== undefined && (points < 0 || points > criterion.max)) {
        return `第 ${index + 1} 项“${subjects[index]?.name}”的“${criterion.name}”为 ${points} 分，应在 0 至 ${criterion.max} 分之间`;
      }
    }
  }
  return null;
}

/**
 * One paper score sheet typed from the keyboard: points per subject and criterion; Tab or Enter moves to the
 * next box, Enter in the last box (or Ctrl+Enter anywhere) saves and clears the form.
 */
export function SheetKeyForm({
  subjects,
  criteria,
  initial,
  onSave,
  paperNo,
  focusSignal = 0,
  label = '评分表录入',
}: {
  subjects: readonly Subject[];
  criteria: readonly Criterion[];
  initial?: SheetDraft;
  /** The paper being typed (第 N 张), shown at entry. */
  paperNo?: number | null;
  /** Each change puts the focus back in the first box (after a dialog). */
  focusSignal?: number;
  label?: string;
  onSave: (ballot: Omit<ScoreBallot, 'id' | 'groupId'>) => Promise<SaveNote>;
}) {
  const [draft, setDraft] = useState<SheetDraft>(initial ?? emptySheetDraft(subjects, criteria));
  // What each box shows while typing ("23." on the way to 23.5); the draft holds the numbers.
  const [raw, setRaw] = useState<Record<string, number | string>>({});
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [flash, setFlash] = useState(false);
  const flashTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (flashTimer.current) clearTimeout(flashTimer.current);
    },
    [],
  );
  const box = useRef<HTMLDivElement>(null);
  const cells = () => [
    ...(box.current?.querySelectorAll<HTMLInputElement>('input[data-cell]:not(:disabled)') ?? []),
  ];
  useEffect(() => {
    const inside = box.current?.contains(document.activeElement);
    if (!inside) cells()[0]?.focus();
  }, [focusSignal]);

  const save = async () => {
    const bounds = outOfBounds(draft, subjects, criteria);
    const outcome = sheetFromDraft(draft, subjects, criteria, '', '');
    const problem = bounds ?? ('problem' in outcome ? outcome.problem : null);
    if (problem || !('ballot' in outcome)) {
      setMessage({ error: true, text: problem ?? '' });
      return;
    }
    try {
      const note = await onSave({ form: 'scoreSheet', wholeVoid: false, marks: outcome.ballot.marks });
      setDraft(emptySheetDraft(subjects, criteria));
      setRaw({});
      setMessage(noteOf(note));
      cells()[0]?.focus();
    } catch (error) {
      setMessage({ error: true, text: errorMessage(error) });
    }
  };
  // A key that cannot be part of a score is refused as in ballot entry: nothing changes, the form flashes, a short
  // sound plays and the message says which keys are valid.
  const refuse = (text: string) => {
    setMessage({ error: true, text });
    setFlash(true);
    if (flashTimer.current) clearTimeout(flashTimer.current);
    flashTimer.current = setTimeout(() => setFlash(false), FLASH_MS);
    playRefusal();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const inCell = event.target instanceof HTMLInputElement && event.target.dataset['cell'] !== undefined;
    const printable = event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
    if (inCell && printable && !/^[0-9.]$/.test(event.key)) {
      event.preventDefault();
      refuse(`“${event.key}”不是分数：请按数字键 0–9（可带一位小数），Tab 或 Enter 移到下一格`);
      return;
    }
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const list = cells();
    const index = list.indexOf(event.target as HTMLInputElement);
    if (event.ctrlKey || index === list.length - 1) void save();
    else list[index + 1]?.focus();
  };
  const setPoints = (row: number, criterionId: string, value: number | string) => {
    setRaw({ ...raw, [`${row}:${criterionId}`]: value });
    const parsed = typeof value === 'number' ? value : value.trim() === '' ? null : Number(value);
    const points = parsed !== null && Number.isFinite(parsed) ? parsed : null;
    setDraft(draft.map((r, i) => (i === row ? { ...r, points: { ...r.points, [criterionId]: points } } : r)));
    const criterion = criteria.find((c) => c.id === criterionId);
    if (criterion && points !== null && points > criterion.max)
      refuse(
        `第 ${row + 1} 项“${subjects[row]?.name}”的“${criterion.name}”为 ${points} 分，应在 0 至 ${criterion.max} 分之间`,
      );
  };
  const setAbstain = (row: number, abstain: boolean) => {
    if (abstain)
      setRaw(Object.fromEntries(Object.entries(raw).filter(([key]) => !key.startsWith(`${row}:`))));
    const blank = Object.fromEntries(criteria.map((c) => [c.id, null]));
    setDraft(draft.map((r, i) => (i === row ? { abstain, points: abstain ? blank : r.points } : r)));
  };

  return (
    <Box
      ref={box}
      onKeyDown={onKeyDown}
      role="group"
      aria-label={label}
      data-refused={flash ? 'true' : undefined}
      style={{
        outline: flash ? '3px solid var(--mantine-color-red-6)' : undefined,
        transition: 'outline-color 120ms',
      }}
    >
      {paperNo ? (
        <Text size="xl" fw={700} mb="xs" aria-label="录入位置">
          第 {paperNo} 张
        </Text>
      ) : null}
      <Table verticalSpacing={2} withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={56}>序号</Table.Th>
            <Table.Th>测评对象</Table.Th>
            {criteria.map((c) => (
              <Table.Th key={c.id} w={110}>
                {c.name}（{c.max}）
              </Table.Th>
            ))}
            <Table.Th w={70}>弃权</Table.Th>
            <Table.Th w={150}>计为</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subjects.map((subject, row) => (
            <Table.Tr key={subject.id}>
              <Table.Td c="dimmed">{row + 1}</Table.Td>
              <Table.Td>{subject.name}</Table.Td>
              {criteria.map((c) => {
                const points = draft[row]?.points[c.id] ?? null;
                return (
                  <Table.Td key={c.id}>
                    <NumberInput
                      size="xs"
                      data-cell
                      aria-label={`${subject.name}${c.name}`}
                      min={0}
                      max={c.max}
                      clampBehavior="none"
                      decimalScale={1}
                      allowNegative={false}
                      hideControls
                      disabled={draft[row]?.abstain}
                      value={raw[`${row}:${c.id}`] ?? points ?? ''}
                      error={points !== null && points > c.max}
                      onChange={(value) => setPoints(row, c.id, value)}
                    />
                  </Table.Td>
                );
              })}
              <Table.Td>
                <Checkbox
                  aria-label={`${subject.name}弃权`}
                  checked={draft[row]?.abstain ?? false}
                  onChange={(event) => setAbstain(row, event.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td>
                <Text size="xs">{draft[row] ? sheetRowLabel(draft[row], criteria) : ''}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group mt="xs" justify="space-between">
        <Text size="sm" c={message?.error ? 'red' : 'green.8'} role={message?.error ? 'alert' : 'status'}>
          {message?.text ??
            'Tab 或 Enter 移到下一格；最后一格按 Enter（或任意处 Ctrl+Enter）保存。未评分的对象请勾选“弃权”。'}
        </Text>
        <Button onClick={() => void save()}>保存这张评分表</Button>
      </Group>
    </Box>
  );
}
