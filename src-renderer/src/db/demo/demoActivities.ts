// Demo activities: an inquiry being prepared and an evaluation in progress. People and units are
// referred to by their demo keys; the loader turns keys into ids and daysFromToday into a date.
import type { ActivityInput } from '../../domain/activity/activity';
import type { PersonCategory } from '../../domain/directory/person';
import { DEFAULT_TIMER_MINUTES } from '../../domain/settings/settings';
import { DEMO_PEOPLE } from './demoPeople';
import { DEMO_UNITS } from './demoUnits';

export interface DemoActivityUnit {
  unitKey: string;
  respondentName: string;
  respondentTitle: string;
}

export type DemoActivity = Omit<ActivityInput, 'chairId' | 'units' | 'participantIds' | 'date'> & {
  key: string;
  chairKey: string;
  units: DemoActivityUnit[];
  participantKeys: string[];
  /** The activity's date, in days from the day the demo is loaded (negative: in the past). */
  daysFromToday: number;
};

export const DEMO_INQUIRY_KEY = 'inquiry-green-mines';
export const DEMO_EVALUATION_KEY = 'evaluation-business-environment';
export const DEMO_PROJECT_KEY = 'project-livelihood';

/** The unit with its head as the respondent (应询人 / 汇报人). */
function headedBy(unitKey: string): DemoActivityUnit {
  const unit = DEMO_UNITS.find((u) => u.key === unitKey);
  return { unitKey, respondentName: unit?.headName ?? '', respondentTitle: unit?.headTitle ?? '' };
}

function keysOf(category: PersonCategory): string[] {
  return DEMO_PEOPLE.filter((p) => p.category === category).map((p) => p.key);
}

/** 应询单位 of the inquiry, in the order they sit at the meeting. */
const INQUIRY_UNIT_KEYS = ['natural-resources', 'ecology', 'emergency', 'industry', 'forestry', 'water'];

/** 被评议单位 of the evaluation. */
const EVALUATION_UNIT_KEYS = [
  'development-reform',
  'administrative-approval',
  'market-regulation',
  'housing',
  'natural-resources',
  'taxation',
  'human-resources',
  'public-security',
  'ecology',
  'transport',
  'finance',
  'commerce',
  'power-supply',
  'medical-insurance',
  'justice',
  'industrial-park',
];

export const DEMO_ACTIVITIES: DemoActivity[] = [
  {
    key: DEMO_INQUIRY_KEY,
    kind: 'inquiry',
    title: '促进绿色矿山建设',
    venue: '县人大常委会会议室',
    daysFromToday: 7,
    status: 'planning',
    chairKey: 'director',
    units: INQUIRY_UNIT_KEYS.map(headedBy),
    // 询问人: members of the committees closest to the topic, and deputies from the mining towns.
    participantKeys: [
      'member-05',
      'member-02',
      'member-06',
      'member-13',
      'member-14',
      'deputy-01',
      'deputy-02',
      'deputy-08',
      'deputy-06',
      'deputy-16',
    ],
    timerMinutes: { ...DEFAULT_TIMER_MINUTES },
  },
  {
    key: DEMO_EVALUATION_KEY,
    kind: 'evaluation',
    title: '优化营商环境',
    venue: '县行政中心第一会议室',
    daysFromToday: -30,
    status: 'running',
    chairKey: 'vice-director-02',
    units: EVALUATION_UNIT_KEYS.map(headedBy),
    // 测评人: the whole committee, the deputies and the company heads (服务对象).
    participantKeys: [...keysOf('常委会组成人员'), ...keysOf('人大代表'), ...keysOf('服务对象')],
    timerMinutes: { ...DEFAULT_TIMER_MINUTES },
  },
  {
    key: DEMO_PROJECT_KEY,
    kind: 'project',
    title: '民生实事项目票决',
    venue: '县人民代表大会会场',
    daysFromToday: -120,
    status: 'running',
    chairKey: 'director',
    units: [],
    participantKeys: keysOf('人大代表'),
    timerMinutes: { ...DEFAULT_TIMER_MINUTES },
    // The loader sets the year to the vote's year.
    project: {
      year: 2026,
      places: 10,
      denominator: 'valid',
      meetingName: '宜丰县第十八届人民代表大会第一次会议',
    },
  },
];
