import { describe, expect, it } from 'vitest';
import { statusAfterPublish } from './statusAfterVote';

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
