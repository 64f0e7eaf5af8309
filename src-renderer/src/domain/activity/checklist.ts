// The home page's first-run checklist (准备步骤): what a new office does before its first inquiry, in order,
// each step ticked from the data itself (never from a click), and where to go to do it.

/** What the checklist is worked out from; the home page's query gathers it. */
export interface ChecklistFacts {
  /** 发文机关标志 and both 发文字号 prefixes are filled (see settings/readiness.ts). */
  settingsReady: boolean;
  /** People and units in the 名册, archived ones left out. */
  people: number;
  units: number;
  /** Activities of any kind, archived ones left out. */
  activities: number;
  /** The inquiries (专题询问) not archived, the one to prepare first first (current ones, newest first). */
  inquiries: readonly { id: string; questions: number; agendaItems: number }[];
}

export type ChecklistStepKey = 'settings' | 'directory' | 'activity' | 'questions' | 'agenda';

export interface ChecklistStep {
  key: ChecklistStepKey;
  label: string;
  /** What to do, in a sentence. */
  hint: string;
  done: boolean;
  /** The route where it is done. */
  href: string;
}

export interface Checklist {
  steps: ChecklistStep[];
  /** The first step not done; null when all are. */
  next: ChecklistStep | null;
  doneCount: number;
}

/**
 * The steps: 机关名称与文号前缀 → 名册 → 活动 → 询问提纲 → 议程. The last two belong to an inquiry: the first
 * inquiry that has questions, else the first one. With activities but no inquiry (only 工作评议, which has
 * neither), those two steps are left out; with no activity yet, they point at 新建活动.
 */
export function firstRunChecklist(facts: ChecklistFacts): Checklist {
  const inquiry = facts.inquiries.find((i) => i.questions > 0) ?? facts.inquiries[0];
  const inquiryHref = (tab: string) => (inquiry ? `/activities/${inquiry.id}/${tab}` : '/activities/new');
  const steps: ChecklistStep[] = [
    {
      key: 'settings',
      label: '机关名称与文号前缀',
      hint: '在设置中填写发文机关标志和函、通知的发文字号前缀，导出的公文都要用到。',
      done: facts.settingsReady,
      href: '/settings',
    },
    {
      key: 'directory',
      label: '名册',
      hint: '导入或录入常委会组成人员和应询单位。',
      done: facts.people > 0 && facts.units > 0,
      href: facts.people > 0 && facts.units === 0 ? '/directory/units' : '/directory/people',
    },
    {
      key: 'activity',
      label: '活动',
      hint: '新建一次专题询问或工作评议。',
      done: facts.activities > 0,
      href: facts.activities > 0 ? '/activities' : '/activities/new',
    },
  ];
  if (facts.activities === 0 || inquiry) {
    const before = inquiry ? '' : '先新建一次专题询问，再';
    steps.push(
      {
        key: 'questions',
        label: '询问提纲',
        hint: `${before}列出询问的问题、提问人和应询单位。`,
        done: (inquiry?.questions ?? 0) > 0,
        href: inquiryHref('questions'),
      },
      {
        key: 'agenda',
        label: '议程',
        hint: `${before}确认会议议程、时长和发言人。`,
        done: (inquiry?.agendaItems ?? 0) > 0,
        href: inquiryHref('agenda'),
      },
    );
  }
  return {
    steps,
    next: steps.find((s) => !s.done) ?? null,
    doneCount: steps.filter((s) => s.done).length,
  };
}
