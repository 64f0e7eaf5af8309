// The demo's rectification: items for the evaluation's bottom-ranked units (the published round's bottom N, three
// by default), handed over two days after the meeting with numbered 整改通知书, and followed up since, so that on
// the day the demo is loaded one is 办结 after a satisfied vote on its report, one waits for its vote (测评中, the
// round in draft) and one is 整改中 with its report overdue. Built with the domain's own workflow, so the history
// reads exactly as the app would have written it.

import { addDays, instantAt } from '../../domain/time';
import {
  applyAction,
  draftsFromEvaluation,
  formatted,
  issueNumber,
  newItem,
  reportVoteOutcome,
  yearOf,
  type IssuedNumber,
  type RectificationItem,
  type WorkflowAction,
} from '../../domain/rectification';
import type { Unit } from '../../domain/directory/unit';
import type { Settings } from '../../domain/settings/settings';
import type { VoteRound } from '../../domain/votes/roundRecord';
import type { ActivityRecord, BallotRecord, IssuedDocumentRecord, RoundLogRecord } from '../database';
import { ISSUED_KIND_LABELS, noticeContent } from '../../domain/rectification/issuedContent';
import {
  draftReportRound,
  planPublishedReportRound,
  publishedReportRound,
  type ReportRoundPlan,
} from './demoRectificationRounds';

/** Days from the load day: the evaluation met 30 days ago, the notices went out 2 days later. */
const ISSUED = -28;

type Step = { days: number; action: Record<string, string> & { type: DatedAction['type'] } };

/** What happened to each item after 交办, in the bottom units' table order (the worst ranked last). */
const STORIES: { closed: Step[]; voting: Step[]; overdue: Step[]; rectifying: Step[] } = {
  closed: [
    { days: -20, action: { type: 'planReceived', text: '整改方案明确了12项整改措施' } },
    { days: -9, action: { type: 'reportReceived', text: '报送整改情况报告，12项措施已全部完成' } },
  ],
  voting: [
    { days: -16, action: { type: 'planReceived' } },
    {
      days: -10,
      action: {
        type: 'followUp',
        kind: 'visit',
        text: '常委会办公室到单位实地查看整改进展，听取整改情况汇报',
      },
    },
    { days: -3, action: { type: 'reportReceived', text: '报送整改情况报告' } },
  ],
  overdue: [
    { days: -19, action: { type: 'planReceived' } },
    { days: -2, action: { type: 'followUp', kind: 'reminder', text: '电话督促尽快报送整改情况报告' } },
  ],
  rectifying: [{ days: -15, action: { type: 'planReceived' } }],
};

/** The worst ranked unit was given short deadlines (限期整改): plan in 10 days, report in 25. */
const SHORT_DEADLINES = { plan: 10, report: 25 };

export interface DemoRectificationInput {
  today: string;
  activity: ActivityRecord;
  round: VoteRound;
  units: readonly Unit[];
  settings: Settings;
}

export interface DemoRectificationRecords {
  items: RectificationItem[];
  numbers: IssuedNumber[];
  documents: IssuedDocumentRecord[];
  voteRounds: VoteRound[];
  ballots: BallotRecord[];
  roundLog: RoundLogRecord[];
}

export interface DemoRectificationPlan {
  ids: string[];
  closedRound: ReportRoundPlan;
  votingRound: { roundId: string; subjectId: string };
  make: (input: DemoRectificationInput) => DemoRectificationRecords;
}

type DatedAction = Exclude<WorkflowAction, { type: 'correct' }>;

function run(item: RectificationItem, action: DatedAction): RectificationItem {
  // The day of the action is the day it was recorded.
  const result = applyAction(item, action, action.date);
  if ('error' in result) throw new Error(`demo rectification ${action.type}: ${result.error}`);
  return result.item;
}

/**
 * Prepares the demo's items: their ids and the counted vote on the closed item's report (hashing is not an
 * IndexedDB operation, so it happens before the loader's transaction). `make` builds the records inside it.
 */
export async function prepareDemoRectification(newId: () => string): Promise<DemoRectificationPlan> {
  const ids = [newId()];
  const closedRound = await planPublishedReportRound(newId, ids[0] ?? '');
  const votingRound = { roundId: newId(), subjectId: newId() };
  const make = (input: DemoRectificationInput): DemoRectificationRecords => {
    const { today, activity, round, units, settings } = input;
    const published = round.published;
    if (!published) throw new Error('demo evaluation round is not published');
    const result = draftsFromEvaluation(published.result, {
      activityId: activity.id,
      roundId: round.id,
      roundTitle: round.title,
      subjects: round.subjects,
      units,
      decimals: round.rules.decimals,
    });
    if ('error' in result) throw new Error(result.error);
    const bottom = new Set(
      published.result.subjects
        .filter((s) => s.bottom)
        .map((s) => round.subjects.find((r) => r.id === s.subjectId)?.refId),
    );
    const drafts = result.drafts.filter((draft) => bottom.has(draft.unitId));
    const records: DemoRectificationRecords = {
      items: [],
      numbers: [],
      documents: [],
      voteRounds: [],
      ballots: [],
      roundLog: [],
    };
    const issuedOn = addDays(today, ISSUED);
    const year = yearOf(issuedOn);
    const prefix = settings.noticePrefix;
    const nextEntry = newId;
    drafts.forEach((draft, index) => {
      const id = ids[index] ?? newId();
      const unit = units.find((u) => u.id === draft.unitId);
      const unitName = unit?.shortName ?? '';
      const story =
        index === 0
          ? 'closed'
          : index === 1
            ? 'voting'
            : index === drafts.length - 1
              ? 'overdue'
              : 'rectifying';
      // The short deadlines are written into the requirements instead of the usual 15 days and 3 months.
      let item = newItem(
        id,
        story === 'overdue'
          ? { ...draft, requirements: `${draft.requirements.replace(/自交办之日起.*$/, '')}限期整改到位。` }
          : draft,
      );
      const documentId = newId();
      const taken = prefix === '' ? null : issueNumber(records.numbers, prefix, year, documentId, issuedOn);
      const number = taken && 'entry' in taken ? taken.entry : null;
      const short = story === 'overdue';
      item = run(item, {
        type: 'issue',
        entryId: nextEntry(),
        date: issuedOn,
        ...(number ? { text: `印发${ISSUED_KIND_LABELS.notice}${formatted(number)}` } : {}),
        ...(short
          ? {
              planDue: addDays(issuedOn, SHORT_DEADLINES.plan),
              reportDue: addDays(issuedOn, SHORT_DEADLINES.report),
            }
          : {}),
      });
      if (number && unit) {
        records.numbers.push(number);
        records.documents.push({
          id: documentId,
          kind: 'notice',
          itemIds: [id],
          unitId: unit.id,
          activityId: activity.id,
          prefix,
          year,
          sequence: number.sequence,
          number: formatted(number),
          issuedOn,
          content: noticeContent({
            kind: 'notice',
            orgName: settings.orgName,
            fonts: settings.fonts,
            number: formatted(number),
            date: issuedOn,
            unit,
            activity: { kind: activity.kind, title: activity.title, date: activity.date },
            items: [item],
          }),
          status: 'issued',
          createdAt: instantAt(issuedOn, 9),
        });
      }
      for (const step of STORIES[story]) {
        const date = addDays(today, step.days);
        item = run(item, { ...step.action, entryId: nextEntry(), date } as DatedAction);
      }
      if (story === 'closed') {
        const days = -5;
        const date = addDays(today, days);
        const vote = publishedReportRound(closedRound, item, activity.id, unitName, today, days);
        item = run(item, { type: 'startVote', entryId: nextEntry(), date, roundId: vote.round.id });
        const outcome = reportVoteOutcome(closedRound.published.result, vote.round.subjects, id);
        if ('error' in outcome) throw new Error(outcome.error);
        item = run(item, {
          type: 'recordVoteOutcome',
          entryId: nextEntry(),
          date,
          roundId: vote.round.id,
          ...outcome,
        });
        records.voteRounds.push(vote.round);
        records.ballots.push(...vote.ballots);
        records.roundLog.push(...vote.log);
      }
      if (story === 'voting') {
        const days = -1;
        const vote = draftReportRound(
          votingRound.roundId,
          votingRound.subjectId,
          item,
          activity.id,
          unitName,
          today,
          days,
        );
        item = run(item, {
          type: 'startVote',
          entryId: nextEntry(),
          date: addDays(today, days),
          roundId: vote.round.id,
        });
        records.voteRounds.push(vote.round);
        records.roundLog.push(...vote.log);
      }
      records.items.push(item);
    });
    return records;
  };
  return { ids, closedRound, votingRound, make };
}
