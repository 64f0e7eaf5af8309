import { ActionIcon, Group, MultiSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import type { ActivityUnit } from '../../domain/activity/activity';
import type { Unit } from '../../domain/directory/unit';
import { nameOr } from '../../domain/names';
import { unitOptions } from './peopleOptions';

/** Choose units, then check each one's respondent (defaults to the unit's head) and the order. */
export function UnitsField({
  label,
  respondentLabel,
  units,
  value,
  onChange,
  error,
}: {
  label: string;
  respondentLabel: string;
  units: Unit[];
  value: ActivityUnit[];
  onChange: (value: ActivityUnit[]) => void;
  error?: string;
}) {
  const byId = new Map(units.map((u) => [u.id, u]));
  const chosen = value.map((v) => v.unitId);

  const select = (ids: string[]) => {
    const kept = value.filter((v) => ids.includes(v.unitId));
    const added = ids
      .filter((id) => !chosen.includes(id))
      .map((id) => {
        const unit = byId.get(id);
        return { unitId: id, respondentName: unit?.headName ?? '', respondentTitle: unit?.headTitle ?? '' };
      });
    onChange([...kept, ...added]);
  };
  const patch = (index: number, change: Partial<ActivityUnit>) =>
    onChange(value.map((v, i) => (i === index ? { ...v, ...change } : v)));
  const move = (index: number, step: -1 | 1) => {
    const next = [...value];
    const [item] = next.splice(index, 1);
    if (item) next.splice(index + step, 0, item);
    onChange(next);
  };

  return (
    <Stack gap="xs">
      <MultiSelect
        label={label}
        placeholder={units.length === 0 ? '名册中还没有单位，请先到名册添加' : '搜索并选择单位'}
        data={unitOptions(units, chosen)}
        value={chosen}
        onChange={select}
        searchable
        clearable
        hidePickedOptions
        error={error}
        nothingFoundMessage="没有找到这个单位"
      />
      {value.length > 0 ? (
        <Table aria-label={`${label}及${respondentLabel}`} withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>顺序</Table.Th>
              <Table.Th>单位</Table.Th>
              <Table.Th>{respondentLabel}</Table.Th>
              <Table.Th>职务</Table.Th>
              <Table.Th w={80} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {value.map((v, i) => {
              const name = nameOr(byId.get(v.unitId), 'shortName');
              return (
                <Table.Tr key={v.unitId}>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {name}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={`${name}${respondentLabel}`}
                      value={v.respondentName}
                      onChange={(e) => patch(i, { respondentName: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={`${name}${respondentLabel}职务`}
                      value={v.respondentTitle}
                      onChange={(e) => patch(i, { respondentTitle: e.currentTarget.value })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={2} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${name}上移`}
                        disabled={i === 0}
                        onClick={() => move(i, -1)}
                      >
                        ↑
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        aria-label={`${name}下移`}
                        disabled={i === value.length - 1}
                        onClick={() => move(i, 1)}
                      >
                        ↓
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
