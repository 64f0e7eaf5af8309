import { describe, expect, it } from 'vitest';
import { statusAfterPublish, statusAfterReopen } from './statusAfterVote';

describe('statusAfterPublish', () => {
  it('ends an evaluation when its result is published', () => {
    expect(statusAfterPublish({ kind: 'evaluation', status: 'running' }, { subjectKind: 'unit' })).toBe(
      'finished',
    );
    expect(statusAfterPublish({ kind: 'evaluation', status: 'planning' }, { subjectKind: 'unit' })).toBe(
      'finished',
    );
    expect(
      statusAfterPublish({ kind: 'evaluation', status: 'finished' }, { subjectKind: 'unit' }),
    ).toBeNull();
  });

  it('leaves an inquiry, and an evaluation whose published round is a vote on a report, as they are', () => {
    expect(statusAfterPublish({ kind: 'inquiry', status: 'running' }, { subjectKind: 'unit' })).toBeNull();
    expect(
      statusAfterPublish({ kind: 'evaluation', status: 'running' }, { subjectKind: 'report' }),
    ).toBeNull();
  });
});

describe('statusAfterReopen', () => {
  const finished = { kind: 'evaluation' as const, status: 'finished' as const };
  const unitRound = { subjectKind: 'unit', wasPublished: true };

  it('sets an ended evaluation back to 进行中 when the result that ended it is withdrawn', () => {
    expect(statusAfterReopen(finished, unitRound, [])).toBe('running');
    expect(statusAfterReopen(finished, unitRound, [{ subjectKind: 'report' }])).toBe('running');
  });

  it('keeps it ended while another of its own rounds is published', () => {
    expect(statusAfterReopen(finished, unitRound, [{ subjectKind: 'unit' }])).toBeNull();
  });

  it('changes nothing for a round that was only closed, a report vote, an inquiry or a running evaluation', () => {
    expect(statusAfterReopen(finished, { subjectKind: 'unit', wasPublished: false }, [])).toBeNull();
    expect(statusAfterReopen(finished, { subjectKind: 'report', wasPublished: true }, [])).toBeNull();
    expect(statusAfterReopen({ kind: 'inquiry', status: 'finished' }, unitRound, [])).toBeNull();
    expect(statusAfterReopen({ kind: 'evaluation', status: 'running' }, unitRound, [])).toBeNull();
  });
});
