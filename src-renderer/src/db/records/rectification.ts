// 整改 as stored: items with their history, the document-number registry and the issued documents' frozen text.
import { z } from 'zod';
import { ENTRY_KINDS, type FollowUpEntry } from '../../domain/rectification/followUps';
import type { IssuedContent } from '../../domain/rectification/issuedContent';
import { SOURCE_KINDS } from '../../domain/rectification/item';
import { ITEM_STATUSES } from '../../domain/rectification/status';
import type { DocumentNumberRecord, IssuedDocumentRecord, RectificationItemRecord } from '../database';
import { calendarDateSchema, idSchema, instantSchema, schemaFor } from './common';
import { ACTIVITY_KINDS } from '../../domain/activity/activity';
import { fontsSchema } from './settings';

const statusSchema = z.enum(ITEM_STATUSES);
const outcomeSchema = z.enum(['satisfied', 'fairly', 'basic', 'unsatisfied']);

export const followUpEntrySchema = schemaFor<FollowUpEntry>()(
  z.object({
    id: idSchema,
    kind: z.enum(ENTRY_KINDS),
    date: calendarDateSchema,
    recordedOn: calendarDateSchema,
    text: z.string(),
    automatic: z.boolean(),
    corrects: idSchema.nullable(),
    withdrawn: z.boolean(),
    reason: z.string(),
    statusFrom: statusSchema.optional(),
    statusTo: statusSchema.optional(),
    roundId: idSchema.optional(),
    outcome: outcomeSchema.optional(),
  }),
);

export const rectificationItemSchema = schemaFor<RectificationItemRecord>()(
  z.object({
    id: idSchema,
    activityId: idSchema.nullable(),
    unitId: idSchema,
    problems: z.array(z.string()),
    requirements: z.string(),
    source: z.object({
      kind: z.enum(SOURCE_KINDS),
      questionIds: z.array(idSchema).optional(),
      roundId: idSchema.optional(),
      rank: z.number().int().positive().optional(),
      figures: z.string().optional(),
    }),
    supervisorName: z.string(),
    supervisorTitle: z.string(),
    responsibleLeader: z.string(),
    note: z.string(),
    issueDate: calendarDateSchema.nullable(),
    planDue: calendarDateSchema.nullable(),
    reportDue: calendarDateSchema.nullable(),
    status: statusSchema,
    round: z.number().int().nonnegative(),
    unsatisfiedStreak: z.number().int().nonnegative(),
    flag: z.string().nullable(),
    voteRoundId: idSchema.nullable(),
    history: z.array(followUpEntrySchema),
  }),
);

const numberKeyFields = {
  prefix: z.string().min(1),
  year: z.number().int().min(1000).max(9999),
  sequence: z.number().int().positive(),
};

const numberStatusSchema = z.enum(['issued', 'voided']);

export const documentNumberSchema = schemaFor<DocumentNumberRecord>()(
  z.object({
    ...numberKeyFields,
    status: numberStatusSchema,
    documentId: idSchema,
    issuedOn: calendarDateSchema,
    voidReason: z.string().optional(),
    voidedOn: calendarDateSchema.optional(),
    notice: z
      .object({
        addressee: z.string(),
        orgName: z.string(),
        fonts: fontsSchema,
        activity: z.object({ kind: z.enum(ACTIVITY_KINDS), title: z.string(), date: z.string() }),
        rectification: z.object({ planDays: z.number(), reportMonths: z.number() }).optional(),
      })
      .optional(),
    announcement: z
      .object({
        orgName: z.string(),
        fonts: fontsSchema,
        subject: z.string(),
        meetingName: z.string(),
        meetingDate: calendarDateSchema,
        candidates: z.array(
          z.object({
            id: idSchema,
            name: z.string(),
            unitId: z.string(),
            unit: z.string(),
            budgetWan: z.number().nullable(),
          }),
        ),
        earlierChosen: z.array(z.string()).optional(),
      })
      .optional(),
  }),
);

const contentBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: z.string() }),
  z.object({
    kind: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    text: z.string(),
    body: z.string().optional(),
  }),
]);

export const issuedContentSchema = schemaFor<IssuedContent>()(
  z.object({
    layout: z.enum(['file', 'letter']),
    orgName: z.string(),
    fonts: fontsSchema,
    documentNumber: z.string(),
    title: z.string(),
    addressee: z.string(),
    body: z.array(contentBlockSchema),
    date: z.string(),
    copyTo: z.array(z.string()),
    printer: z.string().optional(),
    printDate: z.string().optional(),
  }),
);

export const issuedDocumentSchema = schemaFor<IssuedDocumentRecord>()(
  z.object({
    id: idSchema,
    kind: z.enum(['notice', 'letter']),
    itemIds: z.array(idSchema),
    unitId: idSchema,
    activityId: idSchema.nullable(),
    ...numberKeyFields,
    number: z.string(),
    issuedOn: calendarDateSchema,
    content: issuedContentSchema,
    status: numberStatusSchema,
    voidReason: z.string().optional(),
    voidedOn: calendarDateSchema.optional(),
    createdAt: instantSchema,
    replaces: z.object({ documentId: idSchema, number: z.string(), reason: z.string() }).optional(),
  }),
);
