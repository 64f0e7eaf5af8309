import { ActionIcon, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import type { SetupValues } from './setupValues';

export interface SubjectOption {
  refId: string;
  name: string;
}

let added = 0;

/** 测评对象 in the order printed on the ballot form, which is also the entry order. */
export function SubjectsEditor({
  form,
  options,
  error,
}: {
  form: UseFormReturnType<SetupValues>;
  /** Units of the activity that may be added. */
  options: SubjectOption[];
  error?: string;
}) {
  const subjects = form.values.subjects;
  const [other, setOther] = useState('');
  const used = new Set(subjects.map((s) => s.refId));
  const free = options.filter((option) => !used.has(option.refId));
  const add = (name: string, refId: string | null) => {
    added += 1;
    form.insertListItem('subjects', { key: `added-${added}`, name, refId });
  };
  const move = (index: number, step: -1 | 1) =>
    form.reorderListItem('subjects', { from: index, to: index + step });

  return (
    <Stack gap="xs">
      <Table aria-label="测评对象" withTableBorder verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>顺序</Table.Th>
            <Table.Th>名称（印在测评票上）</Table.Th>
            <Table.Th w={130} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subjects.map((subject, index) => (
            <Table.Tr key={subject.key}>
              <Table.Td>{index + 1}</Table.Td>
              <Table.Td>
                <TextInput
                  size="xs"
                  aria-label={`第 ${index + 1} 个测评对象`}
                  {...form.getInputProps(`subjects.${index}.name`)}
                />
              </Table.Td>
              <Table.Td>
                <Group gap={2} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    aria-label={`${subject.name}上移`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    aria-label={`${subject.name}下移`}
                    disabled={index === subjects.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={`移除${subject.name}`}
                    onClick={() => form.removeListItem('subjects', index)}
                  >
                    ✕
                  </ActionIcon>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {error ? (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      ) : null}
      <Group align="flex-end" gap="sm">
        <Select
          label="添加单位"
          placeholder={free.length === 0 ? '活动中的单位都已添加' : '选择活动中的单位'}
          data={free.map((option) => ({ value: option.refId, label: option.name }))}
          value={null}
          onChange={(refId) => {
            const option = free.find((o) => o.refId === refId);
            if (option) add(option.name, option.refId);
          }}
          disabled={free.length === 0}
          searchable
          w={260}
        />
        <TextInput
          label="添加其他测评对象"
          placeholder="如：县政府关于……的整改情况报告"
          value={other}
          onChange={(event) => setOther(event.currentTarget.value)}
          style={{ flex: 1 }}
        />
        <Button
          variant="light"
          disabled={other.trim() === ''}
          onClick={() => {
            add(other.trim(), null);
            setOther('');
          }}
        >
          添加
        </Button>
      </Group>
    </Stack>
  );
}
