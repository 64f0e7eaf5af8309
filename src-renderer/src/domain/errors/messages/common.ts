import type { ErrorParams } from '../messages';

const text = (value: ErrorParams[string]): string => (value === undefined ? '' : String(value));

/** Codes any area may use. */
export const commonMessages = {
  /** A field-level problem; params.message is the first field's message. */
  'common.invalidInput': (p: ErrorParams) => text(p.message) || '输入有误',
  'common.notFound': (p: ErrorParams) => `${text(p.what)}不存在，可能已被删除`,
  'common.inUse': (p: ErrorParams) => `${text(p.what)}已用于活动「${text(p.usedBy)}」，不能删除，只能归档`,
  /** A rule stated in full by the caller (kept for messages not yet given a code of their own). */
  'common.rule': (p: ErrorParams) => text(p.message) || '操作不符合规则',
};
