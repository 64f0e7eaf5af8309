// The setup form's values: a RoundInput whose group weights are percentages (50 rather than 0.5), and whose
// subjects carry a key for React.

import type { RoundRules } from '../../domain/votes/rules';
import type { RoundInput, SubjectKind } from '../../domain/votes/roundRecord';

export interface SubjectValue {
  key: string;
  id?: string;
  name: string;
  refId: string | null;
}

export interface SetupValues {
  title: string;
  subjectKind: SubjectKind;
  subjects: SubjectValue[];
  /** rules.groups[].weight in percent. */
  rules: RoundRules;
  /** 双人复核. */
  doubleEntry: boolean;
}

/** 0.3 → 30 and back, without float noise (0.3 × 100 is 30.000000000000004). */
const toPercent = (weight: number) => Number((weight * 100).toFixed(6));
const fromPercent = (percent: number) => Number((percent / 100).toFixed(8));

export function toValues(input: RoundInput): SetupValues {
  return {
    title: input.title,
    subjectKind: input.subjectKind,
    doubleEntry: input.doubleEntry === true,
    subjects: input.subjects.map((subject, index) => ({ ...subject, key: subject.id ?? `new-${index}` })),
    rules: {
      ...structuredClone(input.rules),
      groups: input.rules.groups.map((group) => ({ ...group, weight: toPercent(group.weight) })),
    },
  };
}

export function toInput(values: SetupValues): RoundInput {
  const weight = (value: unknown) => (typeof value === 'number' ? fromPercent(value) : Number.NaN);
  return {
    title: values.title,
    subjectKind: values.subjectKind,
    doubleEntry: values.doubleEntry,
    subjects: values.subjects.map(({ key: _key, ...subject }) => subject),
    rules: {
      ...values.rules,
      groups: values.rules.groups.map((group) => ({ ...group, weight: weight(group.weight) })),
    },
  };
}

/** A NumberInput gives '' when emptied; the rules want a number (NaN fails validation with a message). */
export function numberOf(value: number | string): number {
  return typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
}
