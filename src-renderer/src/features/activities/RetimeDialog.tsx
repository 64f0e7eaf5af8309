import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { PHASE_LABELS } from '../../domain/inquiry/question';
import type { LengthChange } from '../../domain/inquiry/retime';
import { plannedLengthText } from '../../domain/settings/timerLength';

/**
 * Asked when the activity's lengths change and questions not yet asked would change with them: keep them
 * (the new lengths are for new questions only) or update them too. Esc or 返回修改 goes back to the form.
 */
export function RetimeDialog({
  changes,
  count,
  busy,
  onChoose,
  onCancel,
}: {
  changes: readonly LengthChange[];
  count: number;
  busy: boolean;
  onChoose: (retimeUnasked: boolean) => void;
  onCancel: () => void;
}) {
  return (
    <Modal opened onClose={onCancel} title="计时时长已修改" size="lg">
      <Stack>
        <List size="sm">
          {changes.map((c) => (
            <List.Item key={c.phase}>
              {PHASE_LABELS[c.phase]}：{plannedLengthText(c.from)} → {plannedLengthText(c.to)}
            </List.Item>
          ))}
        </List>
        <Text size="sm">
          还有 {count}{' '}
          个未询问的问题按原来的时长计时。要把新的时长同时用于这些问题吗？已询问的问题保留原来的时长。
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            返回修改
          </Button>
          <Button variant="light" loading={busy} onClick={() => onChoose(false)}>
            仅用于新问题
          </Button>
          <Button loading={busy} onClick={() => onChoose(true)} data-autofocus>
            同时更新未询问的 {count} 个问题
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
