// The audit log (操作日志) as stored: one sentence per act with its kind, time and the facts behind it.
import { z } from 'zod';
import { AUDIT_KINDS, type AuditEntry } from '../../domain/audit/auditEntry';
import { idSchema, instantSchema, schemaFor } from './common';

export const auditEntrySchema = schemaFor<AuditEntry>()(
  z.object({
    id: idSchema,
    at: instantSchema,
    kind: z.enum(AUDIT_KINDS),
    text: z.string().min(1),
    details: z.record(z.string(), z.unknown()),
  }),
);
