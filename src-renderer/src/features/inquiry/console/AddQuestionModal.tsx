import { Button, Group, Modal, MultiSelect, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ActivityRecord } from '../../../app/queries';
import type { Person } from '../../../domain/directory/person';
import { personOptions } from '../../activities';
import type { ConsoleQuestion } from './useConsole';

/** 临时增加问题: a hand went up. Asker and unit are enough; the text can be filled in later. */
export function AddQuestionModal({
  activity,
  people,
  unitName,
  onAdd,
  onClose,
}: {
  activity: ActivityRecord;
  people: Person[];
  unitName: (unitId: string) => string;
  /** True when the question was added. */
  onAdd: (question: ConsoleQuestion) => Promise<boolean>;
  onClose: () => void;
}) {
  const [askerId, setAskerId] = useState<string | null>(null);
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [error, setError] = useState<{ asker?: string; units?: string }>({});

  const submit = async () => {
    const problems = {
      asker: askerId ? undefined : '请选择询问人',
      units: unitIds.length ? undefined : '请选择应询单位',
    };
    setError(problems);
    if (!askerId || unitIds.length === 0) return;
    if (await onAdd({ askerId, unitIds, text })) onClose();
  };

  return (
    <Modal opened onClose={onClose} title="临时增加问题">
      {/* Enter submits (a form's implicit submission), Ctrl+Enter in the text area too; Esc closes. */}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Select
            label="询问人"
            withAsterisk
            searchable
            data-autofocus
            data={personOptions(people, askerId ? [askerId] : [])}
            value={askerId}
            onChange={setAskerId}
            error={error.asker}
            nothingFoundMessage="没有找到这个人"
          />
          <MultiSelect
            label="应询单位"
            withAsterisk
            searchable
            data={activity.units.map((u) => ({
              value: u.unitId,
              label: unitName(u.unitId),
            }))}
            value={unitIds}
            onChange={setUnitIds}
            error={error.units}
          />
          <Textarea
            label="询问内容（可不填）"
            autosize
            minRows={2}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void submit();
              }
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button type="submit">加入待询问</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
