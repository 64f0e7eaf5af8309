// Use cases of the audit log (操作日志): it is written by the repositories in the transaction of each change;
// here it is only exported, as a workbook made by services.documents (a Web Worker in the app).
import { listAudit } from '../../db/repositories/auditLog';
import type { AuditKind } from '../../domain/audit/auditEntry';
import { auditFileName, auditSheet } from '../../domain/audit/auditSheet';
import { toCalendarDate } from '../../domain/time';
import type { Command } from '../runtime/services';
import type { ExportedFile } from './directoryExport';

/** Saves the entries of one kind (or all) as 操作日志-<today>.xlsx, newest first. */
export const exportAuditLog: Command<{ kind: AuditKind | null }, ExportedFile> = async (
  { db, clock, documents, desktop },
  { kind },
) => {
  const entries = await listAudit(db, { kind });
  const data = await documents.xlsx([auditSheet(entries)], clock.now());
  const fileName = auditFileName(toCalendarDate(clock.now()));
  const result = await desktop.saveFile({
    suggestedName: fileName,
    data,
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  });
  return { ...result, fileName };
};
