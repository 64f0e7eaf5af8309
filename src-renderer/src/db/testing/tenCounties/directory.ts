// The ten counties' 名册: 160 units (the demo's 16 evaluated units in each of ten counties of 宜春市) and 820
// people, 350 of them raters in the three rater groups. Names are generated from common surnames and given
// names; none is a real person.
import type { Person } from '../../../domain/directory/person';
import type { Unit } from '../../../domain/directory/unit';
import { DEMO_ACTIVITIES, DEMO_EVALUATION_KEY, DEMO_UNITS } from '../../demo/demoData';
import type { Seeded } from './random';

export const COUNTIES = [
  '宜丰县',
  '上高县',
  '万载县',
  '铜鼓县',
  '奉新县',
  '靖安县',
  '高安市',
  '樟树市',
  '丰城市',
  '袁州区',
] as const;

/** The 16 units a county evaluates (demo-facts.md), as the demo names them. */
export const EVALUATED_UNIT_KEYS: readonly string[] =
  DEMO_ACTIVITIES.find((a) => a.key === DEMO_EVALUATION_KEY)?.units.map((u) => u.unitKey) ?? [];

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段漆钱汤尹黎易常武乔贺赖龚文';
const GIVEN =
  '国华建明志强文军平春红丽芳海涛东亮伟敏静秀英桂兰玉梅云飞超勇杰斌鹏辉晓雪振林清水山峰德昌永福荣贵生';

function personName(s: Seeded): string {
  const given = s.random() < 0.7 ? s.pick([...GIVEN]) + s.pick([...GIVEN]) : s.pick([...GIVEN]);
  return s.pick([...SURNAMES]) + given;
}

/** Three rater groups: 35 members of the standing committee, 210 county deputies, 105 enterprise raters. */
export const RATER_COUNTS = { 常委会组成人员: 35, 人大代表: 210, 服务对象: 105 } as const;
export const PEOPLE_COUNT = 820;

export function tenCountyUnits(s: Seeded): Unit[] {
  const units: Unit[] = [];
  for (const county of COUNTIES) {
    const short = county.endsWith('县') ? '县' : county.endsWith('市') ? '市' : '区';
    for (const key of EVALUATED_UNIT_KEYS) {
      const demo = DEMO_UNITS.find((u) => u.key === key);
      if (!demo) throw new Error(`no demo unit ${key}`);
      const headName = personName(s);
      units.push({
        id: s.id(),
        fullName: demo.fullName.replace('宜丰县', county).replace('宜丰', county.slice(0, 2)),
        shortName: demo.shortName.replace(/^县/, short),
        kind: demo.kind,
        headName,
        headTitle: demo.headTitle.replace(/^县/, short),
        supervisorName: demo.supervisorName,
        supervisorTitle: demo.supervisorTitle,
        archived: false,
      });
    }
  }
  return units;
}

export function tenCountyPeople(s: Seeded): Person[] {
  const people: Person[] = [];
  const add = (category: Person['category'], title: string, groups: string[]) =>
    people.push({
      id: s.id(),
      name: personName(s),
      title,
      category,
      groups,
      phone: `139${String(s.below(1e8)).padStart(8, '0')}`,
      archived: false,
    });
  for (let i = 0; i < RATER_COUNTS.常委会组成人员; i += 1)
    add('常委会组成人员', i === 0 ? '县人大常委会主任' : i < 5 ? '县人大常委会副主任' : '县人大常委会委员', [
      '常委会组成人员',
    ]);
  for (let i = 0; i < RATER_COUNTS.人大代表; i += 1)
    add('人大代表', `${s.pick(COUNTIES)}人大代表`, ['人大代表']);
  for (let i = 0; i < RATER_COUNTS.服务对象; i += 1) add('服务对象', `某企业负责人${i + 1}`, ['服务对象']);
  while (people.length < PEOPLE_COUNT) {
    const n = people.length;
    if (n % 3 === 0) add('政府及部门负责人', '县直部门负责人', []);
    else if (n % 3 === 1) add('人大代表', `${s.pick(COUNTIES)}人大代表`, []);
    else add('工作人员', '县人大常委会办公室工作人员', []);
  }
  return people;
}
