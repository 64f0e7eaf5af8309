// Importing the candidate projects of a project vote from a spreadsheet, with the directory import's rules: the
// header found and mapped by name, every row checked with the row numbers Excel shows, the good rows imported
// in the file's order (the ballot's order) after the candidates already listed.
import { buildImportPreview, type ColumnSpec, type ImportPreview } from '../directory/importTable';
import type { Unit } from '../directory/unit';
import { parseDateText } from '../time';
import { cleanText } from '../validation';
import {
  candidateKey,
  normalizeCandidate,
  validateCandidate,
  type CandidateInput,
  type ProjectCandidate,
} from './candidate';

export type CandidateImportField = 'name' | 'unit' | 'budget' | 'description' | 'completion';

export const CANDIDATE_COLUMNS: readonly ColumnSpec<CandidateImportField>[] = [
  {
    field: 'name',
    header: '项目名称',
    aliases: ['项目', '候选项目', '民生实事项目', '名称'],
    required: true,
  },
  {
    field: 'unit',
    header: '承办单位',
    aliases: ['责任单位', '实施单位', '牵头单位', '单位'],
    required: true,
  },
  {
    field: 'budget',
    header: '预算（万元）',
    aliases: ['预算', '投资（万元）', '投资', '资金（万元）', '预算资金'],
    required: false,
  },
  {
    field: 'description',
    header: '项目简介',
    aliases: ['简介', '项目内容', '建设内容', '内容'],
    required: false,
  },
  {
    field: 'completion',
    header: '计划完成时间',
    aliases: ['完成时间', '计划完成', '完成时限'],
    required: false,
  },
];

const bare = (text: string) => cleanText(text).replace(/ /g, '');

/** The unit named in a cell (full or short name, or the unique end of one), or why not. */
export function matchUnit(
  text: string,
  units: readonly Pick<Unit, 'id' | 'fullName' | 'shortName'>[],
): { id: string } | { error: string } {
  const name = bare(text);
  if (!name) return { error: '请填写承办单位' };
  const exact = units.find((u) => bare(u.shortName) === name || bare(u.fullName) === name);
  if (exact) return { id: exact.id };
  const ending = units.filter((u) => bare(u.fullName).endsWith(name) || bare(u.shortName).endsWith(name));
  const [only] = ending;
  if (name.length >= 2 && ending.length === 1 && only) return { id: only.id };
  if (ending.length > 1) {
    return { error: `“${name}”可能是 ${ending.map((u) => u.shortName).join('、')}，请写出单位全称` };
  }
  return { error: `单位名录中没有“${name}”，请先在名册的单位中添加，或检查名称是否写错` };
}

/** 1200, 1,200, 1200万元, 85.5 → a number of 万元; null for an empty cell; NaN for anything else. */
export function parseBudget(text: string): number | null {
  const value = bare(text)
    .replace(/,/g, '')
    .replace(/(万元|万)$/, '');
  if (value === '') return null;
  return /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
}

function parseRow(
  cells: Record<CandidateImportField, string>,
  units: readonly Pick<Unit, 'id' | 'fullName' | 'shortName'>[],
): { input: CandidateInput; errors: string[] } {
  const errors: string[] = [];
  const unit = matchUnit(cells.unit, units);
  if ('error' in unit) errors.push(unit.error);
  const budget = parseBudget(cells.budget);
  if (Number.isNaN(budget)) errors.push(`预算“${cells.budget}”应为数字，单位万元（如 1200 或 85.5）`);
  const completion = cells.completion.trim() === '' ? null : parseDateText(cells.completion);
  if (cells.completion.trim() !== '' && completion === null) {
    errors.push(`计划完成时间“${cells.completion}”不是日期（如 2027-10-31 或 2027年10月）`);
  }
  const input = normalizeCandidate({
    name: cells.name,
    unitId: 'id' in unit ? unit.id : '',
    budgetWan: budget !== null && Number.isNaN(budget) ? null : budget,
    description: cells.description,
    plannedCompletion: completion,
  });
  const fieldErrors = validateCandidate(input);
  for (const field of ['name', 'budgetWan', 'description'] as const) {
    const message = fieldErrors[field];
    if (message) errors.push(message);
  }
  return { input, errors };
}

/** Checks a table of candidates against the unit directory and the candidates already listed. */
export function previewCandidatesImport(
  table: { rows: readonly string[][] },
  units: readonly Pick<Unit, 'id' | 'fullName' | 'shortName'>[],
  existing: readonly Pick<ProjectCandidate, 'name' | 'order'>[],
): ImportPreview<CandidateInput> {
  const stored = new Map<string, string>();
  for (const c of existing) stored.set(candidateKey(c.name), `已有此项目（第 ${c.order} 项）`);
  return buildImportPreview(table, {
    columns: CANDIDATE_COLUMNS,
    quietlyIgnored: ['序号', '编号', '票决结果', '得票'],
    parse: (cells) => parseRow(cells, units),
    key: (input) => (input.name ? candidateKey(input.name) : null),
    duplicateOfRow: (rowNumber) => `与第 ${rowNumber} 行的项目名称相同`,
    existing: stored,
  });
}
