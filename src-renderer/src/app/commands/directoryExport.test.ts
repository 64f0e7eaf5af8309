import { describe, expect, it } from 'vitest';
import type { Person } from '../../domain/directory/person';
import type { Unit } from '../../domain/directory/unit';
import ExcelJS from '../../spreadsheets/exceljs';
import { readTable } from '../../spreadsheets/readTable';
import { testServices } from '../testing/services';
import { exportPeople, exportUnits } from './directoryExport';

const person: Person = {
  id: 'p1',
  name: '张三',
  title: '县人大代表',
  category: '人大代表',
  groups: [],
  phone: '13800138000',
  archived: false,
};

describe('exportPeople and exportUnits', () => {
  it('save the list as an .xlsx the import reads back', async () => {
    const services = testServices();
    const result = await exportPeople(services, [person]);
    expect(result).toEqual({ saved: true, path: '/tmp/人员名册.xlsx', fileName: '人员名册.xlsx' });
    const [saved] = services.desktop.saved;
    expect(saved?.suggestedName).toBe('人员名册.xlsx');
    expect(saved?.filters).toEqual([{ name: 'Excel 工作簿', extensions: ['xlsx'] }]);
    const table = await readTable('人员名册.xlsx', saved?.data ?? new Uint8Array());
    expect(table.rows[1]?.slice(0, 2)).toEqual(['张三', '县人大代表']);
    expect(table.rows[1]).toContain('13800138000');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((saved?.data ?? new Uint8Array()).slice().buffer);
    expect(workbook.created.getTime()).toBe(services.clock.now());
  });

  it('name the units file and say when the dialog was cancelled', async () => {
    const services = testServices();
    services.desktop.saveFile = async () => ({ saved: false });
    const units: Unit[] = [];
    expect(await exportUnits(services, units)).toEqual({ saved: false, fileName: '单位名册.xlsx' });
  });
});
