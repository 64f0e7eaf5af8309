// Typing a paper ballot, key by key: what each key does to the ballot being typed. A key that is not valid where
// the typist is gets refused, with the valid keys named, and nothing moves: a wrong key can never make the
// following marks land one unit early (issue #10: paper 11211 12111 31121 1 was stored as 11211 21113 11211 1
// after a 4). Keys after the last unit are refused too, never dropped. The screen flashes and sounds on a refusal.

import type { Subject } from './ballots';
import {
  emptyDraft,
  entryKeys,
  keyOf,
  keysLine,
  markForKey,
  WHOLE_VOID_KEY,
  type BallotDraft,
} from './entryKeys';
import type { TierSettings } from './tiers';

export interface KeyEntryState {
  draft: BallotDraft;
  /** The subject the next mark goes to; subjects.length when every subject has been keyed. */
  cursor: number;
  /** X: the whole ballot is void (废票). */
  wholeVoid: boolean;
}

export interface KeyEntryContext {
  tiers: TierSettings;
  /** In printed order. */
  subjects: readonly Subject[];
}

/**
 * What a key press does. 'moved': the key was taken, show `state`. 'save': Enter, save the ballot
 * (ballotFromDraft says which subject is missing, if any). 'refused': nothing changed; flash, sound and show
 * `message`. 'pass': not an entry key (Tab, Shift, F5 ...), leave it to the browser.
 */
export type KeyPress =
  | { kind: 'moved'; state: KeyEntryState }
  | { kind: 'save' }
  | { kind: 'refused'; key: string; validKeys: string[]; message: string }
  | { kind: 'pass' };

/** A blank ballot at the first subject, or a saved one (a correction) with the position after its last subject. */
export function startEntry(
  subjects: readonly Subject[],
  draft?: BallotDraft,
  wholeVoid = false,
): KeyEntryState {
  return draft
    ? { draft: [...draft], cursor: subjects.length, wholeVoid }
    : { draft: emptyDraft(subjects), cursor: 0, wholeVoid };
}

/** Keys an input method sends while it composes: the digit never reaches the box. */
const INPUT_METHOD_KEYS = new Set(['Process', 'Unidentified']);

/** The mark keys and X, with the marks spelled out: "1 满意、2 基本满意、…、9 无效（多选），或 X 整张作废". */
function markKeysText(ctx: KeyEntryContext): string {
  const keys = entryKeys(ctx.tiers).map((entry) => `${entry.key} ${entry.label}`);
  return `${keys.join('、')}，或 ${WHOLE_VOID_KEY} 整张作废`;
}

function refuse(key: string, state: KeyEntryState, ctx: KeyEntryContext, why: string): KeyPress {
  const { cursor, wholeVoid } = state;
  if (wholeVoid) {
    return {
      kind: 'refused',
      key,
      validKeys: ['Enter', WHOLE_VOID_KEY],
      message: `这张票已标为整张作废，${why}：请按 Enter 保存，或再按 ${WHOLE_VOID_KEY} 取消作废`,
    };
  }
  const subject = ctx.subjects[cursor];
  if (!subject) {
    return {
      kind: 'refused',
      key,
      validKeys: ['Enter', 'Backspace', WHOLE_VOID_KEY],
      message: `${ctx.subjects.length} 项已全部录入，${why}：请按 Enter 保存这张票，或按 Backspace 退回修改`,
    };
  }
  return {
    kind: 'refused',
    key,
    validKeys: [...entryKeys(ctx.tiers).map((entry) => entry.key), WHOLE_VOID_KEY],
    message: `${why}。第 ${cursor + 1} 项“${subject.name}”请按：${markKeysText(ctx)}`,
  };
}

/** What `key` (KeyboardEvent.key; the caller leaves Ctrl, Alt and Meta combinations alone) does here. */
export function pressEntryKey(state: KeyEntryState, key: string, ctx: KeyEntryContext): KeyPress {
  const n = ctx.subjects.length;
  const { draft, cursor, wholeVoid } = state;
  const moved = (next: Partial<KeyEntryState>): KeyPress => ({ kind: 'moved', state: { ...state, ...next } });
  if (INPUT_METHOD_KEYS.has(key)) {
    return refuse(key, state, ctx, '按键被输入法拦下，没有录入（请关闭中文输入法，切换到英文状态）');
  }
  switch (key) {
    case 'Enter':
      return { kind: 'save' };
    case 'Backspace': {
      const back = Math.max(0, cursor - 1);
      return moved({ draft: draft.map((mark, i) => (i === back ? null : mark)), cursor: back });
    }
    case 'ArrowUp':
      return moved({ cursor: Math.max(0, cursor - 1) });
    case 'ArrowDown':
      return moved({ cursor: Math.min(n, cursor + 1) });
  }
  // Other named keys (Tab, Shift, F5, Escape ...) are not typed characters.
  if ([...key].length > 1) return { kind: 'pass' };
  // Full-width characters (an input method in full-width mode) are read as the half-width ones: ２ is 2.
  const typed = key.normalize('NFKC').toUpperCase();
  if (typed === WHOLE_VOID_KEY) return moved({ wholeVoid: !wholeVoid });
  const mark = markForKey(ctx.tiers, typed);
  const shown = key === ' ' ? '空格' : `“${key}”`;
  if (!mark) return refuse(key, state, ctx, `${shown}不是有效的录入键`);
  if (wholeVoid || cursor >= n) return refuse(key, state, ctx, `${shown}没有录入`);
  return moved({ draft: draft.map((m, i) => (i === cursor ? mark : m)), cursor: cursor + 1 });
}

export interface EntryPosition {
  /** 0-based position; total when every subject has been keyed. */
  index: number;
  /** 1-based number of the current subject, as printed on the ballot form (null when done). */
  number: number | null;
  total: number;
  /** The current subject's name ('' when done). */
  name: string;
  /** The keys so far in groups of five, as the paper reads: "11211 1" ("·" for a subject skipped with ↓). */
  keyed: string;
  /** Every subject keyed. */
  done: boolean;
}

/** Where the typist is, for the entry box: number and name of the current subject, and the marks so far. */
export function entryPosition(state: KeyEntryState, ctx: KeyEntryContext): EntryPosition {
  const total = ctx.subjects.length;
  const subject = ctx.subjects[state.cursor];
  const last = state.draft.reduce((end, mark, i) => (mark === null ? end : i + 1), 0);
  const keys = state.draft.slice(0, last).map((mark) => (mark === null ? '·' : keyOf(mark, ctx.tiers)));
  return {
    index: state.cursor,
    number: subject ? state.cursor + 1 : null,
    total,
    name: subject?.name ?? '',
    keyed: keysLine(keys),
    done: state.draft.length === total && state.draft.every((mark) => mark !== null),
  };
}
