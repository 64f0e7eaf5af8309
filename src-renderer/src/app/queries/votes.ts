// Live queries of the votes screens beyond the rounds themselves (those are in live.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import { heldNumber, listNumbers } from '../../db/repositories/documentNumbers';
import { checkFingerprint } from '../../db/repositories/votesFingerprint';
import type { FingerprintCheck } from '../../domain/votes/fingerprintCheck';
import { nextNumber } from '../../domain/rectification/numberRegistry';
import { formatDocumentNumber } from '../../domain/settings/documentNumber';
import { noticeNumberRequest } from '../../domain/votes/notice';
import type { VoteRound } from '../../domain/votes/roundRecord';
import { useServices } from '../runtime/ServicesProvider';

/**
 * The 发文字号 the round's results notice will carry under `prefix`: the one it holds (held), else the next of
 * the year, and the 主送机关 its number was taken with. null while it cannot be numbered (no prefix, not published); undefined while loading.
 */
export function useNoticeNumbering(
  round: Pick<VoteRound, 'id' | 'published'>,
  prefix: string,
): { held: boolean; text: string; addressee?: string } | null | undefined {
  const { db } = useServices();
  const request = noticeNumberRequest(round, prefix);
  const key = request ? `${request.prefix}|${request.year}|${request.documentId}` : '';
  return useLiveQuery(async () => {
    if (!request) return null;
    const held = await heldNumber(db, request);
    const sequence =
      held?.sequence ??
      nextNumber(await listNumbers(db, request.prefix, request.year), request.prefix, request.year);
    const text = formatDocumentNumber(request.prefix, request.year, sequence);
    // a numbered notice prints the 主送机关 it was numbered with
    return { held: held !== null, text, ...(held?.notice ? { addressee: held.notice.addressee } : {}) };
  }, [db, key]);
}

/**
 * A published round's fingerprint recomputed from the ballots and totals stored now, compared with the one frozen
 * at 公布; null when the round is not published, undefined while loading. Recomputed only when the round, its
 * ballots or its totals change, not on every render. A mismatch is logged by the command verifyPublishedRound.
 */
export function useFingerprintCheck(roundId: string): FingerprintCheck | null | undefined {
  const { db } = useServices();
  return useLiveQuery(() => checkFingerprint(db, roundId), [db, roundId]);
}
