import { ActionIcon, Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { saveItem } from '../../app/commands/rectificationItems';
import { useUnits } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import {
  draftOf,
  emptyDraft,
  validateDraft,
  type ItemDraft,
  type RectificationItem,
} from '../../domain/rectification';

/**
 * 手工添加 / 修改 an item while it is 待交办: unit, problems (one box each), requirements, the 分管领导 (prefilled
 * from the unit), the unit's 责任领导 and a note.
 */
export function ItemFormModal({
  activityId,
  unitIds,
  item,
  onClose,
}: {
  activityId: string | null;
  /** The units offered first (the activity's); the others follow. */
  unitIds: readonly string[];
  /** Editing this item; a new one when left out. */
  item?: RectificationItem;
  onClose: () => void;
}) {
  const units = useUnits();
  const { run, busy } = useCommand();
  const initial: ItemDraft = item
    ? { ...draftOf(item), problems: item.problems.length > 0 ? [...item.problems] : [''] }
    : { ...emptyDraft(activityId), problems: [''] };
  const form = useForm<ItemDraft>({
    initialValues: initial,
    validate: (values) => validateDraft(values),
  });
  const options = [...(units ?? [])]
    .filter((u) => !u.archived || u.id === initial.unitId)
    .sort((a, b) => Number(!unitIds.includes(a.id)) - Number(!unitIds.includes(b.id)))
    .map((u) => ({ value: u.id, label: u.shortName }));

  const chooseUnit = (unitId: string | null) => {
    const unit = units?.find((u) => u.id === unitId);
    form.setFieldValue('unitId', unitId ?? '');
    if (unit && form.values.supervisorName === '') {
      form.setFieldValue('supervisorName', unit.supervisorName);
      form.setFieldValue('supervisorTitle', unit.supervisorTitle);
    }
  };
  const submit = async (values: ItemDraft) => {
    const result = await run(
      saveItem,
      { id: item?.id ?? null, draft: values },
      { form, failTitle: '整改事项未保存', success: item ? '整改事项已保存' : '已添加整改事项（待交办）' },
    );
    if (result.ok) onClose();
  };
  const problems = form.values.problems;

  return (
    <Modal opened onClose={onClose} title={item ? '修改整改事项' : '手工添加整改事项'} size="xl">
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack>
          <Select
            label="整改单位"
            withAsterisk
            searchable
            data={options}
            value={form.values.unitId || null}
            onChange={chooseUnit}
            error={form.errors.unitId}
            w={360}
          />
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              存在的问题{' '}
              <Text span c="red">
                *
              </Text>
            </Text>
            {problems.map((_, index) => (
              <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
                <Textarea
                  style={{ flex: 1 }}
                  autosize
                  minRows={2}
                  aria-label={`问题${index + 1}`}
                  placeholder={`问题 ${index + 1}`}
                  {...form.getInputProps(`problems.${index}`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  mt={6}
                  aria-label={`删除问题${index + 1}`}
                  disabled={problems.length === 1}
                  onClick={() => form.removeListItem('problems', index)}
                >
                  ✕
                </ActionIcon>
              </Group>
            ))}
            {form.errors.problems ? (
              <Text size="xs" c="red">
                {form.errors.problems}
              </Text>
            ) : null}
            <Button
              variant="subtle"
              size="compact-sm"
              w="fit-content"
              onClick={() => form.insertListItem('problems', '')}
            >
              + 再添加一个问题
            </Button>
          </Stack>
          <Textarea
            label="整改要求"
            withAsterisk
            autosize
            minRows={2}
            {...form.getInputProps('requirements')}
          />
          <Group grow>
            <TextInput label="分管领导" {...form.getInputProps('supervisorName')} />
            <TextInput label="分管领导职务" {...form.getInputProps('supervisorTitle')} />
            <TextInput
              label="责任领导"
              placeholder="单位负责整改的领导"
              {...form.getInputProps('responsibleLeader')}
            />
          </Group>
          <Textarea label="备注" autosize minRows={1} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button type="submit" loading={busy}>
              {item ? '保存' : '添加'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
