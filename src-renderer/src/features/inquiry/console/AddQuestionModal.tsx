import { Button, Group, Modal, MultiSelect, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { ActivityRecord } from '../../../db/database';
import { newId } from '../../../db/database';
import type { Person } from '../../../domain/directory/person';
import type { Unit } from '../../../domain/directory/unit';
import type { ConsoleAction } from '../../../domain/inquiry/consoleEvents';
import { nextOrder } from '../../../domain/inquiry/ordering';
import { defaultRespondent, newQuestion, type Question } from '../../../domain/inquiry/question';
import { personOptions } from '../../activities';

/** 临时增加问题: a hand went up. Asker and unit are enough; the text can be filled in later. */
export function AddQuestionModal({
  activity,
  questions,
  people,
  units,
  onAdd,
  onClose,
}: {
  activity: ActivityRecord;
  questions: readonly Question[];
  people: Person[];
  units: Unit[];
  onAdd: (action: ConsoleAction, questionId: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const [askerId, setAskerId] = useState<string | null>(null);
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [error, setError] = useState<{ asker?: string; units?: string }>({});
  const unitName = new Map(units.map((u) => [u.id, u.shortName]));

  const submit = async () => {
    const problems = {
      asker: askerId ? undefined : '请选择询问人',
      units: unitIds.length ? undefined : '请选择应询单位',
    };
    setError(problems);
    if (!askerId || unitIds.length === 0) return;
    const question = newQuestion(newId(), nextOrder(questions), activity.timerMinutes, {
      askerId,
      unitIds,
      text,
      unplanned: true,
      ...defaultRespondent(activity.units, unitIds),
    });
    if (await onAdd({ type: 'questionAdded', question }, question.id)) onClose();
  };

  return (
    <Modal opened onClose={onClose} title="临时增加问题">
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
            label: unitName.get(u.unitId) ?? '（已删除）',
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
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button onClick={() => void submit()}>加入待询问</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
