import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { saveUnit } from '../../app/commands/directory';
import { useCommand } from '../../app/runtime';
import { UNIT_KINDS, type Unit, type UnitInput } from '../../domain/directory/unit';
import { FormActions } from '../../ui/FormActions';
import { notifySuccess } from '../../ui/notify';

const EMPTY: UnitInput = {
  fullName: '',
  shortName: '',
  kind: '政府工作部门',
  headName: '',
  headTitle: '',
  supervisorName: '',
  supervisorTitle: '',
};

/** Add (unit null) or edit one unit. */
export function UnitFormModal({ unit, onClose }: { unit: Unit | null; onClose: () => void }) {
  const form = useForm<UnitInput>({ initialValues: unit ? { ...unit } : EMPTY });
  const { run, busy } = useCommand();

  const submit = async (values: UnitInput) => {
    const result = await run(saveUnit, { id: unit?.id ?? null, input: values }, { form });
    if (!result.ok) return;
    notifySuccess(unit ? `已保存：${result.value.fullName}` : `已添加：${result.value.fullName}`);
    onClose();
  };

  return (
    <Modal opened onClose={onClose} title={unit ? '编辑单位' : '添加单位'} size="lg">
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack>
          <TextInput
            label="单位全称"
            placeholder="宜丰县自然资源局"
            withAsterisk
            data-autofocus
            {...form.getInputProps('fullName')}
          />
          <SimpleGrid cols={2}>
            <TextInput
              label="简称"
              placeholder="县自然资源局（不填则用全称）"
              {...form.getInputProps('shortName')}
            />
            <Select
              label="单位类型"
              data={[...UNIT_KINDS]}
              allowDeselect={false}
              {...form.getInputProps('kind')}
            />
            <TextInput label="负责人" {...form.getInputProps('headName')} />
            <TextInput label="负责人职务" placeholder="局长" {...form.getInputProps('headTitle')} />
            <TextInput label="分管领导" {...form.getInputProps('supervisorName')} />
            <TextInput label="分管领导职务" placeholder="副县长" {...form.getInputProps('supervisorTitle')} />
          </SimpleGrid>
          <FormActions onCancel={onClose} saving={busy} />
        </Stack>
      </form>
    </Modal>
  );
}
