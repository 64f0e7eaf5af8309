import { Button, Group, Modal, Stack, Text, TextInput, Textarea, Timeline } from '@mantine/core';
import { useState } from 'react';
import { applyFollowUp } from '../../app/commands/projects';
import { useCommand, useToday } from '../../app/runtime';
import type { FollowUpAction } from '../../domain/projects/followUp';
import type { ProjectItem } from '../../domain/projects/projectItem';
import { formatChineseDate } from '../../domain/time';

export type FollowUpDialog = {
  item: ProjectItem;
  name: string;
  kind: 'note' | 'delay' | 'complete' | 'history';
};

const TITLES = { note: '记录进展', delay: '延期', complete: '标记为已完成', history: '进展记录' } as const;

/** One follow-up action on a chosen project, with today as the default date; or its notes, oldest first. */
export function FollowUpModal({ dialog, onClose }: { dialog: FollowUpDialog; onClose: () => void }) {
  const today = useToday();
  const [date, setDate] = useState(today);
  const [text, setText] = useState('');
  const [newDue, setNewDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { run, busy } = useCommand();
  const { item, name, kind } = dialog;

  const submit = async () => {
    const action: FollowUpAction =
      kind === 'note'
        ? { kind: 'note', date, text }
        : kind === 'delay'
          ? { kind: 'delay', date, newDueDate: newDue, reason: text }
          : { kind: 'complete', date };
    const result = await run(
      applyFollowUp,
      { itemId: item.id, action },
      { quiet: true, success: kind === 'note' ? '进展已记录' : kind === 'delay' ? '已延期' : '已标记为完成' },
    );
    if (result.ok) onClose();
    else setError(result.error instanceof Error ? result.error.message : String(result.error));
  };

  return (
    <Modal opened onClose={onClose} title={`${TITLES[kind]}：${name}`} size="lg">
      {kind === 'history' ? (
        item.notes.length === 0 ? (
          <Text c="dimmed">还没有进展记录。</Text>
        ) : (
          <Timeline bulletSize={14} lineWidth={2}>
            {item.notes.map((note, i) => (
              <Timeline.Item key={`${note.date}-${i}`} title={formatChineseDate(note.date)}>
                <Text size="sm">{note.text}</Text>
              </Timeline.Item>
            ))}
          </Timeline>
        )
      ) : (
        <Stack>
          <TextInput
            type="date"
            label={kind === 'complete' ? '完成日期' : kind === 'delay' ? '决定延期的日期' : '日期'}
            value={date}
            max={today}
            onChange={(e) => setDate(e.currentTarget.value)}
          />
          {kind === 'delay' ? (
            <TextInput
              type="date"
              label="新的计划完成时间"
              withAsterisk
              value={newDue}
              onChange={(e) => setNewDue(e.currentTarget.value)}
            />
          ) : null}
          {kind === 'complete' ? null : (
            <Textarea
              label={kind === 'note' ? '进展情况' : '延期原因'}
              withAsterisk
              autosize
              minRows={3}
              data-autofocus
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
            />
          )}
          {error ? (
            <Text c="red" size="sm" role="alert">
              {error}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button loading={busy} onClick={() => void submit()}>
              保存
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
