// The audit log (操作日志) as the 设置 page reads it: one page of entries, newest first, and how many match.
import { useLiveQuery } from 'dexie-react-hooks';
import { countAudit, listAudit } from '../../db/repositories/auditLog';
import type { AuditEntry, AuditKind } from '../../domain/audit/auditEntry';
import { useServices } from '../runtime/ServicesProvider';

export type { AuditEntry, AuditKind } from '../../domain/audit/auditEntry';

export interface AuditPage {
  entries: AuditEntry[];
  /** Entries matching the filter, on every page. */
  total: number;
}

/** Page `page` (from 1) of `pageSize` entries of one kind (null: all); undefined while loading. */
export function useAuditLog(kind: AuditKind | null, page: number, pageSize: number): AuditPage | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const offset = (page - 1) * pageSize;
    const [entries, total] = await Promise.all([
      listAudit(db, { kind }, { offset, limit: pageSize }),
      countAudit(db, { kind }),
    ]);
    return { entries, total };
  }, [db, kind, page, pageSize]);
}
