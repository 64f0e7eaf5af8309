// Importing the units list (单位名录) from a spreadsheet.
import { cleanText } from '../validation';
import { buildImportPreview, type ColumnSpec, type ImportPreview } from './importTable';
import {
  isUnitKind,
  normalizeUnit,
  UNIT_KINDS,
  unitKey,
  validateUnit,
  type Unit,
  type UnitField,
  type UnitInput,
  type UnitKind,
} from './unit';

/** In the order of the template and the export; the export writes exactly these headers. */
export const UNIT_COLUMNS: readonly ColumnSpec<UnitField>[] = [
  { field: 'fullName', header: '单位全称', aliases: ['单位名称', '全称', '单位'], required: true },
  { field: 'shortName', header: '简称', aliases: ['单位简称'], required: false },
  { field: 'kind', header: '单位类型', aliases: ['类型'], required: false },
  { field: 'headName', header: '负责人', aliases: ['主要负责人', '负责人姓名'], required: false },
  { field: 'headTitle', header: '负责人职务', aliases: [], required: false },
  { field: 'supervisorName', header: '分管领导', aliases: ['分管县领导', '分管负责人'], required: false },
  { field: 'supervisorTitle', header: '分管领导职务', aliases: ['分管县领导职务'], required: false },
];

/** A blank 单位类型 means the most common kind. */
export const DEFAULT_UNIT_KIND: UnitKind = '政府工作部门';

const KIND_ALIASES: Readonly<Record<string, UnitKind>> = {
  政府部门: '政府工作部门',
  垂管部门: '垂直管理部门',
  垂直管理单位: '垂直管理部门',
};

export function parseUnitKind(text: string): UnitKind | null {
  const folded = cleanText(text).replace(/ /g, '');
  if (folded.length === 0) return DEFAULT_UNIT_KIND;
  if (isUnitKind(folded)) return folded;
  return KIND_ALIASES[folded] ?? null;
}

function parseUnit(cells: Record<UnitField, string>): { input: UnitInput; errors: string[] } {
  const kind = parseUnitKind(cells.kind);
  const input = normalizeUnit({ ...cells, kind: kind ?? (cells.kind as UnitKind) });
  const fieldErrors = validateUnit(input);
  if (kind === null) {
    fieldErrors.kind = `单位类型“${cells.kind}”无法识别，应为：${UNIT_KINDS.join('、')}（不填则为“${DEFAULT_UNIT_KIND}”）`;
  }
  const errors = UNIT_COLUMNS.flatMap((column) => fieldErrors[column.field] ?? []);
  return { input, errors };
}

/** Checks a table of units against itself and against the units already stored (same 单位全称). */
export function previewUnitsImport(
  table: { rows: readonly string[][] },
  existing: readonly Pick<Unit, 'fullName'>[],
): ImportPreview<UnitInput> {
  const stored = new Map<string, string>();
  for (const unit of existing) {
    const fullName = cleanText(unit.fullName).replace(/ /g, '');
    stored.set(unitKey({ fullName }), `单位名录中已有此单位：${fullName}`);
  }
  return buildImportPreview(table, {
    columns: UNIT_COLUMNS,
    quietlyIgnored: ['序号', '编号', '状态'],
    parse: parseUnit,
    key: (input) => (input.fullName ? unitKey(input) : null),
    duplicateOfRow: (rowNumber) => `与第 ${rowNumber} 行重复（单位全称相同）`,
    existing: stored,
  });
}
