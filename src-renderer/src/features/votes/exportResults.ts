import { countsText } from '../../domain/votes/countsText';
import type { RoundResult } from '../../domain/votes/result';
import { resultSheets } from '../../domain/votes/resultTable';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { desktop } from '../../platform/desktop';
import { writeXlsx } from '../../spreadsheets/writeXlsx';
import { notifyError, notifySuccess } from '../../ui/notify';
import { timeText } from './format';

/** Saves the round's result as .xlsx: results, one sheet per rater group, and the rules with the fingerprint. */
export async function exportResults(round: VoteRound, result: RoundResult): Promise<void> {
  const published = round.stage === 'published' ? round.published : null;
  const fileName = `${round.title}${published ? '' : '（临时结果）'}.xlsx`;
  try {
    const data = await writeXlsx(
      resultSheets({
        title: round.title,
        result,
        rules: round.rules,
        status: published ? `已公布（${timeText(published.publishedAt)}）` : '未公布（临时结果）',
        countsLine: countsText(round.rules, round.counts, true),
        fingerprint: published?.fingerprint ?? null,
      }),
    );
    const saved = await desktop().saveFile({
      suggestedName: fileName,
      data,
      filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
    });
    if (saved.saved) notifySuccess(saved.path ? `已导出到 ${saved.path}` : `已导出：${fileName}`);
  } catch (error) {
    notifyError(error, '导出失败');
  }
}
