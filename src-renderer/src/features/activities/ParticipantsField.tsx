import { Anchor, Button, Group, MultiSelect, Pill, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import type { ActivityKind } from '../../domain/activity/activity';
import { addCategory, type AddCategoryResult } from '../../domain/activity/addCategory';
import type { Person, PersonCategory } from '../../domain/directory/person';
import { nameOr } from '../../domain/names';
import { personOptions } from './peopleOptions';

/** Choose askers or raters; whole categories can be added with one click (never the chair of an inquiry). */
export function ParticipantsField({
  label,
  kind,
  chairId,
  people,
  quickCategories,
  value,
  onChange,
  error,
}: {
  label: string;
  kind: ActivityKind;
  chairId: string | null;
  people: Person[];
  quickCategories: PersonCategory[];
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const byId = new Map(people.map((p) => [p.id, p]));
  const [added, setAdded] = useState<{ category: PersonCategory; result: AddCategoryResult } | null>(null);
  const add = (category: PersonCategory) => {
    const result = addCategory(people, category, value, { kind, chairId });
    if (result.kind === 'added') onChange(result.ids);
    setAdded({ category, result });
  };
  const chairName = nameOr(chairId ? byId.get(chairId) : undefined, 'name');
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
        onChange={(ids) => {
          setAdded(null);
          onChange(ids);
        }}
        searchable
        clearable
        hidePickedOptions
        maxDropdownHeight={320}
        error={error}
        nothingFoundMessage="没有找到这个人"
      />
      <Group gap="xs">
        {quickCategories.map((c) => (
          <Button key={c} size="compact-sm" variant="light" onClick={() => add(c)}>
            加入全部{c}
          </Button>
        ))}
      </Group>
      {added ? <AddedNote {...added} label={label} chairName={chairName} /> : null}
    </Stack>
  );
}

/** What the last 「加入全部…」 did; stays in place (not a toast) until the choice changes. */
function AddedNote({
  category,
  result,
  label,
  chairName,
}: {
  category: PersonCategory;
  result: AddCategoryResult;
  label: string;
  chairName: string;
}) {
  if (result.kind === 'noneInDirectory') {
    return (
      <Text size="sm" c="orange.8" role="status">
        名册中还没有{category}，请先到名册添加或导入。{' '}
        <Anchor component={Link} href="/directory/people">
          去名册
        </Anchor>
      </Text>
    );
  }
  const chair = result.chairLeftOut ? `主持人${chairName}不作为${label}，未加入` : '';
  const text =
    result.kind === 'added'
      ? `已加入 ${result.added} 人${chair ? `；${chair}` : ''}`
      : `全部${category}已在名单中${chair ? `；${chair}` : ''}`;
  return (
    <Text size="sm" c="dimmed" role="status">
      {text}
    </Text>
  );
}
