// Typing a paper project ballot key by key, as the ballot rounds' entry does (votes/keyEntry.ts): per candidate
// in ballot order, 1 is 同意 and 0 or Space is not; X voids the whole ballot; Backspace goes back one; Enter
// saves. A key that is not valid where the typist is gets refused with the valid keys named, and nothing moves.

export interface ProjectKeyState {
  /** Per candidate in ballot order: true 同意, false not, null not keyed yet. */
  marks: (boolean | null)[];
  cursor: number;
  wholeVoid: boolean;
}

export type ProjectKeyPress =
  | { kind: 'moved'; state: ProjectKeyState }
  | { kind: 'save' }
  | { kind: 'refused'; message: string }
  | { kind: 'pass' };

export const VOID_KEY = 'X';

export function startProjectEntry(count: number): ProjectKeyState {
  return { marks: Array.from({ length: count }, () => null), cursor: 0, wholeVoid: false };
}

export function pressProjectKey(
  state: ProjectKeyState,
  key: string,
  names: readonly string[],
): ProjectKeyPress {
  const n = names.length;
  const moved = (next: Partial<ProjectKeyState>): ProjectKeyPress => ({
    kind: 'moved',
    state: { ...state, ...next },
  });
  if (key === 'Process' || key === 'Unidentified') {
    return { kind: 'refused', message: '按键被输入法拦下，没有录入（请关闭中文输入法，切换到英文状态）' };
  }
  if (key === 'Enter') return { kind: 'save' };
  if (key === 'Backspace') {
    const back = Math.max(0, state.cursor - 1);
    return moved({ marks: state.marks.map((m, i) => (i === back ? null : m)), cursor: back });
  }
  if (key !== ' ' && [...key].length > 1) return { kind: 'pass' };
  const typed = key.normalize('NFKC').toUpperCase();
  if (typed === VOID_KEY) return moved({ wholeVoid: !state.wholeVoid });
  const mark = typed === '1' ? true : typed === '0' || typed === ' ' ? false : null;
  const shown = key === ' ' ? '空格' : `“${key}”`;
  if (state.wholeVoid) {
    return {
      kind: 'refused',
      message: `这张票已标为整张作废，${shown}没有录入：请按 Enter 保存，或再按 ${VOID_KEY} 取消作废`,
    };
  }
  if (mark === null) {
    const where = state.cursor < n ? `第 ${state.cursor + 1} 项“${names[state.cursor] ?? ''}”请按：` : '';
    return {
      kind: 'refused',
      message: `${shown}不是有效的录入键。${where}1 同意、0 或空格 不同意，或 ${VOID_KEY} 整张作废`,
    };
  }
  if (state.cursor >= n) {
    return {
      kind: 'refused',
      message: `${n} 项已全部录入，${shown}没有录入：请按 Enter 保存这张票，或按 Backspace 退回修改`,
    };
  }
  return moved({
    marks: state.marks.map((m, i) => (i === state.cursor ? mark : m)),
    cursor: state.cursor + 1,
  });
}

/** The ballot to save, or which candidate is still to be keyed. */
export function projectBallotOf(
  state: ProjectKeyState,
  candidateIds: readonly string[],
): { marks: string[]; void: boolean } | { missing: number } {
  if (state.wholeVoid) return { marks: [], void: true };
  const missing = state.marks.findIndex((m) => m === null);
  if (missing >= 0 || state.marks.length !== candidateIds.length)
    return { missing: Math.max(missing, 0) + 1 };
  return { marks: candidateIds.filter((_, i) => state.marks[i] === true), void: false };
}

/** The keys so far in groups of five, as the paper reads: "11011 10". */
export function projectKeysLine(state: ProjectKeyState): string {
  const keys = state.marks.filter((m) => m !== null).map((m) => (m ? '1' : '0'));
  const groups: string[] = [];
  for (let i = 0; i < keys.length; i += 5) groups.push(keys.slice(i, i + 5).join(''));
  return groups.join(' ');
}
