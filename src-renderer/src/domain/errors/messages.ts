// The one table of Chinese messages for DomainError codes. Each area keeps its codes in its own file
// (./messages/<area>.ts) so that adding a code touches one short list; this file only joins them.
import { activityMessages } from './messages/activities';
import { backupMessages } from './messages/backup';
import { commonMessages } from './messages/common';
import { directoryMessages } from './messages/directory';
import { inquiryMessages } from './messages/inquiry';
import { projectsMessages } from './messages/projects';
import { settingsMessages } from './messages/settings';
import { rectificationMessages } from './messages/rectification';
import { votesMessages } from './messages/votes';

export type ErrorParams = Readonly<Record<string, string | number | undefined>>;
export type MessageTable = Readonly<Record<string, (params: ErrorParams) => string>>;

export const ERROR_MESSAGES = {
  ...commonMessages,
  ...activityMessages,
  ...backupMessages,
  ...settingsMessages,
  ...directoryMessages,
  ...backupMessages,
  ...rectificationMessages,
  ...votesMessages,
  ...inquiryMessages,
  ...projectsMessages,
} as const satisfies MessageTable;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
