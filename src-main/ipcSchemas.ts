// Argument schemas for every DesktopApi channel. No electron import, so ipcSchemas.test.ts checks them
// in plain Node. Each schema is the whole argument list of one ipcRenderer.invoke call.

import { z } from 'zod';
import {
  AUTO_BACKUP_REASONS,
  MAX_SAVE_BYTES,
  SCREEN_MODES,
  type AutoBackupRequest,
  type OpenAnswererRequest,
  type FileFilter,
  type OpenFileRequest,
  type SaveFileRequest,
} from './contract';
import { isBackupName } from './backups/rules';

/** An extension without the dot ("xlsx"), or "*" for all files. */
const extensionSchema = z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/);

export const fileFilterSchema = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z.array(extensionSchema).min(1).max(20),
}) satisfies z.ZodType<FileFilter>;

const filtersSchema = z.array(fileFilterSchema).max(10).optional();

/**
 * A bare file name: no folders, no control characters, none of the characters Windows forbids, and not
 * made of dots alone. Chinese names are fine.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_NAME_CHARS = /[\u0000-\u001f/\\:*?"<>|]/;
export const fileNameSchema = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !FORBIDDEN_NAME_CHARS.test(name), { message: 'file name contains a forbidden character' })
  .refine((name) => !/^\.+$/.test(name), { message: 'file name is only dots' });

const bytesSchema = z
  .instanceof(Uint8Array)
  .refine((data) => data.byteLength <= MAX_SAVE_BYTES, { message: 'data is larger than MAX_SAVE_BYTES' });

export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  data: bytesSchema,
  filters: filtersSchema,
}) satisfies z.ZodType<SaveFileRequest>;

export const openFileRequestSchema = z.strictObject({
  filters: filtersSchema,
}) satisfies z.ZodType<OpenFileRequest>;

export const saveFileArgsSchema = z.tuple([saveFileRequestSchema]);
export const openFileArgsSchema = z.tuple([openFileRequestSchema]);
export const getAppInfoArgsSchema = z.tuple([]);

/** Activity ids are the app's own UUIDs (or short ASCII keys in tests); nothing that could leave the route. */
export const activityIdSchema = z.string().regex(/^[A-Za-z0-9-]{1,64}$/);
const screenModeSchema = z.enum(SCREEN_MODES);
/** The activity, and (left out by older callers) whether it is the meeting or its rehearsal. */
export const openProjectorArgsSchema = z.tuple([activityIdSchema, screenModeSchema.optional()]);
export const listDisplaysArgsSchema = z.tuple([]);
/** Electron's display ids are non-negative integers. */
const displayIdSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
export const openAnswererRequestSchema = z.strictObject({
  activityId: activityIdSchema,
  displayId: displayIdSchema.nullable(),
  mode: screenModeSchema,
}) satisfies z.ZodType<OpenAnswererRequest>;
export const openAnswererArgsSchema = z.tuple([openAnswererRequestSchema]);

export const autoBackupRequestSchema = z.strictObject({
  reason: z.enum(AUTO_BACKUP_REASONS),
  data: bytesSchema,
}) satisfies z.ZodType<AutoBackupRequest>;

export const writeAutoBackupArgsSchema = z.tuple([autoBackupRequestSchema]);
export const listAutoBackupsArgsSchema = z.tuple([]);
/** Only a name this app writes (backups/rules.ts): no folders, no "..", nothing outside the backups folder. */
export const backupNameSchema = z.string().max(100).refine(isBackupName, { message: 'not a backup name' });
export const readAutoBackupArgsSchema = z.tuple([backupNameSchema]);
export const openBackupsFolderArgsSchema = z.tuple([]);
export const backupStatusArgsSchema = z.tuple([]);
