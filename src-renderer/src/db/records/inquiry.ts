// 专题询问 as stored: the question list, the agenda and the console's event log with every action's payload.
import { z } from 'zod';
import { AGENDA_KINDS } from '../../domain/inquiry/agenda';
import type { ConsoleAction } from '../../domain/inquiry/consoleEvents';
import type { Question } from '../../domain/inquiry/question';
import type { AgendaItemRecord, ConsoleEventRecord, QuestionRecord } from '../database';
import { idSchema, instantSchema, schemaFor } from './common';

/** Whole seconds; 0 is no limit (the timer counts up). */
const secondsSchema = z.number().int().nonnegative();

export const questionSchema = schemaFor<Question>()(
  z.object({
    id: idSchema,
    order: z.number().int().positive(),
    askerId: z.string(),
    unitIds: z.array(idSchema),
    respondentName: z.string(),
    respondentTitle: z.string(),
    text: z.string(),
    plannedSeconds: z.object({
      ask: secondsSchema,
      answer: secondsSchema,
      followUp: secondsSchema,
      supplement: secondsSchema,
    }),
    unplanned: z.boolean(),
  }),
);

export const questionRecordSchema = schemaFor<QuestionRecord>()(
  questionSchema.extend({ activityId: idSchema }),
);

export const agendaItemSchema = schemaFor<AgendaItemRecord>()(
  z.object({
    id: idSchema,
    activityId: idSchema,
    order: z.number().int().positive(),
    title: z.string(),
    plannedMinutes: z.number().int().positive(),
    kind: z.enum(AGENDA_KINDS),
    speaker: z.string().optional(),
  }),
);

/** Each action of the console with its payload (consoleEvents.ts), keyed by type. */
export const consoleActionSchemas = {
  agendaItemStarted: z.object({ type: z.literal('agendaItemStarted'), agendaItemId: idSchema }),
  questionTaken: z.object({ type: z.literal('questionTaken'), questionId: idSchema }),
  questionSelected: z.object({ type: z.literal('questionSelected'), questionId: idSchema }),
  questionAdded: z.object({ type: z.literal('questionAdded'), question: questionSchema }),
  phaseStarted: z.object({
    type: z.literal('phaseStarted'),
    phase: z.enum(['ask', 'answer', 'followUp', 'supplement', 'statement']),
    plannedSeconds: secondsSchema,
    speaker: z.string().optional(),
  }),
  paused: z.object({ type: z.literal('paused') }),
  resumed: z.object({ type: z.literal('resumed') }),
  timerStopped: z.object({ type: z.literal('timerStopped') }),
  questionFinished: z.object({ type: z.literal('questionFinished'), questionId: idSchema }),
  questionDeferred: z.object({ type: z.literal('questionDeferred'), questionId: idSchema }),
  questionSkipped: z.object({ type: z.literal('questionSkipped'), questionId: idSchema }),
  meetingEnded: z.object({ type: z.literal('meetingEnded') }),
  nextShown: z.object({ type: z.literal('nextShown'), shown: z.boolean() }),
  projectorBlanked: z.object({ type: z.literal('projectorBlanked'), blanked: z.boolean() }),
  undo: z.object({ type: z.literal('undo'), targetSeq: z.number().int().positive() }),
} as const;

const a = consoleActionSchemas;

export const consoleActionSchema = schemaFor<ConsoleAction>()(
  z.discriminatedUnion('type', [
    a.agendaItemStarted,
    a.questionTaken,
    a.questionSelected,
    a.questionAdded,
    a.phaseStarted,
    a.paused,
    a.resumed,
    a.timerStopped,
    a.questionFinished,
    a.questionDeferred,
    a.questionSkipped,
    a.meetingEnded,
    a.nextShown,
    a.projectorBlanked,
    a.undo,
  ]),
);

/** An event as stored: the action, the writer's seq and wall-clock time (epoch ms), and its activity. */
export const consoleEventSchema = schemaFor<ConsoleEventRecord>()(
  z.intersection(
    consoleActionSchema,
    z.object({ activityId: idSchema, seq: z.number().int().positive(), at: instantSchema }),
  ),
);
