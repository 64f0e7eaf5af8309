import { Button, Group, MultiSelect, Pill, Stack } from '@mantine/core';
import { activeIdsOf } from '../../domain/directory/listing';
import type { Person, PersonCategory } from '../../domain/directory/person';
import { nameOr } from '../../domain/names';
import { personOptions } from './peopleOptions';

/** Choose askers or raters; whole categories can be added with one click. */
export function ParticipantsField({
  label,
  people,
  quickCategories,
  value,
  onChange,
  error,
}: {
  label: string;
  people: Person[];
  quickCategories: PersonCategory[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const addCategory = (category: PersonCategory) => {
    onChange([...new Set([...value, ...activeIdsOf(people, category)])]);
  };
  const byId = new Map(people.map((p) => [p.id, p]));
  return (
    <Stack gap="xs">
      <MultiSelect
        renderPill={({ value: id, onRemove }) => (
          <Pill withRemoveButton onRemove={onRemove}>
            {nameOr(id ? byId.get(id) : undefined, 'name')}
          </Pill>
        )}
        label={`${label}（已选 ${value.length} 人）`}
        placeholder={people.length === 0 ? '名册中还没有人员，请先到名册添加' : '搜索姓名或职务'}
        data={personOptions(people, value)}
        value={value}
        onChange={onChange}
        searchable
        clearable
        hidePickedOptions
        maxDropdownHeight={320}
        error={error}
        nothingFoundMessage="没有找到这个人"
      />
      <Group gap="xs">
        {quickCategories.map((c) => (
          <Button key={c} size="compact-sm" variant="light" onClick={() => addCategory(c)}>
            加入全部{c}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
