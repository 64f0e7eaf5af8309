import { describe, expect, it } from 'vitest';
import { normalizeActivity, validateActivity, type ActivityInput } from '../../domain/activity/activity';
import { normalizePerson, personKey, validatePerson, type PersonInput } from '../../domain/directory/person';
import { normalizeUnit, unitKey, validateUnit, type UnitInput } from '../../domain/directory/unit';
import { DEFAULT_TIMER_MINUTES, validateSettings } from '../../domain/settings/settings';
import {
  DEMO_ACTIVITIES,
  DEMO_EVALUATION_KEY,
  DEMO_INQUIRY_KEY,
  DEMO_PROJECT_KEY,
  DEMO_PEOPLE,
  DEMO_SETTINGS,
  DEMO_UNITS,
  type DemoActivity,
  type DemoPerson,
  type DemoUnit,
} from './demoData';

const INQUIRY_UNITS = [
  '县自然资源局',
  '县生态环境局',
  '县应急管理局',
  '县工业和信息化局',
  '县林业局',
  '县水利局',
];
const EVALUATION_UNITS = [
  '县发展和改革委员会',
  '县行政审批局',
  '县市场监督管理局',
  '县住房和城乡建设局',
  '县自然资源局',
  '县税务局',
  '县人力资源和社会保障局',
  '县公安局',
  '县生态环境局',
  '县交通运输局',
  '县财政局',
  '县商务局',
  '县供电公司',
  '县医疗保障局',
  '县司法局',
  '县工业园区管委会',
];

function personInput({ key: _key, ...input }: DemoPerson): PersonInput {
  return input;
}

function unitInput({ key: _key, ...input }: DemoUnit): UnitInput {
  return input;
}

/** The input the loader would build, with demo keys standing in for ids. */
function activityInput(activity: DemoActivity): ActivityInput {
  const { key: _key, chairKey, units, participantKeys, daysFromToday: _days, ...rest } = activity;
  return {
    ...rest,
    date: '2026-12-01',
    chairId: chairKey,
    units: units.map(({ unitKey, respondentName, respondentTitle }) => ({
      unitId: unitKey,
      respondentName,
      respondentTitle,
    })),
    participantIds: participantKeys,
  };
}

function personByKey(key: string): DemoPerson | undefined {
  return DEMO_PEOPLE.find((p) => p.key === key);
}

function activityByKey(key: string): DemoActivity {
  const activity = DEMO_ACTIVITIES.find((a) => a.key === key);
  if (!activity) throw new Error(`no demo activity ${key}`);
  return activity;
}

function shortNamesOf(activity: DemoActivity): string[] {
  return activity.units.map((u) => DEMO_UNITS.find((unit) => unit.key === u.unitKey)?.shortName ?? '');
}

function duplicates(values: string[]): string[] {
  return values.filter((value, i) => values.indexOf(value) !== i);
}

const ofCategory = (category: PersonInput['category']) => DEMO_PEOPLE.filter((p) => p.category === category);

describe('demo settings', () => {
  it('are valid and use the default fonts and timers', () => {
    expect(validateSettings(DEMO_SETTINGS)).toEqual({});
    expect(DEMO_SETTINGS.orgName).toBe('宜丰县人民代表大会常务委员会');
    expect(DEMO_SETTINGS.letterPrefix).toBe('宜人常函');
    expect(DEMO_SETTINGS.noticePrefix).toBe('宜人常发');
    expect(DEMO_SETTINGS.timerMinutes).toEqual(DEFAULT_TIMER_MINUTES);
  });
});

describe('demo people', () => {
  it('are clean and valid', () => {
    for (const person of DEMO_PEOPLE) {
      const input = personInput(person);
      expect(normalizePerson(input), person.key).toEqual(input);
      expect(validatePerson(normalizePerson(input)), person.key).toEqual({});
    }
  });

  it('have unique keys, names and person keys', () => {
    expect(duplicates(DEMO_PEOPLE.map((p) => p.key))).toEqual([]);
    expect(duplicates(DEMO_PEOPLE.map((p) => p.name))).toEqual([]);
    expect(duplicates(DEMO_PEOPLE.map(personKey))).toEqual([]);
    for (const person of DEMO_PEOPLE) expect(person.key).toMatch(/^[a-z0-9-]+$/);
  });

  it('have a realistic standing committee', () => {
    const committee = ofCategory('常委会组成人员');
    expect(committee.length).toBeGreaterThanOrEqual(25);
    expect(committee.length).toBeLessThanOrEqual(35);
    expect(committee.filter((p) => p.title === '县人大常委会主任')).toHaveLength(1);
    expect(committee.filter((p) => p.title.endsWith('副主任'))).toHaveLength(4);
    expect(committee.filter((p) => p.title === '县人大常委会秘书长')).toHaveLength(1);
    for (const person of committee) expect(person.groups).toEqual(['常委会组成人员']);
  });

  it('have deputies, vice county heads, staff and company heads', () => {
    expect(ofCategory('人大代表').length).toBeGreaterThanOrEqual(15);
    for (const person of ofCategory('人大代表')) expect(person.groups).toEqual(['人大代表']);
    expect(ofCategory('政府及部门负责人').filter((p) => p.title.includes('副县长'))).toHaveLength(3);
    expect(ofCategory('工作人员')).toHaveLength(3);
    expect(ofCategory('服务对象').length).toBeGreaterThanOrEqual(8);
    for (const person of ofCategory('服务对象')) expect(person.groups).toEqual(['服务对象']);
  });
});

describe('demo units', () => {
  it('are clean and valid', () => {
    for (const unit of DEMO_UNITS) {
      const input = unitInput(unit);
      expect(normalizeUnit(input), unit.key).toEqual(input);
      expect(validateUnit(input), unit.key).toEqual({});
    }
  });

  it('have unique keys, full names and short names', () => {
    expect(duplicates(DEMO_UNITS.map((u) => u.key))).toEqual([]);
    expect(duplicates(DEMO_UNITS.map(unitKey))).toEqual([]);
    expect(duplicates(DEMO_UNITS.map((u) => u.shortName))).toEqual([]);
  });

  it('are the union of the inquiry and evaluation units', () => {
    expect(new Set(DEMO_UNITS.map((u) => u.shortName))).toEqual(
      new Set([...EVALUATION_UNITS, ...INQUIRY_UNITS]),
    );
  });

  it('name heads and supervisors who are in the directory', () => {
    for (const unit of DEMO_UNITS) {
      const head = DEMO_PEOPLE.find((p) => p.name === unit.headName);
      expect(head?.title, unit.key).toBe(unit.headTitle);
      expect(head?.category, unit.key).toBe('政府及部门负责人');
      const supervisor = DEMO_PEOPLE.find((p) => p.name === unit.supervisorName);
      expect(supervisor?.category, unit.key).toBe('政府及部门负责人');
      expect(supervisor?.title, unit.key).toContain('副县长');
      expect(supervisor?.title, unit.key).toBe(unit.supervisorTitle);
    }
  });
});

describe('demo activities', () => {
  it('have unique keys and include the inquiry, the evaluation and the project vote', () => {
    expect(DEMO_ACTIVITIES.map((a) => a.key)).toEqual([
      DEMO_INQUIRY_KEY,
      DEMO_EVALUATION_KEY,
      DEMO_PROJECT_KEY,
    ]);
  });

  it('refer to existing people and units, with the unit heads as respondents', () => {
    for (const activity of DEMO_ACTIVITIES) {
      expect(personByKey(activity.chairKey), activity.key).toBeDefined();
      for (const key of activity.participantKeys) expect(personByKey(key), key).toBeDefined();
      expect(duplicates(activity.participantKeys)).toEqual([]);
      for (const { unitKey: key, respondentName, respondentTitle } of activity.units) {
        const unit = DEMO_UNITS.find((u) => u.key === key);
        expect(unit, key).toBeDefined();
        expect(respondentName, key).toBe(unit?.headName);
        expect(respondentTitle, key).toBe(unit?.headTitle);
      }
    }
  });

  it('pass validation and are already normalized', () => {
    for (const activity of DEMO_ACTIVITIES) {
      const input = activityInput(activity);
      expect(validateActivity(input), activity.key).toEqual({});
      expect(normalizeActivity(input), activity.key).toEqual(input);
      expect(activity.timerMinutes).toEqual(DEFAULT_TIMER_MINUTES);
    }
  });

  it('has an inquiry on green mines with the six units asked, chaired by the 主任', () => {
    const inquiry = activityByKey(DEMO_INQUIRY_KEY);
    expect(inquiry.kind).toBe('inquiry');
    expect(inquiry.title).toBe('促进绿色矿山建设');
    expect(inquiry.status).toBe('planning');
    expect(inquiry.daysFromToday).toBe(7);
    expect(personByKey(inquiry.chairKey)?.title).toBe('县人大常委会主任');
    expect(shortNamesOf(inquiry)).toEqual(INQUIRY_UNITS);
    expect(inquiry.participantKeys.length).toBeGreaterThanOrEqual(8);
    expect(inquiry.participantKeys.length).toBeLessThanOrEqual(10);
    const askerCategories = new Set(inquiry.participantKeys.map((key) => personByKey(key)?.category));
    expect(askerCategories).toEqual(new Set(['常委会组成人员', '人大代表']));
  });

  it('has an evaluation of the business environment with 16 units, chaired by a 副主任', () => {
    const evaluation = activityByKey(DEMO_EVALUATION_KEY);
    expect(evaluation.kind).toBe('evaluation');
    expect(evaluation.title).toBe('优化营商环境');
    expect(evaluation.status).toBe('running');
    expect(evaluation.daysFromToday).toBe(-30);
    expect(personByKey(evaluation.chairKey)?.title).toMatch(/副主任$/);
    expect(evaluation.units).toHaveLength(16);
    expect(new Set(shortNamesOf(evaluation))).toEqual(new Set(EVALUATION_UNITS));
    const raters = [...ofCategory('常委会组成人员'), ...ofCategory('人大代表'), ...ofCategory('服务对象')];
    expect(new Set(evaluation.participantKeys)).toEqual(new Set(raters.map((p) => p.key)));
  });
});
