import { describe, expect, it } from 'vitest';
import { plainText, readDocx } from '../../documents/testing/readDocx';
import { publishedVote, withProjectVote } from '../testing/projects';
import { withSettings } from '../testing/votes';
import { saveProjectAnnouncement, saveProjectBallot, saveProjectLedger } from './projectDocuments';
import {
  addProjectBallot,
  applyFollowUp,
  closeProjectRound,
  publishProjectRound,
  setUpRunoff,
  startProjectRound,
} from './projects';

const ORG = { orgName: '宜丰县人民代表大会常务委员会', noticePrefix: '宜人常发', letterPrefix: '宜人常函' };

describe('project vote documents', () => {
  it('refuse a ballot without a choice: places not fewer than the candidates', async () => {
    const { s, activityId } = await withProjectVote(3, 3);
    await withSettings(s, ORG);
    await expect(saveProjectBallot(s, { activityId, roundId: null })).rejects.toThrow(
      '限选 3 项，不少于候选项目的 3 个，票决没有差额',
    );
    expect(s.desktop.saved).toEqual([]);
  });

  it('print the ballot, then the numbered 公告 of the published round', async () => {
    const { s, activityId, candidateIds: ids } = await withProjectVote(3, 2);
    await withSettings(s, ORG);
    await saveProjectBallot(s, { activityId, roundId: null });
    const ballot = s.desktop.saved[0];
    expect(ballot?.suggestedName).toBe('宜丰县2027年民生实事项目票决票.docx');
    expect(plainText((await readDocx(ballot?.data ?? new Uint8Array())).document)).toContain(
      '限选2项，多选无效',
    );

    const round = await publishedVote(s, activityId, Array(3).fill(ids.slice(0, 2)));
    await saveProjectAnnouncement(s, { roundId: round.id });
    await saveProjectAnnouncement(s, { roundId: round.id });
    const [first, again] = s.desktop.saved.slice(1);
    expect(first?.suggestedName).toBe('宜人常发〔2026〕1号关于宜丰县2027年民生实事项目票决结果的公告.docx');
    const text = plainText((await readDocx(first?.data ?? new Uint8Array())).document);
    expect(text).toContain('宜人常发〔2026〕1号');
    expect(text).toContain('“项目1”、“项目2”共2个项目');
    // The second export prints the number the first one took.
    expect(plainText((await readDocx(again?.data ?? new Uint8Array())).document)).toContain(
      '宜人常发〔2026〕1号',
    );
  });

  it('print the same 公告 under the same number after the settings, the prefix and a unit name changed', async () => {
    const { s, activityId, unitId, candidateIds: ids } = await withProjectVote(3, 2);
    await withSettings(s, ORG);
    const round = await publishedVote(s, activityId, Array(3).fill(ids.slice(0, 2)));
    await saveProjectAnnouncement(s, { roundId: round.id });
    const unit = await s.db.units.get(unitId);
    if (!unit) throw new Error('unit missing');
    await s.db.units.put({ ...unit, fullName: '宜丰县改名后的单位' });
    await withSettings(s, {
      orgName: '宜春市宜丰县人民代表大会常务委员会',
      noticePrefix: '宜常发',
      letterPrefix: '宜常函',
    });
    await saveProjectAnnouncement(s, { roundId: round.id });
    const [first, again] = s.desktop.saved;
    expect(again?.suggestedName).toBe(first?.suggestedName);
    const [firstXml, againXml] = await Promise.all(
      [first, again].map(async (f) => (await readDocx(f?.data ?? new Uint8Array())).document),
    );
    expect(plainText(againXml ?? '')).toContain('宜人常发〔2026〕1号');
    expect(againXml).toBe(firstXml);
    expect(await s.db.documentNumbers.count()).toBe(1);
  });

  it('the 公告 of a 再次票决 says so and names the projects chosen before it, with its own number', async () => {
    const { s, activityId, candidateIds: ids } = await withProjectVote(4, 2);
    await withSettings(s, ORG);
    const [a, b, c] = ids as [string, string, string, string];
    const first = await publishedVote(s, activityId, [
      [a, b],
      [a, c],
      [a, b],
      [a, c],
      [b, c],
    ]);
    await setUpRunoff(s, { roundId: first.id });
    const runoff = await publishedVote(s, activityId, [[c], [c], [b], [c], []]);
    await saveProjectAnnouncement(s, { roundId: runoff.id });
    const file = s.desktop.saved[0];
    expect(file?.suggestedName).toBe(
      '宜人常发〔2026〕1号关于宜丰县2027年民生实事项目再次票决结果的公告.docx',
    );
    const text = plainText((await readDocx(file?.data ?? new Uint8Array())).document);
    expect(text).toContain('对宜丰县2027年民生实事项目中得票相同的2个候选项目进行了再次票决');
    expect(text).toContain('连同此前票决确定的“项目1”，共确定2个项目为宜丰县2027年民生实事项目。');
  });

  it('export the ledger of the chosen projects with their status and latest note', async () => {
    const { s, activityId, candidateIds: ids } = await withProjectVote(3, 2);
    await withSettings(s, ORG);
    await expect(saveProjectLedger(s, { activityId, format: 'docx' })).rejects.toThrow('还没有选出的项目');
    const round = await startProjectRound(s, { activityId, counts: { entitled: 3, present: 3, issued: 3 } });
    for (let i = 0; i < 3; i += 1)
      await addProjectBallot(s, { roundId: round.id, marks: ids.slice(1, 3), void: false });
    await closeProjectRound(s, { roundId: round.id, returned: 3 });
    await publishProjectRound(s, { roundId: round.id });
    const itemId = ids[2] ?? '';
    await applyFollowUp(s, { itemId, action: { kind: 'note', date: '2026-11-29', text: '已开工' } });
    await saveProjectLedger(s, { activityId, format: 'docx' });
    const file = s.desktop.saved[0];
    expect(file?.suggestedName).toMatch(/2027年民生实事项目.*台账\.docx$/);
    const text = plainText((await readDocx(file?.data ?? new Uint8Array())).document);
    expect(text).toContain('项目2');
    expect(text).toContain('已开工');
    expect(text).not.toContain('项目1');
  });
});
