import { cleanText, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, type FieldErrors } from '../validation';

export const PERSON_CATEGORIES = [
  '常委会组成人员',
  '人大代表',
  '政府及部门负责人',
  '工作人员',
  '服务对象',
] as const;
export type PersonCategory = (typeof PERSON_CATEGORIES)[number];

/** Rater groups offered by default; a person may carry any other tag too. */
export const DEFAULT_RATER_GROUPS = ['常委会组成人员', '人大代表', '服务对象'] as const;

export interface Person {
  id: string;
  name: string;
  /** 职务, e.g. 县人大常委会副主任 */
  title: string;
  category: PersonCategory;
  /** Rater-group tags (测评组), e.g. 常委会组成人员, 企业代表. */
  groups: string[];
  phone: string;
  archived: boolean;
}

export type PersonInput = Omit<Person, 'id' | 'archived'>;
export type PersonField = keyof PersonInput;

export function isPersonCategory(value: string): value is PersonCategory {
  return (PERSON_CATEGORIES as readonly string[]).includes(value);
}

/** Splits a tag list typed as "常委会组成人员、企业代表" or "a;b,c" into clean, unique tags. */
export function parseGroups(value: unknown): string[] {
  const parts = cleanText(value)
    .split(/[、,，;；/|]+/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  return [...new Set(parts)];
}

export function normalizePerson(input: PersonInput): PersonInput {
  return {
    name: cleanText(input.name).replace(/ /g, ''),
    title: cleanText(input.title),
    category: input.category,
    groups: [...new Set(input.groups.map(cleanText).filter((g) => g.length > 0))],
    phone: cleanText(input.phone).replace(/[ -]/g, ''),
  };
}

const PHONE = /^(\+?86)?(1\d{10}|0\d{2,3}\d{7,8}|\d{7,8})$/;

/** Checks a normalized person; messages are shown to the secretary as they are. */
export function validatePerson(input: PersonInput): FieldErrors<PersonField> {
  const errors: FieldErrors<PersonField> = {};
  if (input.name.length === 0) errors.name = '请填写姓名';
  else if (input.name.length > MAX_NAME_LENGTH) errors.name = `姓名不能超过 ${MAX_NAME_LENGTH} 个字`;
  if (input.title.length > MAX_TEXT_LENGTH) errors.title = `职务不能超过 ${MAX_TEXT_LENGTH} 个字`;
  if (!isPersonCategory(input.category)) {
    errors.category = `类别应为：${PERSON_CATEGORIES.join('、')}`;
  }
  if (input.groups.some((g) => g.length > MAX_NAME_LENGTH)) {
    errors.groups = `测评组名称不能超过 ${MAX_NAME_LENGTH} 个字`;
  }
  if (input.phone.length > 0 && !PHONE.test(input.phone)) {
    errors.phone = '电话号码格式不对，应为手机号或带区号的固话';
  }
  return errors;
}

/**
 * Two people are the same record when name and title match: Chinese names repeat often, so the
 * name alone would flag namesakes, while the same name with the same 职务 is one person entered twice.
 */
export function personKey(person: Pick<PersonInput, 'name' | 'title'>): string {
  return `${person.name}\u0000${person.title}`;
}
