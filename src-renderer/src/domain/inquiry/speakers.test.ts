import { describe, expect, it } from 'vitest';
import type { AgendaItem } from './agenda';
import { question } from '../testing/inquiryFixtures';
import { statementSpeakerChoices } from './speakers';

const item = (id: string, kind: AgendaItem['kind'], speaker?: string): AgendaItem => ({
  id,
  order: 1,
  title: id,
  plannedMinutes: 5,
  kind,
  ...(speaker ? { speaker } : {}),
});
const agenda = [item('report', 'report', '副县长 孙建华'), item('statement', 'statement', '县长 王强')];
const supervisors = () => ['副县长 孙建华', '副县长 何雪芳'];

describe('who speaks at a 表态发言', () => {
  it('preselects the current item’s speaker, else the 表态发言 item’s', () => {
    const questions = [question('q1', 1)];
    expect(statementSpeakerChoices(agenda, agenda[1]!, questions, supervisors)).toEqual({
      preselected: '县长 王强',
      options: ['县长 王强', '副县长 孙建华', '副县长 何雪芳'],
    });
    expect(statementSpeakerChoices(agenda, item('vote', 'vote'), [], supervisors).preselected).toBe(
      '县长 王强',
    );
    expect(statementSpeakerChoices([], null, [], supervisors)).toEqual({ preselected: '', options: [] });
  });
});
