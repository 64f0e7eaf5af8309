// Use case 导出 Excel of a round's result (published, or the provisional one the screen shows). The workbook is
// made by services.documents (a Web Worker in the app).
import type { RoundResult } from '../../domain/votes/result';
import { resultWorkbook } from '../../domain/votes/resultExport';
import type { VoteRound } from '../../domain/votes/roundRecord';
import type { Command } from '../runtime/services';
import { assertFingerprintIntact } from './votesFingerprint';

/**
 * Saves the .xlsx through the desktop; the line to show, or null when the user cancelled. A published result whose
 * ballots changed since 公布 is refused (votes.fingerprintMismatch).
 */
export const exportResults: Command<{ round: VoteRound; result: RoundResult }, string | null> = async (
  services,
  { round, result },
) => {
  const { db, documents, desktop } = services;
  await assertFingerprintIntact(services, round.id);
  const ballots = await db.ballots.where('roundId').equals(round.id).toArray();
  const { fileName, sheets } = resultWorkbook(round, result, ballots);
  const saved = await desktop.saveFile({
    suggestedName: fileName,
    data: await documents.xlsx(sheets),
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  });
  if (!saved.saved) return null;
  return saved.path ? `已导出到 ${saved.path}` : `已导出：${fileName}`;
};
