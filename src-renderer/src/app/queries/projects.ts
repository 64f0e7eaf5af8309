// Live reads of the 民生实事项目票决 screens.
import { useLiveQuery } from 'dexie-react-hooks';
import type { ProjectCandidateRecord } from '../../db/database';
import { listCandidates } from '../../db/repositories/projectCandidates';
import { listProjectItems } from '../../db/repositories/projectItems';
import { listProjectBallots, listProjectRounds } from '../../db/repositories/projectRounds';
import type { ProjectSecondEntry } from '../../domain/projects/projectDoubleEntry';
import { checkProjectFingerprint } from '../../db/repositories/projectFingerprint';
import type { FingerprintCheck } from '../../domain/votes/fingerprintCheck';
import type { ProjectItem } from '../../domain/projects/projectItem';
import type { ProjectBallotEntry, ProjectRound } from '../../domain/projects/projectRound';
import { useServices } from '../runtime/ServicesProvider';

/** The candidates in ballot order; undefined while loading. */
export function useCandidates(activityId: string): ProjectCandidateRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => listCandidates(db, activityId), [activityId]);
}

/** The rounds, the first vote first. */
export function useProjectRounds(activityId: string): ProjectRound[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => listProjectRounds(db, activityId), [activityId]);
}

/** A round's paper ballots in entry order (第 1 张 first). */
export function useProjectBallots(roundId: string | null): ProjectBallotEntry[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => (roundId ? listProjectBallots(db, roundId) : []), [roundId]);
}

/** 双人复核: a project round's second readings. */
export function useProjectSecondEntries(roundId: string): ProjectSecondEntry[] | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const rows = await db.secondEntries.where('roundId').equals(roundId).toArray();
    return rows.filter((row): row is ProjectSecondEntry => row.form === 'project');
  }, [roundId]);
}

/** Whether a published project round still proves itself (null: not published; undefined: loading). */
export function useProjectFingerprintCheck(roundId: string): FingerprintCheck | null | undefined {
  const { db } = useServices();
  return useLiveQuery(() => checkProjectFingerprint(db, roundId), [db, roundId]);
}

/** The chosen projects followed through the year: of one activity, or of all (the home page). */
export function useProjectItems(activityId?: string): ProjectItem[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => listProjectItems(db, activityId), [activityId]);
}

/** Every candidate of every project vote, for the names on the home page's flags. */
export function useAllCandidates(): ProjectCandidateRecord[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => db.projectCandidates.toArray(), []);
}
