// What a new round starts with: the rater groups and titles that suit the activity, and subject names.
// Every default is only a starting point; each one is a visible setting of the round.

import type { ActivityKind } from '../activity/activity';
import { DEFAULT_GROUP, defaultRules, type RaterGroup, type RoundRules, type VoteForm } from './rules';
import type { RoundInput } from './roundRecord';

/** The usual rater groups of a work evaluation (domain.md §2): 50% / 30% / 20%. */
export const EVALUATION_GROUPS: readonly RaterGroup[] = [
  { id: 'members', name: '常委会组成人员', weight: 0.5 },
  { id: 'deputies', name: '人大代表', weight: 0.3 },
  { id: 'clients', name: '服务对象', weight: 0.2 },
];

/** The deputies who rate the completion of the 民生实事项目 they chose (人大评). */
export const PROJECT_RATERS: RaterGroup = { id: 'deputies', name: '人大代表', weight: 1 };

/**
 * An evaluation is rated by three groups; an inquiry's answers by the standing committee's members; the projects
 * of a 民生实事项目票决 by the deputies.
 */
export function defaultRulesFor(kind: ActivityKind, form: VoteForm = 'tiers'): RoundRules {
  const rules = defaultRules(form);
  const groups =
    kind === 'evaluation' ? EVALUATION_GROUPS : kind === 'project' ? [PROJECT_RATERS] : [DEFAULT_GROUP];
  return { ...rules, groups: groups.map((group) => ({ ...group })) };
}

export function defaultRoundTitle(activityTitle: string, form: VoteForm): string {
  return `${activityTitle}${form === 'tiers' ? '满意度测评' : '测评评分'}`;
}

/** "第3题 县自然资源局的回答" */
export function answerSubjectName(questionOrder: number, unitNames: readonly string[]): string {
  return `第${questionOrder}题 ${unitNames.join('、')}的回答`;
}

/** A round on every unit of an activity, in the activity's order, with the default rules. */
export function unitRoundInput(
  activity: { kind: ActivityKind; title: string },
  units: readonly { unitId: string; name: string }[],
  form: VoteForm = 'tiers',
): RoundInput {
  return {
    title: defaultRoundTitle(activity.title, form),
    subjectKind: 'unit',
    subjects: units.map((unit) => ({ name: unit.name, refId: unit.unitId })),
    rules: defaultRulesFor(activity.kind, form),
  };
}

/** A vote on one answer at an inquiry (the console's "测评当前回答"), one group, the default rules. */
export function answerRoundInput(
  activity: { kind: ActivityKind; title: string },
  question: { id: string; order: number },
  unitNames: readonly string[],
): RoundInput {
  const name = answerSubjectName(question.order, unitNames);
  return {
    title: `${name}满意度测评`,
    subjectKind: 'answer',
    subjects: [{ name, refId: question.id }],
    rules: defaultRulesFor(activity.kind, 'tiers'),
  };
}

/** The 人大评 of a 民生实事项目票决: the deputies rate each finished project's completion, in ballot order. */
export function projectCompletionRoundInput(
  activity: { title: string },
  projects: readonly { id: string; name: string }[],
): RoundInput {
  return {
    title: `${activity.title.replace(/票决$/, '')}完成情况满意度测评`,
    subjectKind: 'project',
    subjects: projects.map((p) => ({ name: p.name, refId: p.id })),
    rules: defaultRulesFor('project'),
  };
}
