import { Button, Group } from '@mantine/core';

/** 取消 and the submit button at the foot of a dialog's form. */
export function FormActions({
  onCancel,
  saving,
  submitLabel = '保存',
}: {
  onCancel: () => void;
  saving?: boolean;
  submitLabel?: string;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        取消
      </Button>
      <Button type="submit" loading={saving}>
        {submitLabel}
      </Button>
    </Group>
  );
}
