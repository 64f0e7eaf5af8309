import { cleanText, MAX_NAME_LENGTH, MAX_TEXT_LENGTH, type FieldErrors } from '../validation';

export const UNIT_KINDS = ['政府工作部门', '垂直管理部门', '公用企事业单位', '园区及其他'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface Unit {
  id: string;
  /** 全称 as printed on documents, e.g. 宜丰县自然资源局 */
  fullName: string;
  /** 简称 for screens and tables, e.g. 县自然资源局 */
  shortName: string;
  kind: UnitKind;
  headName: string;
  headTitle: string;
  /** 分管领导, e.g. the 分管副县长 who may give a 补充回答 */
  supervisorName: string;
  supervisorTitle: string;
  archived: boolean;
}

export type UnitInput = Omit<Unit, 'id' | 'archived'>;
export type UnitField = keyof UnitInput;

export function isUnitKind(value: string): value is UnitKind {
  return (UNIT_KINDS as readonly string[]).includes(value);
}

export function normalizeUnit(input: UnitInput): UnitInput {
  const fullName = cleanText(input.fullName).replace(/ /g, '');
  const shortName = cleanText(input.shortName).replace(/ /g, '');
  return {
    fullName,
    shortName: shortName.length > 0 ? shortName : fullName,
    kind: input.kind,
    headName: cleanText(input.headName).replace(/ /g, ''),
    headTitle: cleanText(input.headTitle),
    supervisorName: cleanText(input.supervisorName).replace(/ /g, ''),
    supervisorTitle: cleanText(input.supervisorTitle),
  };
}

export function validateUnit(input: UnitInput): FieldErrors<UnitField> {
  const errors: FieldErrors<UnitField> = {};
  if (input.fullName.length === 0) errors.fullName = '请填写单位全称';
  else if (input.fullName.length > MAX_TEXT_LENGTH)
    errors.fullName = `单位全称不能超过 ${MAX_TEXT_LENGTH} 个字`;
  if (input.shortName.length > MAX_NAME_LENGTH) errors.shortName = `简称不能超过 ${MAX_NAME_LENGTH} 个字`;
  if (!isUnitKind(input.kind)) errors.kind = `单位类型应为：${UNIT_KINDS.join('、')}`;
  if (input.headName.length > MAX_NAME_LENGTH) errors.headName = `负责人姓名不能超过 ${MAX_NAME_LENGTH} 个字`;
  if (input.supervisorName.length > MAX_NAME_LENGTH) {
    errors.supervisorName = `分管领导姓名不能超过 ${MAX_NAME_LENGTH} 个字`;
  }
  return errors;
}

/** Units are the same record when their full names match. */
export function unitKey(unit: Pick<UnitInput, 'fullName'>): string {
  return unit.fullName;
}
