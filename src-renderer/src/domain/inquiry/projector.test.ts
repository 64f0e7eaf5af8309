import { describe, expect, it } from 'vitest';
import { AGENDA, question, scenario } from '../testing/inquiryFixtures';
import { projectorHeadline } from './projector';
import { questionNames } from './questionNames';
import { timerReading } from './timer';

const names = questionNames(
  [
    { id: 'zhang', name: '张委员' },
    { id: 'wang', name: '王委员' },
  ],
  [
    { id: 'unit-ziran', shortName: '县自然资源局' },
    { id: 'unit-shengtai', shortName: '县生态环境局' },
  ],
);
const supervised = questionNames(
  [{ id: 'wang', name: '王委员' }],
  [
    {
      id: 'unit-ziran',
      shortName: '县自然资源局',
      supervisorName: '孙建华',
      supervisorTitle: '县人民政府副县长',
    },
    {
      id: 'unit-shengtai',
      shortName: '县生态环境局',
      supervisorName: '孙建华',
      supervisorTitle: '县人民政府副县长',
    },
  ],
);

const headline = (s: ReturnType<typeof scenario>) =>
  projectorHeadline(s.state(), timerReading(s.state(), s.now()), names);

describe('the projector’s headline', () => {
  it('says who is next before the meeting, and nothing when no question is left', () => {
    expect(headline(scenario())).toBe('下一位：张委员 → 县自然资源局');
    expect(headline(scenario([]))).toBe('');
  });

  it('names the asker, the units and the respondent while a question is on', () => {
    expect(headline(scenario().take('q2'))).toBe('王委员 → 县生态环境局、县自然资源局 / 李局长');
    const anonymous = scenario([question('q9', 1, { askerId: 'gone', respondentName: '' })]).take('q9');
    expect(headline(anonymous)).toBe('（已删除） → 县自然资源局');
  });

  it('names the 副县长 who supervises the units during 补充回答, never the 局长 who answered', () => {
    const s = scenario().take('q2').phase('ask').phase('answer');
    const at = () => projectorHeadline(s.state(), timerReading(s.state(), s.now()), supervised);
    expect(at()).toBe('王委员 → 县生态环境局、县自然资源局 / 李局长');
    s.phase('supplement');
    expect(at()).toBe('王委员 → 县生态环境局、县自然资源局 / 补充回答：县人民政府副县长 孙建华');
    s.act({ type: 'timerStopped' });
    expect(at()).toContain('补充回答：县人民政府副县长 孙建华');
  });

  it('says only 补充回答 when the directory names no supervisor, not the 局长', () => {
    const s = scenario().take('q2').phase('ask').phase('answer').phase('supplement');
    expect(headline(s)).toBe('王委员 → 县生态环境局、县自然资源局 / 补充回答');
  });

  it('shows the agenda item while its timer runs, e.g. a 表态发言', () => {
    const statementItem = AGENDA.find((a) => a.kind === 'statement') ?? AGENDA[0]!;
    const s = scenario()
      .act({ type: 'agendaItemStarted', agendaItemId: statementItem.id })
      .phase('statement');
    expect(headline(s)).toBe(statementItem.title);
    expect(headline(scenario().phase('statement'))).toBe('表态发言');
  });

  it('shows the agenda item when nobody is left to ask', () => {
    const s = scenario([]).act({ type: 'agendaItemStarted', agendaItemId: AGENDA[0]!.id });
    expect(headline(s)).toBe(AGENDA[0]!.title);
  });
});
