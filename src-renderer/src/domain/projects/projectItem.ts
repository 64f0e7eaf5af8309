// A chosen project followed through the year (民生实事项目 跟踪): the candidate it was, when following began, and
// its follow-up state (followUp.ts). One per chosen candidate; its id is the candidate's.
import type { CalendarDate } from '../time';
import type { ProjectFollowUp } from './followUp';

export interface ProjectItem extends ProjectFollowUp {
  /** The chosen candidate's id. */
  id: string;
  activityId: string;
  /** The day the result was published: the 90-day clock for notes starts here. */
  startedOn: CalendarDate;
}
