// 民生实事项目票决 as stored: candidates, rounds with their rules and frozen decisions, paper ballots and the
// chosen projects' follow-up.
import { z } from 'zod';
import type { ProjectItem } from '../../domain/projects/projectItem';
import type { ProjectBallotEntry, ProjectRound } from '../../domain/projects/projectRound';
import type { ProjectCandidateRecord } from '../database';
import { calendarDateSchema, countSchema, idSchema, instantSchema, schemaFor } from './common';

const denominatorSchema = z.enum(['entitled', 'present', 'returned', 'valid']);

export const projectCandidateSchema = schemaFor<ProjectCandidateRecord>()(
  z.object({
    id: idSchema,
    activityId: idSchema,
    order: z.number().int().positive(),
    name: z.string().min(1),
    unitId: idSchema,
    budgetWan: z.number().nonnegative().nullable(),
    description: z.string(),
    plannedCompletion: calendarDateSchema.nullable(),
  }),
);

export const projectVoteSettingsSchema = z.object({
  year: z.number().int(),
  places: z.number().int().positive(),
  denominator: denominatorSchema,
  meetingName: z.string(),
});

const countsSchema = z.object({
  returned: countSchema,
  valid: countSchema,
  overMarked: countSchema,
  voidOther: countSchema,
  empty: countSchema,
  votes: z.record(z.string(), countSchema),
});

const decisionSchema = z.object({
  status: z.enum(['ok', 'invalid', 'noQuorum', 'void']),
  problems: z.array(z.string()),
  denominator: countSchema,
  passVotes: countSchema.nullable(),
  candidates: z.array(
    z.object({
      id: idSchema,
      votes: countSchema,
      rank: countSchema,
      passed: z.boolean(),
      chosen: z.boolean(),
      tied: z.boolean(),
    }),
  ),
  chosen: z.array(idSchema),
  runoff: z.object({ candidateIds: z.array(idSchema), places: countSchema }).nullable(),
  placesLeft: countSchema,
});

export const projectRoundSchema = schemaFor<ProjectRound>()(
  z.object({
    id: idSchema,
    activityId: idSchema,
    number: z.number().int().positive(),
    title: z.string(),
    candidateIds: z.array(idSchema),
    rules: z.object({
      places: z.number().int().positive(),
      denominator: denominatorSchema,
      requireQuorum: z.boolean(),
      runoff: z.boolean(),
    }),
    counts: z
      .object({ entitled: countSchema, present: countSchema, issued: countSchema, returned: countSchema })
      .nullable(),
    entryMode: z.enum(['ballots', 'totals']),
    doubleEntry: z.boolean().optional(),
    totals: countsSchema.nullable(),
    stage: z.enum(['draft', 'open', 'closed', 'published']),
    published: z
      .object({
        decision: decisionSchema,
        fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
        publishedAt: instantSchema,
      })
      .nullable(),
    createdAt: instantSchema,
  }),
);

export const projectBallotSchema = schemaFor<ProjectBallotEntry>()(
  z.object({
    id: idSchema,
    roundId: idSchema,
    paperNo: z.number().int().positive(),
    marks: z.array(idSchema),
    void: z.boolean(),
  }),
);

export const projectItemSchema = schemaFor<ProjectItem>()(
  z.object({
    id: idSchema,
    activityId: idSchema,
    startedOn: calendarDateSchema,
    status: z.enum(['inProgress', 'delayed', 'completed']),
    dueDate: calendarDateSchema.nullable(),
    delayReason: z.string(),
    completedOn: calendarDateSchema.nullable(),
    notes: z.array(z.object({ date: calendarDateSchema, text: z.string() })),
  }),
);
