import { Alert, Button, Checkbox, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { applyItemAction } from '../../app/commands/rectificationItems';
import { useCommand, useToday } from '../../app/runtime';
import {
  describeEntry,
  type FollowUpEntry,
  type ItemAction,
  type RectificationItem,
} from '../../domain/rectification';
import { errorMessage } from '../../ui/notify';

function Problem({ text }: { text: string | null }) {
  return text ? (
    <Alert color="red" role="alert">
      {text}
    </Alert>
  ) : null;
}

function Buttons({
  busy,
  label,
  onCancel,
  onOk,
}: {
  busy: boolean;
  label: string;
  onCancel: () => void;
  onOk: () => void;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        取消
      </Button>
      <Button loading={busy} onClick={onOk}>
        {label}
      </Button>
    </Group>
  );
}

/** Applies an action to the item, keeping the dialog open with the reason when it is refused. */
function useApply(itemId: string, onClose: () => void) {
  const [problem, setProblem] = useState<string | null>(null);
  const { run, busy } = useCommand();
  const apply = async (action: ItemAction, done: string) => {
    const result = await run(applyItemAction, { itemId, action }, { quiet: true, success: done });
    if (result.ok) onClose();
    else setProblem(errorMessage(result.error));
  };
  return { problem, setProblem, busy, apply };
}

/**
 * 更正: a new entry naming the one it corrects, with the reason; the original stays in the history. Entries the
 * workflow wrote can have their date or text corrected, not be withdrawn.
 */
export function CorrectEntryModal({
  item,
  entry,
  automatic,
  onClose,
}: {
  item: RectificationItem;
  /** The latest version of the entry. */
  entry: FollowUpEntry;
  /** Whether the original entry was written by the workflow (it cannot be withdrawn). */
  automatic: boolean;
  onClose: () => void;
}) {
  const [date, setDate] = useState(entry.date);
  const [text, setText] = useState(entry.text);
  const [withdraw, setWithdraw] = useState(false);
  const [reason, setReason] = useState('');
  const today = useToday();
  const { problem, setProblem, busy, apply } = useApply(item.id, onClose);
  const submit = () => {
    if (reason.trim() === '') return setProblem('请填写更正原因');
    const action = withdraw
      ? { type: 'correct' as const, corrects: entry.id, withdraw: true, reason }
      : {
          type: 'correct' as const,
          corrects: entry.id,
          reason,
          ...(date !== entry.date ? { date } : {}),
          ...(text !== entry.text ? { text } : {}),
        };
    void apply(action, withdraw ? '记录已作废' : '已更正');
  };
  return (
    <Modal opened onClose={onClose} title="更正记录" size="lg">
      <Stack>
        <Text size="sm">原记录：{describeEntry(entry)}</Text>
        <Text size="xs" c="dimmed">
          更正不会改动原记录，而是追加一条更正记录，历史中两条都保留。
        </Text>
        <TextInput
          type="date"
          label="日期"
          w={200}
          value={date}
          max={today}
          disabled={withdraw || entry.kind === 'issued'}
          description={entry.kind === 'issued' ? '交办日期请用“调整期限”修改' : undefined}
          onChange={(e) => setDate(e.currentTarget.value)}
        />
        <Textarea
          label="内容"
          autosize
          minRows={2}
          value={text}
          disabled={withdraw}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        {automatic ? null : (
          <Checkbox
            label="作废这条记录（仍保留在历史中）"
            checked={withdraw}
            onChange={(e) => setWithdraw(e.currentTarget.checked)}
          />
        )}
        <Textarea
          label="更正原因"
          withAsterisk
          autosize
          minRows={1}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Problem text={problem} />
        <Buttons busy={busy} label={withdraw ? '作废' : '更正'} onCancel={onClose} onOk={submit} />
      </Stack>
    </Modal>
  );
}

/** 调整期限: the issue date and the deadlines, with the reason (an extension, a wrong date). */
export function AdjustDatesModal({ item, onClose }: { item: RectificationItem; onClose: () => void }) {
  const [issueDate, setIssueDate] = useState(item.issueDate ?? '');
  const [planDue, setPlanDue] = useState(item.planDue ?? '');
  const [reportDue, setReportDue] = useState(item.reportDue ?? '');
  const [reason, setReason] = useState('');
  const today = useToday();
  const { problem, busy, apply } = useApply(item.id, onClose);
  const submit = () =>
    void apply(
      {
        type: 'adjustDates',
        date: today,
        reason,
        ...(issueDate !== item.issueDate ? { issueDate } : {}),
        ...(planDue !== item.planDue ? { planDue } : {}),
        ...(reportDue !== item.reportDue ? { reportDue } : {}),
      },
      '期限已调整',
    );
  return (
    <Modal opened onClose={onClose} title="调整期限" size="lg">
      <Stack>
        <Text size="sm">延长期限或改正填错的日期；原来的日期和调整原因都记入历史。</Text>
        <Group grow>
          <TextInput
            type="date"
            label="交办日期"
            value={issueDate}
            onChange={(e) => setIssueDate(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label="整改方案期限"
            value={planDue}
            onChange={(e) => setPlanDue(e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label="整改报告期限"
            value={reportDue}
            onChange={(e) => setReportDue(e.currentTarget.value)}
          />
        </Group>
        <Textarea
          label="调整原因"
          withAsterisk
          autosize
          minRows={1}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <Problem text={problem} />
        <Buttons busy={busy} label="调整" onCancel={onClose} onOk={submit} />
      </Stack>
    </Modal>
  );
}
