import { Anchor, Button, Group, Text } from '@mantine/core';
import { exportInquiryDocument, type InquiryDocumentKind } from '../../app/commands/inquiryDocuments';
import { useSettings } from '../../app/queries';
import { useCommand } from '../../app/runtime';
import { messageFor } from '../../domain/errors';
import { missingSettings, NEED_LABELS } from '../../domain/settings/readiness';
import { notifySuccess } from '../../ui/notify';

/**
 * Builds a Word document and saves it through the desktop (a save dialog in Electron, a download in the
 * browser). The button shows that it is working until the file is handed over. While 设置 lacks what the
 * document needs, the button says so in place, with the way to the settings.
 */
export function ExportDocumentButton({
  label,
  activityId,
  kind,
}: {
  label: string;
  activityId: string;
  kind: InquiryDocumentKind;
}) {
  const { run, busy } = useCommand();
  const settings = useSettings();
  const missing = settings ? missingSettings(settings, 'unnumbered') : [];

  const save = async () => {
    const result = await run(exportInquiryDocument, { activityId, kind }, { failTitle: `${label}失败` });
    if (result.ok && result.value.saved) {
      notifySuccess(result.value.path ? `已导出到 ${result.value.path}` : `已导出：${result.value.fileName}`);
    }
  };

  return (
    <Group gap="xs" wrap="nowrap">
      {missing.length > 0 ? (
        <Text size="sm" c="orange.9" maw={360}>
          {messageFor('settings.missing', { what: missing.map((need) => NEED_LABELS[need]).join('、') })}
          <Anchor href="#/settings" ml={4}>
            去设置
          </Anchor>
        </Text>
      ) : null}
      <Button variant="default" loading={busy} disabled={missing.length > 0} onClick={() => void save()}>
        {label}
      </Button>
    </Group>
  );
}
