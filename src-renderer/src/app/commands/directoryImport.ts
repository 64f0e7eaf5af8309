// Use cases of importing a list from a spreadsheet: pick the file, read and preview it, then add the good
// rows in one transaction. exceljs is large, so it loads only when a picked file is read.
import type { OpenedFile } from '../../../../src-main/contract';
import { peopleRepository } from '../../db/repositories/people';
import { unitsRepository } from '../../db/repositories/units';
import { previewPeopleImport as previewPeople } from '../../domain/directory/importPeople';
import type { ImportPreview } from '../../domain/directory/importTable';
import { previewUnitsImport as previewUnits } from '../../domain/directory/importUnits';
import type { PersonInput } from '../../domain/directory/person';
import type { UnitInput } from '../../domain/directory/unit';
import type { Command } from '../runtime/services';

/** The cells of a table, row by row, as read from a spreadsheet. */
export interface TableRows {
  rows: readonly string[][];
}

/** A file read and checked, waiting for the secretary to import it or cancel. */
export interface PendingImport<T> {
  fileName: string;
  preview: ImportPreview<T>;
}

const SPREADSHEET_FILTERS = [{ name: 'Excel 或 CSV 表格', extensions: ['xlsx', 'csv'] }];

/** Asks for an .xlsx or .csv file; null when the secretary cancels. */
export const pickSpreadsheet: Command<void, OpenedFile | null> = ({ desktop }) =>
  desktop.openFile({ filters: SPREADSHEET_FILTERS });

/**
 * The command that reads a picked file as a table and checks it with `preview`. A file that is no table
 * fails with a spreadsheet.* code that says what to do.
 */
export function readImport<T>(
  preview: Command<TableRows, ImportPreview<T>>,
): Command<OpenedFile, PendingImport<T>> {
  return async (services, file) => {
    const { readTable } = await import('../../spreadsheets/readTable');
    const table = await readTable(file.name, file.data);
    return { fileName: file.name, preview: await preview(services, table) };
  };
}

/** Checks each row, and against the people already in the 名册. */
export const previewPeopleImport: Command<TableRows, ImportPreview<PersonInput>> = async ({ db }, table) =>
  previewPeople(table, await db.people.toArray());

/** Checks each row, and against the units already in the 名册. */
export const previewUnitsImport: Command<TableRows, ImportPreview<UnitInput>> = async ({ db }, table) =>
  previewUnits(table, await db.units.toArray());

/** The good rows of a previewed file, and the file's name for the audit log. */
export interface ImportRows<T> {
  rows: T[];
  fileName: string;
}

/** Adds all the people or none (a duplicate added since the preview cancels the whole import). */
export const importPeople: Command<ImportRows<PersonInput>, number> = ({ db, clock }, { rows, fileName }) =>
  peopleRepository.importAll(db, rows, { fileName, at: clock.now() });

/** Adds all the units or none. */
export const importUnits: Command<ImportRows<UnitInput>, number> = ({ db, clock }, { rows, fileName }) =>
  unitsRepository.importAll(db, rows, { fileName, at: clock.now() });
