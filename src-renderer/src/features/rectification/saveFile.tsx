import { Anchor, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { MissingSettingError } from '../../db/repositories/documentNumbers';
import { desktop } from '../../platform/desktop';
import { notifyError, notifySuccess } from '../../ui/notify';
import type { BuiltFile } from './rectificationDocuments';

export const WORD_FILTERS = [{ name: 'Word 文档', extensions: ['docx'] }];
export const EXCEL_FILTERS = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

/** Saves through the desktop: a save dialog in Electron, a download in the browser. False when cancelled. */
export async function saveBuilt(file: BuiltFile, filters = WORD_FILTERS): Promise<boolean> {
  const result = await desktop().saveFile({ suggestedName: file.fileName, data: file.data, filters });
  if (result.saved) notifySuccess(result.path ? `已导出到 ${result.path}` : `已导出：${file.fileName}`);
  return result.saved;
}

/** What is missing in the settings, with the way there. */
export function notifyMissingSetting(message: string): void {
  notifications.show({
    color: 'orange',
    title: '请先完善设置',
    autoClose: 10000,
    message: (
      <Text size="sm">
        {message}。
        <Anchor href="#/settings" ml={4}>
          去设置
        </Anchor>
      </Text>
    ),
  });
}

/** Shows a failure: a missing setting with a link to 设置, anything else as an error. */
export function notifyFailure(error: unknown, title: string): void {
  if (error instanceof MissingSettingError) notifyMissingSetting(error.message);
  else notifyError(error, title);
}
