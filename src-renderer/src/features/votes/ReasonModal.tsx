import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { checkReason } from '../../domain/votes/lifecycle';

/** A confirmation that asks why (重新开启, 重置): the reason goes into the round's log. */
export function ReasonModal({
  title,
  description,
  confirmLabel,
  initialReason = '',
  onConfirm,
  onClose,
}: {
  title: string;
  description: string;
  confirmLabel: string;
  initialReason?: string;
  onConfirm: (reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const [reason, setReason] = useState(initialReason);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    const checked = checkReason(reason);
    if ('problem' in checked) {
      setProblem(checked.problem);
      return;
    }
    setBusy(true);
    try {
      await onConfirm(checked.reason);
      onClose();
    } catch {
      // The caller has told the user why; the dialog stays open to try again.
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} returnFocus={false} title={title} size="lg">
      <Stack>
        <Text size="sm">{description}</Text>
        <Textarea
          label="原因（记入操作记录）"
          withAsterisk
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setProblem(null);
          }}
          error={problem}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button color="red" loading={busy} onClick={() => void confirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
