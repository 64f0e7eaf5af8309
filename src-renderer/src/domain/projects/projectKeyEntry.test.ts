import { describe, expect, it } from 'vitest';
import {
  pressProjectKey,
  projectBallotOf,
  projectKeysLine,
  startProjectEntry,
  type ProjectKeyState,
} from './projectKeyEntry';

const NAMES = ['甲', '乙', '丙'];
const IDS = ['a', 'b', 'c'];

function typed(keys: string[], state: ProjectKeyState = startProjectEntry(3)): ProjectKeyState {
  return keys.reduce((s, key) => {
    const press = pressProjectKey(s, key, NAMES);
    return press.kind === 'moved' ? press.state : s;
  }, state);
}

describe('project ballot key entry', () => {
  it('reads 1 as 同意 and 0 or Space as not, in ballot order', () => {
    const state = typed(['1', ' ', '1']);
    expect(projectBallotOf(state, IDS)).toEqual({ marks: ['a', 'c'], void: false });
    expect(projectKeysLine(state)).toBe('101');
  });

  it('refuses any other key with the candidate and the valid keys named, and moves nothing', () => {
    const state = typed(['1']);
    const press = pressProjectKey(state, '2', NAMES);
    expect(press).toEqual({
      kind: 'refused',
      message: '“2”不是有效的录入键。第 2 项“乙”请按：1 同意、0 或空格 不同意，或 X 整张作废',
    });
  });

  it('refuses a key after the last candidate instead of dropping it', () => {
    const press = pressProjectKey(typed(['1', '1', '0']), '1', NAMES);
    expect(press.kind).toBe('refused');
  });

  it('goes back with Backspace, saves with Enter, and names the first candidate not keyed', () => {
    const state = typed(['1', '1', 'Backspace']);
    expect(state.cursor).toBe(1);
    expect(projectBallotOf(state, IDS)).toEqual({ missing: 2 });
    expect(pressProjectKey(state, 'Enter', NAMES)).toEqual({ kind: 'save' });
  });

  it('voids the whole ballot with X, refusing marks until X is pressed again', () => {
    const state = typed(['x']);
    expect(state.wholeVoid).toBe(true);
    expect(pressProjectKey(state, '1', NAMES).kind).toBe('refused');
    expect(projectBallotOf(state, IDS)).toEqual({ marks: [], void: true });
    expect(typed(['X'], state).wholeVoid).toBe(false);
  });

  it('reads full-width digits as half-width, and refuses keys an input method swallowed', () => {
    expect(projectBallotOf(typed(['１', '０', '１']), IDS)).toEqual({ marks: ['a', 'c'], void: false });
    expect(pressProjectKey(startProjectEntry(3), 'Process', NAMES).kind).toBe('refused');
    expect(pressProjectKey(startProjectEntry(3), 'Tab', NAMES)).toEqual({ kind: 'pass' });
  });
});
