import {
  Button,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { saveCandidate } from '../../app/commands/projects';
import type { ProjectCandidateRecord } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import type { Unit } from '../../domain/directory/unit';
import type { CandidateInput } from '../../domain/projects/candidate';

/** The form keeps the budget as typed ('' for none) and the date as text ('' for none). */
interface FormValues {
  name: string;
  unitId: string;
  budget: number | string;
  description: string;
  plannedCompletion: string;
}

function toInput(values: FormValues): CandidateInput {
  const budget = values.budget === '' ? null : Number(values.budget);
  return {
    name: values.name,
    unitId: values.unitId,
    budgetWan: budget,
    description: values.description,
    plannedCompletion: values.plannedCompletion === '' ? null : values.plannedCompletion,
  };
}

/** 添加 / 编辑候选项目: name, 承办单位 from the unit directory, budget in 万元, 简介, 计划完成时间. */
export function CandidateFormModal({
  activityId,
  candidate,
  units,
  onClose,
}: {
  activityId: string;
  candidate: ProjectCandidateRecord | null;
  units: Unit[];
  onClose: () => void;
}) {
  const form = useForm<FormValues>({
    initialValues: {
      name: candidate?.name ?? '',
      unitId: candidate?.unitId ?? '',
      budget: candidate?.budgetWan ?? '',
      description: candidate?.description ?? '',
      plannedCompletion: candidate?.plannedCompletion ?? '',
    },
  });
  const { run, busy } = useCommand();
  const options = units
    .filter((u) => !u.archived || u.id === candidate?.unitId)
    .map((u) => ({ value: u.id, label: u.shortName }));

  const submit = async (values: FormValues) => {
    const result = await run(
      saveCandidate,
      { activityId, id: candidate?.id ?? null, input: toInput(values) },
      {
        success: candidate ? '候选项目已保存' : '候选项目已添加',
        failTitle: '候选项目未保存',
        form,
        fieldKey: (key) => (key === 'budgetWan' ? 'budget' : key),
      },
    );
    if (result.ok) onClose();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={candidate ? `编辑第 ${candidate.order} 项` : '添加候选项目'}
      size="lg"
    >
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <TextInput label="项目名称" withAsterisk data-autofocus {...form.getInputProps('name')} />
          <SimpleGrid cols={3}>
            <Select
              label="承办单位"
              withAsterisk
              searchable
              data={options}
              nothingFoundMessage="单位名录中没有，请先在名册中添加"
              {...form.getInputProps('unitId')}
              onChange={(v) => form.setFieldValue('unitId', v ?? '')}
            />
            <NumberInput
              label="预算（万元）"
              min={0}
              decimalScale={2}
              thousandSeparator=","
              {...form.getInputProps('budget')}
            />
            <TextInput type="date" label="计划完成时间" {...form.getInputProps('plannedCompletion')} />
          </SimpleGrid>
          <Textarea label="项目简介" autosize minRows={2} {...form.getInputProps('description')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              取消
            </Button>
            <Button type="submit" loading={busy}>
              保存
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
