import { describe, expect, it } from 'vitest';
import { ballotFromDraft, ballotLine } from './entryKeys';
import { entryPosition, pressEntryKey, startEntry, type KeyEntryState, type KeyPress } from './keyEntry';
import { DEFAULT_TIER_SETTINGS } from './tiers';

const tiers = DEFAULT_TIER_SETTINGS;
const subjects = Array.from({ length: 16 }, (_, i) => ({ id: `s${i + 1}`, name: `单位${i + 1}` }));
const ctx = { tiers, subjects };

/** Presses keys one by one (spaces in `keys` are only for reading), keeping every outcome. */
function type(keys: string, state: KeyEntryState = startEntry(subjects)) {
  const outcomes: KeyPress[] = [];
  for (const key of keys.replace(/ /g, '')) {
    const outcome = pressEntryKey(state, key, ctx);
    outcomes.push(outcome);
    if (outcome.kind === 'moved') state = outcome.state;
  }
  return { state, outcomes };
}

function stored(state: KeyEntryState): string {
  const outcome = ballotFromDraft(state.draft, subjects, tiers, 'b', 'members');
  if ('problem' in outcome) throw new Error(outcome.problem);
  return ballotLine(outcome.ballot, subjects, tiers);
}

describe('typing a paper ballot', () => {
  // The paper of issue #10: 16 units, three tiers. The typist hit 4 for the sixth unit.
  const paper = '11211 12111 31121 1';

  it('refuses a key that is not valid here, names the valid keys, and does not move', () => {
    const before = type('11211').state;
    const outcome = pressEntryKey(before, '4', ctx);
    expect(outcome).toEqual({
      kind: 'refused',
      key: '4',
      validKeys: ['1', '2', '3', '0', '9', 'X'],
      message:
        '“4”不是有效的录入键。第 6 项“单位6”请按：1 满意、2 基本满意、3 不满意、0 弃权（未画记号）、' +
        '9 无效（多选），或 X 整张作废',
    });
    // Nothing moved: the position is still the sixth unit, and the five marks are unchanged.
    expect(entryPosition(before, ctx)).toMatchObject({ index: 5, keyed: '11211' });
  });

  it('stores the paper as it is when the typist retypes the refused key', () => {
    // What was typed: the 4, refused, then the right key and the rest of the paper.
    const { state, outcomes } = type('11211 4 1 2111 31121 1');
    expect(outcomes.map((o) => o.kind).filter((k) => k === 'refused')).toHaveLength(1);
    expect(stored(state)).toBe(paper);
  });

  it('never lets the marks after a wrong key land one unit early', () => {
    // The keys as typed in the issue, the typist not looking: the wrong key is refused, the ballot cannot be saved
    // short (the last unit is empty), and nothing is shifted silently.
    const { state, outcomes } = type('11211 4 2111 31121 1');
    expect(outcomes[5]?.kind).toBe('refused');
    const outcome = ballotFromDraft(state.draft, subjects, tiers, 'b', 'members');
    expect(outcome).toMatchObject({ index: 15 });
  });

  it('refuses keys after the last unit instead of dropping them, and keeps the ballot', () => {
    const full = type(paper).state;
    expect(entryPosition(full, ctx)).toMatchObject({ index: 16, done: true, keyed: paper });
    const extra = pressEntryKey(full, '1', ctx);
    expect(extra).toMatchObject({
      kind: 'refused',
      key: '1',
      validKeys: ['Enter', 'Backspace', 'X'],
      message: '16 项已全部录入，“1”没有录入：请按 Enter 保存这张票，或按 Backspace 退回修改',
    });
    expect(stored(full)).toBe(paper);
    expect(pressEntryKey(full, 'Enter', ctx)).toEqual({ kind: 'save' });
  });

  it('refuses letters, spaces and full-width keys that are not marks; takes full-width digits as digits', () => {
    const start = startEntry(subjects);
    for (const key of [' ', 'a', '.', '+', '5']) {
      expect(pressEntryKey(start, key, ctx)).toMatchObject({ kind: 'refused', key });
    }
    expect(pressEntryKey(start, ' ', ctx)).toMatchObject({
      message: expect.stringMatching(/^空格不是有效的录入键。/),
    });
    expect(pressEntryKey(start, '２', ctx)).toMatchObject({ kind: 'moved', state: { cursor: 1 } });
    expect(pressEntryKey(start, 'Process', ctx)).toMatchObject({
      kind: 'refused',
      message: expect.stringContaining('请关闭中文输入法'),
    });
  });

  it('leaves keys that are not for typing to the browser', () => {
    const start = startEntry(subjects);
    for (const key of ['Tab', 'Shift', 'F5', 'Escape'])
      expect(pressEntryKey(start, key, ctx)).toEqual({ kind: 'pass' });
  });

  it('goes back with Backspace, marks the whole ballot void with X, and refuses marks on a void ballot', () => {
    const { state } = type('112');
    const back = pressEntryKey(state, 'Backspace', ctx);
    expect(back).toMatchObject({ kind: 'moved', state: { cursor: 2 } });
    if (back.kind !== 'moved') throw new Error('not moved');
    expect(entryPosition(back.state, ctx).keyed).toBe('11');
    const voided = pressEntryKey(back.state, 'x', ctx);
    expect(voided).toMatchObject({ kind: 'moved', state: { wholeVoid: true, cursor: 2 } });
    if (voided.kind !== 'moved') throw new Error('not moved');
    expect(pressEntryKey(voided.state, '1', ctx)).toMatchObject({
      kind: 'refused',
      validKeys: ['Enter', 'X'],
      message: '这张票已标为整张作废，“1”没有录入：请按 Enter 保存，或再按 X 取消作废',
    });
  });

  it('says where the typist is: the number and name of the current unit and the marks so far', () => {
    const { state } = type('11211 1');
    expect(entryPosition(state, ctx)).toEqual({
      index: 6,
      number: 7,
      total: 16,
      name: '单位7',
      keyed: '11211 1',
      done: false,
    });
  });

  it('starts a correction at the end of the saved marks', () => {
    const full = type(paper).state;
    const again = startEntry(subjects, full.draft);
    expect(again.cursor).toBe(16);
    expect(entryPosition(again, ctx).keyed).toBe(paper);
  });
});
