// 测评 as stored: rounds with their rules and frozen results, ballots, hand-counted totals, check-ins and the
// round log. The published result holds exact fractions (bigint), which a backup carries as tagged strings.
import { z } from 'zod';
import type { RoundResult } from '../../domain/votes/result';
import type { VoteRound } from '../../domain/votes/roundRecord';
import type { RoundRules } from '../../domain/votes/rules';
import type {
  BallotRecord,
  CheckinRecord,
  GroupTotalsRecord,
  RoundLogRecord,
  SecondEntryRecord,
} from '../database';
import { countSchema, fractionSchema, idSchema, instantSchema, schemaFor } from './common';

const tierIdSchema = z.enum(['satisfied', 'fairly', 'basic', 'unsatisfied', 'unknown']);
const scoredTierIdSchema = z.enum(['satisfied', 'fairly', 'basic', 'unsatisfied']);
const denominatorSchema = z.enum(['entitled', 'present', 'returned', 'valid']);

export const rulesSchema = schemaFor<RoundRules>()(
  z.object({
    form: z.enum(['tiers', 'scoreSheet']),
    tiers: z.object({
      scheme: z.enum(['three', 'four']),
      weights: z.record(scoredTierIdSchema, z.number()),
      allowUnknown: z.boolean(),
    }),
    groups: z.array(z.object({ id: idSchema, name: z.string(), weight: z.number() })),
    denominator: denominatorSchema,
    outcomeDenominator: denominatorSchema.nullable(),
    requireQuorum: z.boolean(),
    rankBy: z.enum(['score', 'satisfactionRate']),
    tieBreaker: z.boolean(),
    bottomN: countSchema,
    decimals: countSchema,
    rankByPrintedValue: z.boolean(),
    criteria: z.array(z.object({ id: idSchema, name: z.string(), max: z.number() })),
    trimExtremes: z.boolean(),
  }),
);

const groupCountsSchema = z.object({
  entitled: countSchema,
  present: countSchema,
  issued: countSchema,
  returned: countSchema,
});

const maybeFraction = fractionSchema.nullable();

const groupSubjectResultSchema = z.object({
  groupId: idSchema,
  tierCounts: z.record(tierIdSchema, countSchema),
  abstain: countSchema,
  void: countSchema,
  valid: countSchema,
  unknown: countSchema,
  denominator: countSchema,
  satisfactionRate: maybeFraction,
  satisfiedRate: maybeFraction,
  score: maybeFraction,
  outcomeDenominator: countSchema.nullable(),
  outcome: scoredTierIdSchema.nullable(),
  sheet: z
    .object({
      totals: z.array(fractionSchema),
      used: countSchema,
      trimmed: z.boolean(),
      score: maybeFraction,
    })
    .nullable(),
  included: z.boolean(),
});

export const roundResultSchema = schemaFor<RoundResult>()(
  z.object({
    status: z.enum(['counted', 'incomplete', 'invalid', 'noQuorum', 'void']),
    problems: z.array(z.string()),
    notes: z.array(z.string()),
    groups: z.array(
      z.object({
        groupId: idSchema,
        name: z.string(),
        weight: z.number(),
        counts: groupCountsSchema,
        entry: z.enum(['ballots', 'totals', 'none']),
        entered: countSchema,
        wholeVoid: countSchema,
        ballots: countSchema,
      }),
    ),
    subjects: z.array(
      z.object({
        subjectId: idSchema,
        name: z.string(),
        groups: z.array(groupSubjectResultSchema),
        score: maybeFraction,
        satisfactionRate: maybeFraction,
        satisfiedRate: maybeFraction,
        outcome: scoredTierIdSchema.nullable(),
        weights: z.record(z.string(), fractionSchema),
        satisfiedVotes: countSchema,
        unsatisfiedVotes: countSchema,
        rank: z.number().int().positive().nullable(),
        bottom: z.boolean(),
        notes: z.array(z.string()),
      }),
    ),
    rules: z.array(z.string()),
  }),
);

export const voteRoundSchema = schemaFor<VoteRound>()(
  z.object({
    id: idSchema,
    activityId: idSchema,
    title: z.string(),
    subjectKind: z.enum(['unit', 'answer', 'report', 'project']),
    subjects: z.array(z.object({ id: idSchema, name: z.string(), refId: idSchema.nullable() })),
    rules: rulesSchema,
    counts: z.record(z.string(), groupCountsSchema),
    entryModes: z.record(z.string(), z.enum(['ballots', 'totals'])),
    stage: z.enum(['draft', 'open', 'closed', 'published']),
    published: z
      .object({
        result: roundResultSchema,
        fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
        fingerprintVersion: z.union([z.literal(1), z.literal(2)]).optional(),
        publishedAt: instantSchema,
      })
      .nullable(),
    showOnProjector: z.boolean(),
    createdAt: instantSchema,
    scoring: z
      .object({ groupId: idSchema, pinHash: z.string().regex(/^[0-9a-f]{64}$/) })
      .nullable()
      .optional(),
    presence: z.record(z.string(), z.array(idSchema)).optional(),
    doubleEntry: z.boolean().optional(),
  }),
);

const ballotFields = {
  id: idSchema,
  roundId: idSchema,
  groupId: idSchema,
  wholeVoid: z.boolean(),
  /** 第 N 张 of paper entry; null for ballots cast in scoring mode. */
  paperNo: z.number().int().positive().nullable(),
};

export const ballotSchema = schemaFor<BallotRecord>()(
  z.discriminatedUnion('form', [
    z.object({
      form: z.literal('tiers'),
      ...ballotFields,
      marks: z.record(z.string(), z.array(tierIdSchema).readonly()).readonly(),
    }),
    z.object({
      form: z.literal('scoreSheet'),
      ...ballotFields,
      marks: z.record(z.string(), z.record(z.string(), z.number().nullable()).readonly()).readonly(),
    }),
  ]),
);

const secondEntryFields = {
  ...ballotFields,
  /** 第 N 张 of the first reading this one checks. */
  paperNo: z.number().int().positive(),
  kept: z.enum(['first', 'second']).nullable(),
};

/** 双人复核: the second reading of a paper ballot (a 测评票 or a project ballot), keyed [roundId+groupId+paperNo]. */
export const secondEntrySchema = schemaFor<SecondEntryRecord>()(
  z.discriminatedUnion('form', [
    z.object({
      form: z.literal('tiers'),
      ...secondEntryFields,
      marks: z.record(z.string(), z.array(tierIdSchema).readonly()).readonly(),
    }),
    z.object({
      form: z.literal('scoreSheet'),
      ...secondEntryFields,
      marks: z.record(z.string(), z.record(z.string(), z.number().nullable()).readonly()).readonly(),
    }),
    z.object({
      form: z.literal('project'),
      id: idSchema,
      roundId: idSchema,
      groupId: idSchema,
      paperNo: z.number().int().positive(),
      /** The candidates marked 同意. */
      marks: z.array(idSchema),
      void: z.boolean(),
      kept: z.enum(['first', 'second']).nullable(),
    }),
  ]),
);

export const groupTotalsSchema = schemaFor<GroupTotalsRecord>()(
  z.object({
    roundId: idSchema,
    groupId: idSchema,
    wholeVoid: countSchema,
    subjects: z
      .record(
        z.string(),
        z.object({
          tiers: z.partialRecord(tierIdSchema, countSchema),
          abstain: countSchema,
          void: countSchema,
        }),
      )
      .readonly(),
  }),
);

export const checkinSchema = schemaFor<CheckinRecord>()(z.object({ roundId: idSchema, personId: idSchema }));

export const roundLogSchema = schemaFor<RoundLogRecord>()(
  z.object({
    roundId: idSchema,
    seq: z.number().int().positive(),
    action: z.enum([
      'created',
      'setupEdited',
      'opened',
      'entryModeChanged',
      'totalsSaved',
      'ballotCorrected',
      'ballotDeleted',
      'closed',
      'voided',
      'reset',
      'published',
      'reopened',
      'projectorShown',
      'projectorHidden',
      'fingerprintMismatch',
      'doubleEntryResolved',
    ]),
    reason: z.string(),
    at: instantSchema,
    summary: z.string(),
    details: z.record(z.string(), z.unknown()),
  }),
);
