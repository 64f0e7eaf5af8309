import { describe, expect, it } from 'vitest';
import { announcementContent } from './announcement';
import { decideProjectVote } from './projectDecision';
import { defaultProjectRules } from './projectRules';
import { tallyProjectBallots } from './projectTally';

const candidates = [
  { id: 'a', name: '农村公路提质改造', unitId: 'jt', budgetWan: 1200 },
  { id: 'b', name: '城乡供水一体化', unitId: 'sl', budgetWan: 3500 },
  { id: 'c', name: '校园安全提升', unitId: 'jy', budgetWan: 85.5 },
];
const ids = candidates.map((c) => c.id);
const units: Record<string, string> = { jt: '县交通运输局', sl: '县水利局', jy: '县教体局' };

function content(ballots: { marks: string[] }[], places = 2) {
  const rules = defaultProjectRules(places);
  const round = { entitled: 7, present: 6, issued: ballots.length, returned: ballots.length };
  const counts = tallyProjectBallots(ids, places, ballots);
  return announcementContent({
    subject: '2027年度民生实事项目',
    meetingName: '宜丰县第十八届人民代表大会第二次会议',
    meetingDate: '2027-01-08',
    candidates,
    unitName: (id) => units[id] ?? '',
    rules,
    round,
    counts,
    decision: decideProjectVote(rules, ids, round, counts),
  });
}

describe('the 票决结果公告', () => {
  it('reports the counts, the chosen projects and every candidate with its votes', () => {
    // 6 ballots: one void with 3 marks; valid 5, more than half is 3.
    const c = content([
      { marks: ['a', 'b'] },
      { marks: ['a', 'b'] },
      { marks: ['a', 'c'] },
      { marks: ['b'] },
      { marks: [] },
      { marks: ['a', 'b', 'c'] },
    ]);
    expect(c.title).toBe('关于2027年度民生实事项目票决结果的公告');
    expect(c.paragraphs[0]).toBe(
      '2027年1月8日，宜丰县第十八届人民代表大会第二次会议对2027年度民生实事项目的 3 个候选项目进行了票决。应到 7 人，实到 6 人，发出票 6 张，收回 6 张，其中有效票 5 张，无效票 1 张（多选 1 张）。',
    );
    expect(c.paragraphs[1]).toBe(
      '根据票决办法，“农村公路提质改造”、“城乡供水一体化”共 2 个项目获得过半数同意票，确定为2027年度民生实事项目。',
    );
    expect(c.table.rows).toEqual([
      ['1', '农村公路提质改造', '县交通运输局', '1200', '3', '当选'],
      ['2', '城乡供水一体化', '县水利局', '3500', '3', '当选'],
      ['3', '校园安全提升', '县教体局', '85.50', '1', '未过半数'],
    ]);
    expect(c.rules.at(-1)).toBe('本次过半数为 3 票（5 的半数以上）。');
  });

  it('names a tie at the cut-off and the places left', () => {
    // a 4, b 3, c 3 of 5 valid: all pass (more than 2.5); a is chosen, b and c tie for the last place.
    const tie = content([
      { marks: ['a', 'b'] },
      { marks: ['a', 'c'] },
      { marks: ['a', 'b'] },
      { marks: ['a', 'c'] },
      { marks: ['b', 'c'] },
    ]);
    expect(tie.paragraphs).toContain(
      '“城乡供水一体化”、“校园安全提升”得票相同，对其另行票决，确定剩余的 1 个项目。',
    );
    expect(tie.table.rows.map((r) => r[5])).toEqual(['当选', '得票相同，另行票决', '得票相同，另行票决']);
    const few = content([{ marks: ['a'] }, { marks: ['a'] }, { marks: ['b'] }], 2);
    expect(few.paragraphs).toContain('过半数的项目不足 2 项，尚余 1 个名额未确定。');
  });

  it('a 再次票决 says it is one and counts the projects chosen before it', () => {
    const rules = { ...defaultProjectRules(1), runoff: true };
    const two = candidates.slice(1);
    const round = { entitled: 5, present: 5, issued: 5, returned: 5 };
    const counts = tallyProjectBallots(['b', 'c'], 1, [
      { marks: ['c'] },
      { marks: ['c'] },
      { marks: ['b'] },
      { marks: ['c'] },
      { marks: [] },
    ]);
    const c = announcementContent({
      subject: '2027年度民生实事项目',
      meetingName: '宜丰县第十八届人民代表大会第二次会议',
      meetingDate: '2027-01-08',
      candidates: two,
      unitName: (id) => units[id] ?? '',
      rules,
      round,
      counts,
      decision: decideProjectVote(rules, ['b', 'c'], round, counts),
      earlierChosen: ['农村公路提质改造'],
    });
    expect(c.title).toBe('关于2027年度民生实事项目再次票决结果的公告');
    expect(c.paragraphs[0]).toContain('对2027年度民生实事项目中得票相同的 2 个候选项目进行了再次票决。');
    expect(c.paragraphs).toContain(
      '连同此前票决确定的“农村公路提质改造”，共确定 2 个项目为2027年度民生实事项目。',
    );
  });
});
