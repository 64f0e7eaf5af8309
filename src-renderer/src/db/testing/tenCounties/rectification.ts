// The ten counties' rectification (整改): 500 items, 12 or 13 from each published evaluation round (its lowest
// ranked units), each handed over (交办) two days after the meeting; the older years' items have their plan
// and report in, as the domain's workflow writes them.
import type { Unit } from '../../../domain/directory/unit';
import {
  applyAction,
  newItem,
  type RectificationItem,
  type WorkflowAction,
} from '../../../domain/rectification';
import { addDays } from '../../../domain/time';
import type { VoteRound } from '../../../domain/votes/roundRecord';
import type { ActivityRecord } from '../../database';
import type { Seeded } from './random';

export const RECTIFICATION_COUNT = 500;

function run(
  item: RectificationItem,
  action: Exclude<WorkflowAction, { type: 'correct' }>,
): RectificationItem {
  const result = applyAction(item, action, action.date);
  if ('error' in result) throw new Error(`rectification ${action.type}: ${result.error}`);
  return result.item;
}

export function tenCountyRectification(
  s: Seeded,
  activities: readonly ActivityRecord[],
  rounds: readonly VoteRound[],
  units: readonly Unit[],
): RectificationItem[] {
  const items: RectificationItem[] = [];
  rounds.forEach((round, r) => {
    const activity = activities.find((a) => a.id === round.activityId);
    const result = round.published?.result;
    if (!activity || !result || result.status !== 'counted') return;
    const take = Math.round(((r + 1) * RECTIFICATION_COUNT) / rounds.length) - items.length;
    const lowest = [...result.subjects].reverse().slice(0, take);
    const year = Number(activity.date.slice(0, 4));
    for (const ranked of lowest) {
      const subject = round.subjects.find((x) => x.id === ranked.subjectId);
      const unit = units.find((u) => u.id === subject?.refId);
      if (!subject || !unit) continue;
      const figures = `排名第${ranked.rank ?? '-'}名（共${round.subjects.length}个单位）`;
      let item = newItem(s.id(), {
        activityId: activity.id,
        unitId: unit.id,
        problems: [
          `${unit.shortName}在${round.title}中${figures}，服务对象反映办事环节多、时限长。`,
          '部分事项仍需群众多头跑、反复跑，线上办理率不高。',
        ],
        requirements: '请对照评议意见逐条制定整改方案，明确责任人和完成时限，按期报送整改情况。',
        source: { kind: 'evaluation', roundId: round.id, rank: ranked.rank ?? 0, figures },
        supervisorName: unit.supervisorName,
        supervisorTitle: unit.supervisorTitle,
        responsibleLeader: unit.headName,
        note: '',
      });
      const issued = addDays(activity.date, 2);
      item = run(item, { type: 'issue', entryId: s.id(), date: issued });
      if (year < 2026) {
        item = run(item, { type: 'planReceived', entryId: s.id(), date: addDays(issued, 14) });
        item = run(item, {
          type: 'reportReceived',
          entryId: s.id(),
          date: addDays(issued, 80),
          text: '报送整改情况报告',
        });
      } else if (s.random() < 0.5) {
        item = run(item, { type: 'planReceived', entryId: s.id(), date: addDays(issued, 12) });
      }
      items.push(item);
    }
  });
  return items;
}
