import { describe, expect, it } from 'vitest';
import { isDomainError } from '../../domain/errors';
import { peopleSheet } from '../../domain/directory/exportTables';
import type { Person, PersonInput } from '../../domain/directory/person';
import { writeXlsx } from '../../spreadsheets/writeXlsx';
import { testServices } from '../testing/services';
import { savePerson } from './directory';
import {
  importPeople,
  importUnits,
  pickSpreadsheet,
  previewPeopleImport,
  previewUnitsImport,
  readImport,
} from './directoryImport';

const csv = (text: string) => ({ name: '名单.csv', data: new TextEncoder().encode(text) });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('the command should have failed'),
    (error: unknown) => error,
  );
}

describe('pickSpreadsheet', () => {
  it('asks for an .xlsx or .csv file and gives null when the dialog is cancelled', async () => {
    const services = testServices();
    const asked: unknown[] = [];
    services.desktop.openFile = async (request) => {
      asked.push(request);
      return null;
    };
    expect(await pickSpreadsheet(services, undefined)).toBeNull();
    expect(asked).toEqual([{ filters: [{ name: 'Excel 或 CSV 表格', extensions: ['xlsx', 'csv'] }] }]);
  });
});

describe('reading and previewing a file', () => {
  it('previews an exported .xlsx against the people already stored', async () => {
    const services = testServices();
    const zhang = await savePerson(services, {
      id: null,
      input: { name: '张三', title: '县人大代表', category: '人大代表', groups: [], phone: '' },
    });
    const li: Person = { ...zhang, id: 'x', name: '李四' };
    const data = await writeXlsx([peopleSheet([zhang, li])]);

    const pending = await readImport(previewPeopleImport)(services, { name: '人员名册.xlsx', data });
    expect(pending.fileName).toBe('人员名册.xlsx');
    expect(pending.preview.goodCount).toBe(1);
    expect(pending.preview.rows.map((r) => [r.rowNumber, r.value?.name ?? null, r.errors])).toEqual([
      [2, null, ['名册中已有此人：张三（县人大代表）']],
      [3, '李四', []],
    ]);
  });

  it('previews units from a .csv', async () => {
    const pending = await readImport(previewUnitsImport)(
      testServices(),
      csv('单位全称,负责人\n宜丰县自然资源局,刘明\n'),
    );
    expect(pending.preview.rows.map((r) => r.value?.fullName)).toEqual(['宜丰县自然资源局']);
  });

  it('refuses a file that is no table with a spreadsheet code', async () => {
    const services = testServices();
    const empty = await failure(
      readImport(previewPeopleImport)(services, { name: '名单.xlsx', data: new Uint8Array() }),
    );
    expect(isDomainError(empty, 'spreadsheet.empty')).toBe(true);
    const wps = await failure(readImport(previewPeopleImport)(services, { ...csv('x'), name: '名单.et' }));
    expect(isDomainError(wps, 'spreadsheet.wpsEt')).toBe(true);
    expect((wps as Error).message).toMatch(/^这是 WPS 表格专用格式（\.et）的文件/);
  });
});

describe('importPeople and importUnits', () => {
  it('add every row', async () => {
    const services = testServices();
    const rows: PersonInput[] = [
      { name: '张三', title: '', category: '人大代表', groups: ['企业代表'], phone: '' },
      { name: '李四', title: '', category: '服务对象', groups: [], phone: '' },
    ];
    const count = await importPeople(services, { rows, fileName: '人员名册.xlsx' });
    expect(count).toBe(2);
    expect((await services.db.people.toArray()).map((p) => p.name).sort()).toEqual(['张三', '李四'].sort());
    const log = await services.db.auditLog.toArray();
    expect(log).toMatchObject([
      { kind: 'imported', at: services.clock.now(), text: '从「人员名册.xlsx」向名册导入 2 位人员' },
    ]);
  });

  it('add nothing when one row clashes with a record added since the preview', async () => {
    const services = testServices();
    const unit = {
      fullName: '宜丰县财政局',
      shortName: '县财政局',
      kind: '政府工作部门',
      headName: '',
      headTitle: '',
      supervisorName: '',
      supervisorTitle: '',
    } as const;
    await importUnits(services, { rows: [unit], fileName: '单位.xlsx' });
    const twice = { rows: [{ ...unit, fullName: '宜丰县税务局' }, unit], fileName: '单位.xlsx' };
    const error = await failure(importUnits(services, twice));
    expect(isDomainError(error, 'common.invalidInput')).toBe(true);
    expect(await services.db.units.count()).toBe(1);
    // The failed import left no line in the audit log.
    expect((await services.db.auditLog.toArray()).map((e) => e.text)).toEqual([
      '从「单位.xlsx」向名册导入 1 个单位',
    ]);
  });
});
