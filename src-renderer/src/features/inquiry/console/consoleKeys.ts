// The console's keyboard: one list drives the key bindings, the buttons' hints and the legend, so
// what the screen says is what the keys do.
import type { MeetingCommand } from '../../../domain/inquiry/consoleCommands';

/** The meeting's commands (they write to the log), and the screen's own: select, add, mute, windows. */
export type ConsoleCommand =
  | MeetingCommand
  | 'selectUp'
  | 'selectDown'
  | 'addQuestion'
  | 'mute'
  | 'projector'
  | 'vote'
  | 'toggleNext'
  | 'toggleBlank';

export interface KeyBinding {
  command: ConsoleCommand;
  /** @mantine/hooks useHotkeys syntax */
  hotkey: string;
  /** what the legend and the button show */
  keyLabel: string;
  label: string;
}

export const CONSOLE_KEYS: readonly KeyBinding[] = [
  { command: 'take', hotkey: 'Enter', keyLabel: 'Enter', label: '开始所选问题' },
  { command: 'startPause', hotkey: 'space', keyLabel: '空格', label: '开始 / 暂停计时' },
  { command: 'nextPhase', hotkey: 'ArrowRight', keyLabel: '→', label: '下一阶段' },
  { command: 'followUp', hotkey: 'Z', keyLabel: 'Z', label: '追问' },
  { command: 'supplement', hotkey: 'B', keyLabel: 'B', label: '补充回答' },
  { command: 'finish', hotkey: 'J', keyLabel: 'J', label: '结束本题' },
  { command: 'defer', hotkey: 'H', keyLabel: 'H', label: '暂缓本题' },
  { command: 'skip', hotkey: 'T', keyLabel: 'T', label: '跳过所选问题' },
  { command: 'stopTimer', hotkey: 'S', keyLabel: 'S', label: '停止计时' },
  { command: 'statement', hotkey: 'Y', keyLabel: 'Y', label: '表态发言' },
  { command: 'selectUp', hotkey: 'ArrowUp', keyLabel: '↑', label: '选上一题' },
  { command: 'selectDown', hotkey: 'ArrowDown', keyLabel: '↓', label: '选下一题' },
  { command: 'addQuestion', hotkey: 'A', keyLabel: 'A', label: '临时增加问题' },
  { command: 'nextAgenda', hotkey: 'G', keyLabel: 'G', label: '下一项议程' },
  { command: 'undo', hotkey: 'mod+Z', keyLabel: 'Ctrl+Z', label: '撤销' },
  { command: 'mute', hotkey: 'M', keyLabel: 'M', label: '静音' },
  { command: 'projector', hotkey: 'P', keyLabel: 'P', label: '打开大屏' },
  { command: 'vote', hotkey: 'V', keyLabel: 'V', label: '满意度测评' },
  { command: 'toggleNext', hotkey: 'N', keyLabel: 'N', label: '大屏显示 / 隐藏下一位' },
  { command: 'toggleBlank', hotkey: 'K', keyLabel: 'K', label: '大屏黑屏 / 恢复' },
];

export function keyOf(command: ConsoleCommand): string {
  return CONSOLE_KEYS.find((k) => k.command === command)?.keyLabel ?? '';
}

/** A modal dialog (a Mantine Modal or a confirmation) is open: the console's keys must not act behind it. */
export function dialogOpen(doc: Pick<Document, 'querySelector'>): boolean {
  return doc.querySelector('[role="dialog"][aria-modal="true"]') !== null;
}
