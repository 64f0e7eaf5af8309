// Use cases of exporting the 名册 lists as .xlsx files, made by services.documents (a Web Worker in the app).
import type { SaveFileResult } from '../../../../src-main/contract';
import { peopleSheet, unitsSheet } from '../../domain/directory/exportTables';
import type { Person } from '../../domain/directory/person';
import type { Unit } from '../../domain/directory/unit';
import type { SheetSpec } from '../../domain/sheet';
import type { Command, Services } from '../runtime/services';

/** Where the file went; `saved` is false when the secretary cancelled the dialog. */
export type ExportedFile = SaveFileResult & { fileName: string };

async function saveSheet(
  { clock, documents, desktop }: Services,
  sheet: SheetSpec,
  fileName: string,
): Promise<ExportedFile> {
  const data = await documents.xlsx([sheet], clock.now());
  const result = await desktop.saveFile({
    suggestedName: fileName,
    data,
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  });
  return { ...result, fileName };
}

/** The people shown, with the export's headers (an exported file imports again as it is). */
export const exportPeople: Command<readonly Person[], ExportedFile> = (services, people) =>
  saveSheet(services, peopleSheet(people), '人员名册.xlsx');

export const exportUnits: Command<readonly Unit[], ExportedFile> = (services, units) =>
  saveSheet(services, unitsSheet(units), '单位名册.xlsx');
