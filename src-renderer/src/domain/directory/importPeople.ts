// Importing the people list (人员名册) from a spreadsheet: 姓名, 职务, 类别, 测评组, 电话.
import { cleanText } from '../validation';
import { buildImportPreview, type ColumnSpec, type ImportPreview } from './importTable';
import {
  isPersonCategory,
  normalizePerson,
  parseGroups,
  PERSON_CATEGORIES,
  personKey,
  validatePerson,
  type Person,
  type PersonCategory,
  type PersonField,
  type PersonInput,
} from './person';

/** In the order of the template and the export; the export writes exactly these headers. */
export const PEOPLE_COLUMNS: readonly ColumnSpec<PersonField>[] = [
  { field: 'name', header: '姓名', aliases: ['名字'], required: true },
  { field: 'title', header: '职务', aliases: ['职位', '现任职务'], required: false },
  { field: 'category', header: '类别', aliases: ['人员类别', '身份'], required: true },
  { field: 'groups', header: '测评组', aliases: ['分组', '测评对象组'], required: false },
  { field: 'phone', header: '电话', aliases: ['联系电话', '手机', '手机号码'], required: false },
];

/** Other names for a category that secretaries commonly write; deliberately short and explicit. */
const CATEGORY_ALIASES: Readonly<Record<string, PersonCategory>> = {
  常委会委员: '常委会组成人员',
  代表: '人大代表',
  县人大代表: '人大代表',
  企业代表: '服务对象',
  部门负责人: '政府及部门负责人',
};

export function parseCategory(text: string): PersonCategory | null {
  const folded = cleanText(text).replace(/ /g, '');
  if (isPersonCategory(folded)) return folded;
  return CATEGORY_ALIASES[folded] ?? null;
}

const ALLOWED = PERSON_CATEGORIES.join('、');

function parsePerson(cells: Record<PersonField, string>): { input: PersonInput; errors: string[] } {
  const category = parseCategory(cells.category);
  const input = normalizePerson({
    name: cells.name,
    title: cells.title,
    // An unknown category stays as typed; the error below says which values are allowed.
    category: category ?? (cells.category as PersonCategory),
    groups: parseGroups(cells.groups),
    phone: cells.phone,
  });
  const fieldErrors = validatePerson(input);
  if (category === null) {
    fieldErrors.category =
      cells.category.length === 0
        ? `请填写类别，应为：${ALLOWED}`
        : `类别“${cells.category}”无法识别，应为：${ALLOWED}`;
  }
  if (fieldErrors.phone) fieldErrors.phone = `${fieldErrors.phone}（现为“${cells.phone}”）`;
  const order: PersonField[] = ['name', 'title', 'category', 'groups', 'phone'];
  const errors = order.flatMap((field) => fieldErrors[field] ?? []);
  return { input, errors };
}

function describe(person: Pick<Person, 'name' | 'title'>): string {
  return person.title ? `${person.name}（${person.title}）` : person.name;
}

/**
 * Checks a table of people against itself and against the people already stored.
 * Rows are duplicates when 姓名 and 职务 are both equal (personKey).
 */
export function previewPeopleImport(
  table: { rows: readonly string[][] },
  existing: readonly Pick<Person, 'name' | 'title'>[],
): ImportPreview<PersonInput> {
  const stored = new Map<string, string>();
  for (const person of existing) {
    const clean = { name: cleanText(person.name).replace(/ /g, ''), title: cleanText(person.title) };
    stored.set(personKey(clean), `名册中已有此人：${describe(clean)}`);
  }
  return buildImportPreview(table, {
    columns: PEOPLE_COLUMNS,
    quietlyIgnored: ['序号', '编号', '状态'],
    parse: parsePerson,
    key: (input) => (input.name ? personKey(input) : null),
    duplicateOfRow: (rowNumber) => `与第 ${rowNumber} 行重复（姓名和职务都相同）`,
    existing: stored,
  });
}
