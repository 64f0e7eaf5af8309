// 活动 as stored: the activity with the ids it references, indexed.
import { z } from 'zod';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES } from '../../domain/activity/activity';
import type { ActivityRecord } from '../database';
import { calendarDateSchema, idSchema, instantSchema, schemaFor } from './common';
import { projectVoteSettingsSchema } from './projects';
import { timerMinutesSchema } from './settings';

export const activitySchema = schemaFor<ActivityRecord>()(
  z.object({
    id: idSchema,
    kind: z.enum(ACTIVITY_KINDS),
    title: z.string(),
    date: calendarDateSchema,
    venue: z.string(),
    chairId: idSchema.nullable(),
    units: z.array(z.object({ unitId: idSchema, respondentName: z.string(), respondentTitle: z.string() })),
    participantIds: z.array(idSchema),
    timerMinutes: timerMinutesSchema,
    status: z.enum(ACTIVITY_STATUSES),
    agendaStart: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
      .optional(),
    project: projectVoteSettingsSchema.optional(),
    archived: z.boolean(),
    createdAt: instantSchema,
    updatedAt: instantSchema,
    unitIds: z.array(idSchema),
    personIds: z.array(idSchema),
  }),
);
