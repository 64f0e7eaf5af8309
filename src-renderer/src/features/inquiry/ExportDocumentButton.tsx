import { Anchor, Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { desktop } from '../../platform/desktop';
import { notifyError, notifySuccess } from '../../ui/notify';
import { MissingOrgNameError, type BuiltDocument } from './inquiryDocuments';

const WORD_FILTERS = [{ name: 'Word 文档', extensions: ['docx'] }];

/** Tells the secretary that documents need the organ's name, with the way to the settings. */
function notifyMissingOrgName(): void {
  notifications.show({
    color: 'orange',
    title: '请先填写发文机关名称',
    autoClose: 10000,
    message: (
      <Text size="sm">
        文档要以发文机关的名义印发，设置中还没有填写发文机关名称（例如：宜丰县人民代表大会常务委员会）。
        <Anchor href="#/settings" ml={4}>
          去设置
        </Anchor>
      </Text>
    ),
  });
}

/**
 * Builds a Word document in the renderer and saves it through the desktop (a save dialog in Electron, a download
 * in the browser). The button shows that it is working until the file is handed over.
 */
export function ExportDocumentButton({
  label,
  build,
  disabled,
}: {
  label: string;
  build: () => Promise<BuiltDocument>;
  disabled?: boolean;
}) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const { fileName, data } = await build();
      const result = await desktop().saveFile({ suggestedName: fileName, data, filters: WORD_FILTERS });
      if (result.saved) notifySuccess(result.path ? `已导出到 ${result.path}` : `已导出：${fileName}`);
    } catch (error) {
      if (error instanceof MissingOrgNameError) notifyMissingOrgName();
      else notifyError(error, `${label}失败`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" loading={busy} disabled={disabled} onClick={() => void run()}>
      {label}
    </Button>
  );
}
