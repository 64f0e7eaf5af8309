import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../ui/notify';
import { publishedVote, withProjectVote } from '../testing/projects';
import { withSettings } from '../testing/votes';
import { saveProjectAnnouncement } from './projectDocuments';
import { verifyPublishedProjectRound } from './projectFingerprint';

const ORG = { orgName: '宜丰县人民代表大会常务委员会', noticePrefix: '宜人常发', letterPrefix: '宜人常函' };

async function published() {
  const { s, activityId, candidateIds: ids } = await withProjectVote(3, 2);
  await withSettings(s, ORG);
  const round = await publishedVote(s, activityId, Array(3).fill(ids.slice(0, 2)));
  const mismatches = async () =>
    (await s.db.roundLog.where('roundId').equals(round.id).toArray()).filter(
      (e) => e.action === 'fingerprintMismatch',
    );
  return { s, round, ids, mismatches };
}

describe('a published project vote proves itself', () => {
  it('is intact as published', async () => {
    const { s, round } = await published();
    expect((await verifyPublishedProjectRound(s, { roundId: round.id }))?.status).toBe('intact');
  });

  it('refuses the 公告 once a ballot was changed behind the app, and logs the mismatch once', async () => {
    const { s, round, ids, mismatches } = await published();
    const [ballot] = await s.db.projectBallots.where('roundId').equals(round.id).toArray();
    await s.db.projectBallots.put({ ...ballot!, marks: [ids[2]!] });
    const exporting = saveProjectAnnouncement(s, { roundId: round.id }).catch(errorMessage);
    await expect(exporting).resolves.toMatch(/^选票校验码不符：选票在公布后被改动/);
    expect(s.desktop.saved).toEqual([]);
    await verifyPublishedProjectRound(s, { roundId: round.id });
    const logged = await mismatches();
    expect(logged).toHaveLength(1);
    expect(logged[0]?.summary).toMatch(
      /^选票校验码不符：公布时为 [0-9a-f]{64}，按现存选票重新计算为 [0-9a-f]{64}$/,
    );
  });
});
