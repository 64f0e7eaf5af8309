// 名册: people and units as stored.
import { z } from 'zod';
import { PERSON_CATEGORIES, type Person } from '../../domain/directory/person';
import { UNIT_KINDS, type Unit } from '../../domain/directory/unit';
import { idSchema, schemaFor } from './common';

export const personSchema = schemaFor<Person>()(
  z.object({
    id: idSchema,
    name: z.string().min(1),
    title: z.string(),
    category: z.enum(PERSON_CATEGORIES),
    groups: z.array(z.string()),
    phone: z.string(),
    archived: z.boolean(),
  }),
);

export const unitSchema = schemaFor<Unit>()(
  z.object({
    id: idSchema,
    fullName: z.string().min(1),
    shortName: z.string(),
    kind: z.enum(UNIT_KINDS),
    headName: z.string(),
    headTitle: z.string(),
    supervisorName: z.string(),
    supervisorTitle: z.string(),
    archived: z.boolean(),
  }),
);
