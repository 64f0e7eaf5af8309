// Previewing a 5,000-row people list, as the import dialog does. Figures only.
import { bench, describe } from 'vitest';
import { previewPeopleImport } from './importPeople';

const rows = [['姓名', '职务', '类别', '测评组', '电话']];
for (let i = 0; i < 5000; i += 1) {
  rows.push([
    `代表${i}`,
    `某镇某村党支部书记${i}`,
    '人大代表',
    '人大代表',
    `1397950${String(i).padStart(4, '0')}`,
  ]);
}
const existing = Array.from({ length: 500 }, (_, i) => ({ name: `已有${i}`, title: '' }));

describe('import preview', () => {
  bench('5,000 people rows against 500 existing', () => {
    previewPeopleImport({ rows }, existing);
  });
});
