// Small helpers the rectification screens share: colours and the texts of badges and cells.
import type { ItemStatus } from '../../domain/rectification';

export const STATUS_COLORS: Record<ItemStatus, string> = {
  pending: 'gray',
  issued: 'blue',
  rectifying: 'orange',
  reported: 'cyan',
  voting: 'grape',
  closed: 'green',
};

/** The first problem, shortened for a table cell, with a count of the others. */
export function problemSummary(problems: readonly string[], max = 48): string {
  const first = (problems[0] ?? '').replace(/\s+/g, '');
  const cut = [...first].length > max ? `${[...first].slice(0, max - 1).join('')}…` : first;
  return problems.length > 1 ? `${cut}（共${problems.length}个问题）` : cut;
}

/** 已印发2份整改通知书：A、B — or, for a batch, the first and the last number instead of every one. */
export function issuedSummary(numbers: readonly string[], kindLabel: string): string {
  const head = `已印发${numbers.length}份${kindLabel}`;
  if (numbers.length <= 3) return `${head}：${numbers.join('、')}`;
  return `${head}：${numbers[0] ?? ''} 至 ${numbers.at(-1) ?? ''}`;
}
