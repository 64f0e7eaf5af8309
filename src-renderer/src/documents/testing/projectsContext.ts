// Test helper: a project vote like the one of the founding article's town: 12 candidates, 10 places, 41 deputies
// (two ballots with 11 marks, one empty), with the facts a ballot prints. keep() (votesContext.ts) writes the
// documents for scripts/render-docx.sh when DOCS_CHECK_DIR is set.
import type { AnnouncementInput } from '../../domain/projects/announcement';
import type { ProjectCandidate } from '../../domain/projects/candidate';
import { startFollowUp, type ProjectFollowUp } from '../../domain/projects/followUp';
import type { ProjectLedgerEntry } from '../../domain/projects/ledger';
import { decideProjectVote } from '../../domain/projects/projectDecision';
import { defaultProjectRules } from '../../domain/projects/projectRules';
import type { ProjectCounts } from '../../domain/projects/projectTally';
import { DEFAULT_FONTS } from '../../domain/settings/settings';
import type { ProjectBallotInput, ProjectDocContext } from '../projects/context';

export const UNITS: Record<string, string> = {
  jt: '县交通运输局',
  sl: '县水利局',
  jy: '县教育体育局',
  ws: '县卫生健康委员会',
  zj: '县住房和城乡建设局',
  mz: '县民政局',
  nn: '县农业农村局',
  sc: '县市场监督管理局',
};

const FACTS: [string, string, number | null, string, string][] = [
  ['农村公路提质改造', 'jt', 1200, '改造提升县乡道及通村公路 48 公里，完善安保设施', '2027-10-31'],
  ['城乡供水一体化工程', 'sl', 3500, '新建水厂一座，铺设主管网 36 公里，覆盖 9 个乡镇', '2027-12-31'],
  ['中小学校园安全提升', 'jy', 85.5, '为全县 42 所中小学配齐视频监控和一键报警装置', '2027-08-31'],
  ['乡镇卫生院服务能力提升', 'ws', 960, '改造 6 所乡镇卫生院，配置 DR、彩超等设备', '2027-11-30'],
  ['老旧小区改造', 'zj', 2800, '改造 2000 年前建成的老旧小区 15 个，惠及 3200 户', '2027-12-31'],
  ['社区居家养老服务中心建设', 'mz', 450, '新建社区居家养老服务中心 8 个，提供助餐助浴服务', '2027-09-30'],
  ['农贸市场标准化改造', 'sc', 620, '完成城区 3 个农贸市场标准化改造', '2027-10-31'],
  ['城区停车场建设', 'zj', 1500, '新建公共停车场 4 处，新增停车泊位 800 个', '2027-12-31'],
  ['高标准农田建设', 'nn', 4200, '建成高标准农田 3 万亩', '2027-12-31'],
  ['城区学校学位扩容', 'jy', 5600, '新建小学一所，新增学位 1800 个', '2027-08-31'],
  ['公共厕所新建改建', 'zj', 300, '新建改建城乡公共厕所 30 座', '2027-06-30'],
  ['全民健身设施建设', 'jy', 180, '在 20 个行政村建设健身广场', '2027-09-30'],
];

export const CANDIDATES: ProjectCandidate[] = FACTS.map(
  ([name, unitId, budgetWan, description, date], i) => ({
    id: `p${i + 1}`,
    order: i + 1,
    name,
    unitId,
    budgetWan,
    description,
    plannedCompletion: date,
  }),
);

export const CONTEXT: ProjectDocContext = { orgName: '宜丰县人民代表大会常务委员会', fonts: DEFAULT_FONTS };

export const unitName = (id: string) => UNITS[id] ?? '';

export function ballotInput(overrides: Partial<ProjectBallotInput> = {}): ProjectBallotInput {
  return {
    ...CONTEXT,
    subject: '宜丰县2027年民生实事项目',
    meetingName: '宜丰县第十八届人民代表大会第二次会议',
    meetingDate: '2027-01-08',
    candidates: CANDIDATES,
    unitName,
    places: 10,
    ...overrides,
  };
}

/** The hand-counted case of domain/projects: 39 valid of 41, two over-marked, one empty; 11 pass, 10 chosen. */
export const VOTES = [38, 37, 36, 35, 34, 33, 32, 30, 28, 25, 20, 13];

export function announcementInput(votes: readonly number[] = VOTES): AnnouncementInput {
  const ids = CANDIDATES.map((c) => c.id);
  const rules = defaultProjectRules(10);
  const round = { entitled: 45, present: 41, issued: 41, returned: 41 };
  const counts: ProjectCounts = {
    returned: 41,
    valid: 39,
    overMarked: 2,
    voidOther: 0,
    empty: 1,
    votes: Object.fromEntries(ids.map((id, i) => [id, votes[i] ?? 0])),
  };
  return {
    subject: '宜丰县2027年民生实事项目',
    meetingName: '宜丰县第十八届人民代表大会第二次会议',
    meetingDate: '2027-01-08',
    candidates: CANDIDATES,
    unitName,
    rules,
    round,
    counts,
    decision: decideProjectVote(rules, ids, round, counts),
  };
}

/** The ten chosen projects through the year: in progress (with and without notes), delayed, completed. */
export function ledgerEntries(): ProjectLedgerEntry[] {
  const chosen = CANDIDATES.slice(0, 10);
  return chosen.map((candidate, i) => {
    const followUp = startFollowUp(candidate.plannedCompletion);
    const entry = (state: ProjectFollowUp, satisfaction: ProjectLedgerEntry['satisfaction'] = null) => ({
      candidate,
      followUp: state,
      satisfaction,
    });
    switch (i) {
      case 0:
        return entry(
          {
            ...followUp,
            status: 'completed',
            completedOn: '2027-09-20',
            notes: [
              { date: '2027-04-10', text: '完成路基施工 30 公里' },
              { date: '2027-09-20', text: '全线完工并通过交工验收' },
            ],
          },
          { rate: 0.925, outcome: '满意' },
        );
      case 1:
        return entry({
          ...followUp,
          status: 'delayed',
          dueDate: '2028-06-30',
          delayReason: '水厂选址调整，需重新办理用地手续',
          notes: [{ date: '2027-07-15', text: '主管网铺设完成 20 公里' }],
        });
      case 2:
        return entry({ ...followUp, status: 'completed', completedOn: '2027-08-25' });
      case 3:
        return entry({
          ...followUp,
          notes: [{ date: '2027-05-06', text: '3 所卫生院改造主体完工，设备采购已招标' }],
        });
      default:
        return entry(followUp);
    }
  });
}
