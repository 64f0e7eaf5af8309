import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { SpeakerChoices } from '../../../domain/inquiry/speakers';
import { MAX_TEXT_LENGTH } from '../../../domain/validation';

/**
 * 表态发言 (Y): who speaks. The agenda item's speaker is preselected (Enter starts the timer at once); typing
 * replaces it; a listed name is one click away. Empty is allowed: the projector then shows the item only.
 */
export function StatementModal({
  choices,
  onStart,
  onClose,
}: {
  choices: SpeakerChoices;
  /** True when the 表态发言 started. */
  onStart: (speaker: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const [speaker, setSpeaker] = useState(choices.preselected);
  const [error, setError] = useState<string | null>(null);
  const start = async (name: string) => {
    if (name.trim().length > MAX_TEXT_LENGTH) {
      setError(`发言人不能超过 ${MAX_TEXT_LENGTH} 个字`);
      return;
    }
    if (await onStart(name.trim())) onClose();
  };
  return (
    <Modal opened onClose={onClose} title="表态发言">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void start(speaker);
        }}
      >
        <Stack>
          <TextInput
            label="发言人"
            description="职务在前、姓名在后，大屏与计时一同显示；可不填"
            placeholder="如：县人民政府县长 王强"
            data-autofocus
            onFocus={(e) => e.currentTarget.select()}
            value={speaker}
            onChange={(e) => {
              setSpeaker(e.currentTarget.value);
              setError(null);
            }}
            error={error}
          />
          {choices.options.length > 0 ? (
            <Stack gap={4}>
              <Text size="xs" c="dimmed">
                议程与分管领导中的发言人（点击即开始）：
              </Text>
              <Group gap={6}>
                {choices.options.map((name) => (
                  <Button key={name} size="compact-sm" variant="light" onClick={() => void start(name)}>
                    {name}
                  </Button>
                ))}
              </Group>
            </Stack>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button type="submit">开始计时</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
