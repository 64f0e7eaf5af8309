import { Modal, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { savePerson } from '../../app/commands/directory';
import { useCommand } from '../../app/runtime';
import {
  DEFAULT_RATER_GROUPS,
  PERSON_CATEGORIES,
  type Person,
  type PersonInput,
} from '../../domain/directory/person';
import { FormActions } from '../../ui/FormActions';
import { notifySuccess } from '../../ui/notify';

const EMPTY: PersonInput = { name: '', title: '', category: '常委会组成人员', groups: [], phone: '' };

/** Add (person null) or edit one person. */
export function PersonFormModal({
  person,
  knownGroups,
  onClose,
}: {
  person: Person | null;
  knownGroups: string[];
  onClose: () => void;
}) {
  const form = useForm<PersonInput>({ initialValues: person ? { ...person } : EMPTY });
  const { run, busy } = useCommand();
  const groupOptions = [...new Set([...DEFAULT_RATER_GROUPS, ...knownGroups])];

  const submit = async (values: PersonInput) => {
    const result = await run(savePerson, { id: person?.id ?? null, input: values }, { form });
    if (!result.ok) return;
    notifySuccess(person ? `已保存：${result.value.name}` : `已添加：${result.value.name}`);
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={person ? '编辑人员' : '添加人员'} size="lg">
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack>
          <TextInput label="姓名" withAsterisk data-autofocus {...form.getInputProps('name')} />
          <TextInput label="职务" placeholder="县人大常委会委员" {...form.getInputProps('title')} />
          <Select
            label="类别"
            withAsterisk
            data={[...PERSON_CATEGORIES]}
            allowDeselect={false}
            {...form.getInputProps('category')}
          />
          <TagsInput
            label="测评组"
            description="参加满意度测评时所在的组，可多选，也可输入新组名后按回车"
            data={groupOptions}
            {...form.getInputProps('groups')}
          />
          <TextInput label="电话" placeholder="选填" {...form.getInputProps('phone')} />
          <FormActions onCancel={onClose} saving={busy} />
        </Stack>
      </form>
    </Modal>
  );
}
