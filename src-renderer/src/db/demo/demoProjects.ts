// The demo's 民生实事项目票决 (issue 14): 12 candidates, 41 deputies, 10 chosen, the way the founding article's
// town did it. The round is published (two ballots void for marking 11, one empty ballot), and the ten chosen
// projects are followed in different states: two finished, one delayed, one overdue, one due soon, one with no
// note for months, the rest in progress. Counting and hashing happen before the loader's transaction.
import type { ProjectCandidateRecord } from '../database';
import { decideProjectVote } from '../../domain/projects/projectDecision';
import { projectFingerprint } from '../../domain/projects/projectFingerprint';
import type { ProjectItem } from '../../domain/projects/projectItem';
import type { ProjectBallotEntry, ProjectRound } from '../../domain/projects/projectRound';
import { defaultProjectRules } from '../../domain/projects/projectRules';
import { tallyProjectBallots } from '../../domain/projects/projectTally';
import { addDays, instantAt, toCalendarDate, type CalendarDate, type Instant } from '../../domain/time';
import { DEMO_PROJECT_KEY } from './demoActivities';

export const DEMO_PROJECT_DAYS_AGO = 120;

interface DemoCandidate {
  name: string;
  unitKey: string;
  budgetWan: number;
  description: string;
  /** Planned completion, in days from the day the demo is loaded. */
  dueInDays: number;
  votes: number;
}

const CANDIDATES: DemoCandidate[] = [
  {
    name: '城区农贸市场提升改造',
    unitKey: 'commerce',
    budgetWan: 1200,
    description: '改造城区3个农贸市场的排水、照明和摊位',
    dueInDays: 150,
    votes: 37,
  },
  {
    name: '农村饮水安全巩固提升',
    unitKey: 'water',
    budgetWan: 2350,
    description: '新建改造集中供水工程12处，惠及2.1万人',
    dueInDays: 20,
    votes: 36,
  },
  {
    name: '城区老旧小区改造',
    unitKey: 'housing',
    budgetWan: 3800,
    description: '改造老旧小区8个，加装电梯10部',
    dueInDays: 200,
    votes: 35,
  },
  {
    name: '乡镇卫生院能力提升',
    unitKey: 'medical-insurance',
    budgetWan: 960,
    description: '为6个乡镇卫生院配备DR、彩超等设备',
    dueInDays: 90,
    votes: 34,
  },
  {
    name: '中小学校园安全设施建设',
    unitKey: 'public-security',
    budgetWan: 450.5,
    description: '全县中小学安装一键报警和视频监控',
    dueInDays: -5,
    votes: 33,
  },
  {
    name: '城乡公交一体化',
    unitKey: 'transport',
    budgetWan: 1600,
    description: '新开城乡公交线路4条，更新新能源公交车20辆',
    dueInDays: 60,
    votes: 32,
  },
  {
    name: '就业技能培训',
    unitKey: 'human-resources',
    budgetWan: 300,
    description: '开展就业技能培训3000人次',
    dueInDays: 120,
    votes: 31,
  },
  {
    name: '城区停车位建设',
    unitKey: 'development-reform',
    budgetWan: 850,
    description: '新增公共停车位1200个',
    dueInDays: 180,
    votes: 30,
  },
  {
    name: '农村生活污水治理',
    unitKey: 'ecology',
    budgetWan: 2100,
    description: '完成30个自然村生活污水治理',
    dueInDays: -40,
    votes: 29,
  },
  {
    name: '便民法律服务站建设',
    unitKey: 'justice',
    budgetWan: 120,
    description: '在15个村（社区）建设便民法律服务站',
    dueInDays: -60,
    votes: 28,
  },
  {
    name: '城区智慧路灯改造',
    unitKey: 'power-supply',
    budgetWan: 780,
    description: '改造城区主干道路灯1500盏',
    dueInDays: 240,
    votes: 15,
  },
  {
    name: '县城夜市街区建设',
    unitKey: 'market-regulation',
    budgetWan: 1500,
    description: '建设县城夜市街区1条',
    dueInDays: 270,
    votes: 10,
  },
];

/** 41 deputies entitled, 41 present, 41 issued and returned: 2 ballots marked 11 (void), 1 empty, 38 others. */
const COUNTS = { entitled: 41, present: 41, issued: 41, returned: 41 };

/** Marks the candidates' votes on 38 ballots of at most 10 marks each, the fullest ballots filled last. */
function markedBallots(ids: readonly string[]): string[][] {
  const ballots: string[][] = Array.from({ length: 38 }, () => []);
  CANDIDATES.forEach((candidate, i) => {
    const order = ballots
      .map((marks, b) => ({ b, n: marks.length }))
      .sort((x, y) => x.n - y.n || x.b - y.b)
      .slice(0, candidate.votes);
    for (const { b } of order) ballots[b]?.push(ids[i] ?? '');
  });
  return ballots;
}

export interface DemoProjectRecords {
  candidates: ProjectCandidateRecord[];
  rounds: ProjectRound[];
  ballots: ProjectBallotEntry[];
  items: ProjectItem[];
}

/** The records once the activity and unit ids are known. */
export type MakeDemoProjects = (ids: {
  activity: (key: string) => string;
  unit: (key: string) => string;
}) => DemoProjectRecords;

function followUp(i: number, due: CalendarDate, today: CalendarDate, started: CalendarDate) {
  const on = (days: number) => addDays(today, -days);
  const notes = (...days: number[]) =>
    days.map((d, k) => ({
      date: on(d),
      text: k === 0 ? '项目已开工，完成招标和施工准备' : '完成年度计划工程量的一半以上',
    }));
  switch (i) {
    case 0:
      return {
        status: 'completed' as const,
        dueDate: due,
        delayReason: '',
        completedOn: on(10),
        notes: notes(100, 30),
      };
    case 1:
      return {
        status: 'inProgress' as const,
        dueDate: due,
        delayReason: '',
        completedOn: null,
        notes: notes(80, 25),
      };
    case 2:
      return {
        status: 'delayed' as const,
        dueDate: addDays(due, 90),
        delayReason: '部分住户对加装电梯方案意见不一，需重新征求意见',
        completedOn: null,
        notes: notes(70),
      };
    case 4:
      return {
        status: 'inProgress' as const,
        dueDate: due,
        delayReason: '',
        completedOn: null,
        notes: notes(60),
      };
    case 6:
      return { status: 'inProgress' as const, dueDate: due, delayReason: '', completedOn: null, notes: [] };
    case 9:
      return {
        status: 'completed' as const,
        dueDate: due,
        delayReason: '',
        completedOn: on(65),
        notes: notes(110, 70),
      };
    default:
      return {
        status: 'inProgress' as const,
        dueDate: due,
        delayReason: '',
        completedOn: null,
        notes: notes(50, 15).filter((n) => n.date > started),
      };
  }
}

export async function prepareDemoProjects(newId: () => string, now: Instant): Promise<MakeDemoProjects> {
  const today = toCalendarDate(now);
  const voteDay = addDays(today, -DEMO_PROJECT_DAYS_AGO);
  const candidateIds = CANDIDATES.map(() => newId());
  const roundId = newId();
  const rules = defaultProjectRules(10);
  const overMarked = [candidateIds.slice(0, 11), candidateIds.slice(1, 12)];
  const paper = [...markedBallots(candidateIds), ...overMarked, []];
  // Papers in the order they came out of the box: the void and empty ones among the others.
  const shuffled = paper.map((marks, i) => ({ marks, key: (i * 17) % paper.length }));
  shuffled.sort((a, b) => a.key - b.key);
  const ballots: ProjectBallotEntry[] = shuffled.map(({ marks }, i) => ({
    id: newId(),
    roundId,
    paperNo: i + 1,
    marks,
    void: false,
  }));
  const counts = tallyProjectBallots(candidateIds, rules.places, ballots);
  const decision = decideProjectVote(rules, candidateIds, COUNTS, counts);
  const fingerprint = await projectFingerprint({
    rules,
    counts: COUNTS,
    candidateIds,
    ballots,
    totals: null,
  });
  return ({ activity, unit }) => {
    const activityId = activity(DEMO_PROJECT_KEY);
    const candidates: ProjectCandidateRecord[] = CANDIDATES.map((c, i) => ({
      id: candidateIds[i] ?? '',
      activityId,
      order: i + 1,
      name: c.name,
      unitId: unit(c.unitKey),
      budgetWan: c.budgetWan,
      description: c.description,
      plannedCompletion: addDays(today, c.dueInDays),
    }));
    const round: ProjectRound = {
      id: roundId,
      activityId,
      number: 1,
      title: `${voteDay.slice(0, 4)}年民生实事项目票决`,
      candidateIds,
      rules,
      counts: COUNTS,
      entryMode: 'ballots',
      totals: null,
      stage: 'published',
      published: { decision, fingerprint, publishedAt: instantAt(voteDay, 11, 30) },
      createdAt: instantAt(voteDay, 9),
    };
    const items: ProjectItem[] = decision.chosen.map((id) => {
      const i = candidateIds.indexOf(id);
      const due = candidates[i]?.plannedCompletion ?? today;
      return { id, activityId, startedOn: voteDay, ...followUp(i, due, today, voteDay) };
    });
    return { candidates, rounds: [round], ballots, items };
  };
}
