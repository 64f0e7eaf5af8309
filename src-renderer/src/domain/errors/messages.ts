// The one table of Chinese messages for DomainError codes. Each area keeps its codes in its own file
// (./messages/<area>.ts) so that adding a code touches one short list; this file only joins them.
import { activityMessages } from './messages/activities';
import { backupMessages } from './messages/backup';
import { commonMessages } from './messages/common';
import { settingsMessages } from './messages/settings';

export type ErrorParams = Readonly<Record<string, string | number | undefined>>;
export type MessageTable = Readonly<Record<string, (params: ErrorParams) => string>>;

export const ERROR_MESSAGES = {
  ...commonMessages,
  ...activityMessages,
  ...backupMessages,
  ...settingsMessages,
} as const satisfies MessageTable;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
