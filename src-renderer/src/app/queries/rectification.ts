// Live reads of the rectification screens beyond the plain records (those are in live.ts).
import { useLiveQuery } from 'dexie-react-hooks';
import { listNumbers } from '../../db/repositories/documentNumbers';
import { loadRegister } from '../../db/repositories/register';
import { evaluationProposals, inquiryProposals } from '../../db/repositories/rectificationFromResults';
import { formatted, type DraftProposal, type RegisterEntry } from '../../domain/rectification';
import { useServices } from '../runtime/ServicesProvider';

/** The proposals, or why there are none (e.g. the round is no longer published). */
export type ProposalsRead = { proposals: DraftProposal[] } | { error: unknown };

/**
 * Draft items proposed from an activity's results: from a published evaluation round (roundId), or from the
 * inquiry's questions. undefined while loading, or while no round is chosen for an evaluation.
 */
export function useDraftProposals(
  activityId: string,
  source: 'evaluation' | 'inquiry',
  roundId: string | null,
): ProposalsRead | undefined {
  const { db } = useServices();
  return useLiveQuery(async (): Promise<ProposalsRead | undefined> => {
    if (source === 'evaluation' && roundId === null) return undefined;
    try {
      const proposals =
        source === 'evaluation'
          ? await evaluationProposals(db, activityId, roundId ?? '')
          : await inquiryProposals(db, activityId);
      return { proposals };
    } catch (error) {
      return { error };
    }
  }, [activityId, source, roundId]);
}

/**
 * The latest number taken under a prefix in a year (highest sequence, voided ones included), with its date: what a
 * new document of the sequence should not be dated before. null when none; undefined while loading.
 */
export function useLatestNumber(
  prefix: string,
  year: number,
): { number: string; issuedOn: string } | null | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    if (prefix === '' || !Number.isInteger(year)) return null;
    const entries = await listNumbers(db, prefix, year);
    const last = entries[entries.length - 1];
    return last ? { number: formatted(last), issuedOn: last.issuedOn } : null;
  }, [db, prefix, year]);
}

/** 发文登记: every number ever taken with its document, kind, 主送机关 and status; undefined while loading. */
export function useRegister(): RegisterEntry[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => loadRegister(db), [db]);
}
