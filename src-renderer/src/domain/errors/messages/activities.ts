import type { ErrorParams } from '../messages';

const text = (value: ErrorParams[string]): string => (value === undefined ? '' : String(value));

export const activityMessages = {
  /** params.round: the title of a published round of the activity. */
  'activity.hasPublishedResult': (p: ErrorParams) =>
    `该活动的测评「${text(p.round)}」已公布结果，公布的结果是正式记录，不能删除活动；可以改为归档`,
  'activity.archived': () => '该活动已归档，只能查看；如需修改，请先点“恢复”',
};
