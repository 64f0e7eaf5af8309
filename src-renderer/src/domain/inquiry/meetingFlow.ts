// Leaving an agenda item, and what the meeting means for the activity's status. Pure.
import type { ActivityStatus } from '../activity/activity';
import type { ConsoleState } from './consoleState';
import { PHASE_LABELS } from './question';

/**
 * What the secretary must confirm before the meeting moves to another agenda item (G or the 当前议程 list):
 * questions still waiting when leaving the question item, and a timer that would stop. Empty: go on at once.
 */
export function leavingAgendaWarnings(state: ConsoleState): string[] {
  const warnings: string[] = [];
  if (state.currentAgendaItem?.kind === 'inquiry' && state.queue.length > 0) {
    warnings.push(`还有 ${state.queue.length} 个问题没有询问，离开询问议程后仍可回来继续。`);
  }
  const active = state.activeSegment;
  if (active) {
    warnings.push(`「${PHASE_LABELS[active.phase]}」正在计时，进入下一项议程会停止计时。`);
  }
  return warnings;
}

/**
 * The activity's status as the meeting log says: 已结束 after 结束会议, 进行中 once anything happened at the
 * meeting (an agenda item, a question, a 表态发言), else as it was. Undoing 结束会议 makes it 进行中 again.
 */
export function activityStatusFor(state: ConsoleState, status: ActivityStatus): ActivityStatus {
  if (state.meetingEndedAt !== null) return 'finished';
  const started =
    state.agendaRuns.length > 0 ||
    state.segments.length > 0 ||
    Object.values(state.progress).some((p) => p.takenAt !== null || p.status !== 'pending');
  return started ? 'running' : status;
}
