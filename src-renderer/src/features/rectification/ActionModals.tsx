import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useCommand, useToday, type Command } from '../../app/runtime';
import { checkEntryDate, ENTRY_KIND_LABELS, MANUAL_KINDS, type ManualKind } from '../../domain/rectification';
import { errorMessage, notifySuccess } from '../../ui/notify';

export interface DatedValues {
  date: string;
  text: string;
  kind: ManualKind;
  withdraw: boolean;
}

/**
 * A small dialog for one dated action: the date (today by default, never later, never before 交办), a text, and
 * for follow-ups the kind (走访 / 督促 / 其他). It runs `command` with `input(values)`; a refusal from the domain
 * shows in the dialog, which stays open; a success says `success(output)` and closes it.
 */
export function DatedActionModal<I, O>({
  title,
  description,
  confirmLabel,
  issueDate,
  textLabel,
  textRequired = false,
  initial,
  withKind = false,
  withDate = true,
  withWithdraw = false,
  withText = true,
  extra,
  command,
  input,
  success,
  onDone,
  onClose,
}: {
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  /** Dates before it are refused (null: not handed over yet). */
  issueDate: string | null;
  textLabel: string;
  textRequired?: boolean;
  initial?: Partial<DatedValues>;
  withKind?: boolean;
  withDate?: boolean;
  /** Offers 作废 (a hand-written entry being corrected). */
  withWithdraw?: boolean;
  /** false: no text box (the action takes no text). */
  withText?: boolean;
  /** More fields, rendered after the date. */
  extra?: ReactNode;
  command: Command<I, O>;
  input: (values: DatedValues) => I;
  /** The green message after it went through. */
  success: (output: O, values: DatedValues) => string;
  /** After the success, before the dialog closes (e.g. to go to the new round). */
  onDone?: (output: O) => void;
  onClose: () => void;
}) {
  const today = useToday();
  const { run, busy } = useCommand();
  const [values, setValues] = useState<DatedValues>({
    date: today,
    text: '',
    kind: 'visit',
    withdraw: false,
    ...initial,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const set = (patch: Partial<DatedValues>) => {
    setValues({ ...values, ...patch });
    setProblem(null);
  };
  const submit = async () => {
    const dateProblem = withDate && !values.withdraw ? checkEntryDate(values.date, today, issueDate) : null;
    if (dateProblem) return setProblem(dateProblem);
    if (textRequired && values.text.trim() === '') return setProblem(`请填写${textLabel}`);
    const result = await run(command, input(values), { quiet: true });
    if (!result.ok) return setProblem(errorMessage(result.error));
    notifySuccess(success(result.value, values));
    onDone?.(result.value);
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={title} size="lg">
      <Stack>
        {typeof description === 'string' ? <Text size="sm">{description}</Text> : (description ?? null)}
        {withKind ? (
          <SegmentedControl
            aria-label="跟踪方式"
            data={MANUAL_KINDS.map((kind) => ({ value: kind, label: ENTRY_KIND_LABELS[kind] }))}
            value={values.kind}
            onChange={(kind) => set({ kind: kind })}
            w="fit-content"
          />
        ) : null}
        {withDate ? (
          <TextInput
            type="date"
            label="日期"
            withAsterisk
            w={200}
            value={values.date}
            max={today}
            disabled={values.withdraw}
            onChange={(e) => set({ date: e.currentTarget.value })}
          />
        ) : null}
        {extra}
        {withText ? (
          <Textarea
            label={textLabel}
            withAsterisk={textRequired}
            autosize
            minRows={2}
            value={values.text}
            disabled={values.withdraw}
            onChange={(e) => set({ text: e.currentTarget.value })}
            data-autofocus
          />
        ) : null}
        {withWithdraw ? (
          <Checkbox
            label="作废这条记录（记录仍保留，只是不再计入）"
            checked={values.withdraw}
            onChange={(e) => set({ withdraw: e.currentTarget.checked })}
          />
        ) : null}
        {problem ? (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            取消
          </Button>
          <Button loading={busy} onClick={() => void submit()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
