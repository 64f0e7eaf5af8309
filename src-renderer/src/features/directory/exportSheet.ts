import type { SheetSpec } from '../../domain/sheet';
import { desktop } from '../../platform/desktop';
import { writeXlsx } from '../../spreadsheets/writeXlsx';
import { notifyError, notifySuccess } from '../../ui/notify';

export async function exportSheet(sheet: SheetSpec, fileName: string): Promise<void> {
  try {
    const data = await writeXlsx([sheet]);
    const result = await desktop().saveFile({
      suggestedName: fileName,
      data,
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    });
    if (result.saved) notifySuccess(result.path ? `已导出到 ${result.path}` : `已导出：${fileName}`);
  } catch (error) {
    notifyError(error, '导出失败');
  }
}
