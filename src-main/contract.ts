// The one interface between the renderer and the desktop. No electron import here: the renderer
// shares this file, and the browser build implements the same interface with downloads and file inputs.

export interface FileFilter {
  /** Shown in the dialog, e.g. "Excel 工作簿". */
  name: string;
  /** Without the dot, e.g. ["xlsx", "csv"]. */
  extensions: string[];
}

export interface SaveFileRequest {
  suggestedName: string;
  data: Uint8Array;
  filters?: FileFilter[];
}

export interface SaveFileResult {
  /** False when the user cancelled the dialog. */
  saved: boolean;
  /** Where it went, when the shell knows (Electron); the browser only knows it started a download. */
  path?: string;
}

export interface OpenFileRequest {
  filters?: FileFilter[];
}

export interface OpenedFile {
  name: string;
  data: Uint8Array;
}

export interface AppInfo {
  version: string;
  /** Where the app keeps its data; null in a browser, where the browser decides. */
  dataPath: string | null;
  shell: 'electron' | 'browser';
}

/** Why an automatic backup was written: after a publish, an issue or a close, after a restore, on the
 * 10-minute timer while data changes, and just before a restore replaces the data. */
export const AUTO_BACKUP_REASONS = [
  'publish',
  'issue',
  'close',
  'restore',
  'interval',
  'beforeRestore',
] as const;
export type AutoBackupReason = (typeof AUTO_BACKUP_REASONS)[number];

export interface AutoBackupRequest {
  reason: AutoBackupReason;
  /** The whole backup file, as the renderer exports it from IndexedDB. */
  data: Uint8Array;
}

export interface AutoBackupInfo {
  /** The file name inside the backups folder; the only handle readAutoBackup accepts. */
  name: string;
  /** When it was written, epoch ms. */
  createdAt: number;
  /** Bytes. */
  size: number;
  reason: AutoBackupReason;
}

export type AutoBackupWriteResult =
  | { written: true; backup: AutoBackupInfo }
  /** lowDisk: less than LOW_DISK_BYTES would be left free; unsupported: the browser has no backups folder. */
  | { written: false; reason: 'lowDisk' | 'unsupported' };

export interface BackupStatus {
  /** The newest automatic backup, or null when there is none. */
  last: { createdAt: number; size: number } | null;
  /** The backups folder; null in a browser, which has none. */
  folder: string | null;
  /** True when the disk is too full to write the next backup (writing has stopped). */
  lowDisk: boolean;
}

/**
 * Which copy of a meeting a screen shows: the meeting itself, or the throw-away copy of a rehearsal (演练),
 * which lives in a database of its own and is wiped when the rehearsal ends.
 */
export const SCREEN_MODES = ['meeting', 'rehearsal'] as const;
export type ScreenMode = (typeof SCREEN_MODES)[number];

/** A display connected to the computer, as the secretary chooses among them. */
export interface DisplayChoice {
  id: number;
  /** The system's name of the display, or 显示器 N when it has none. */
  label: string;
  width: number;
  height: number;
  primary: boolean;
  /** The console window is (mostly) on it. */
  hasConsole: boolean;
  /** A projector window is on it. */
  hasProjector: boolean;
}

export interface DisplayList {
  displays: DisplayChoice[];
  /** Where the 答询人提示屏 goes unless the secretary chooses: neither the console's nor the projector's display. */
  suggestedId: number | null;
}

export interface OpenAnswererRequest {
  activityId: string;
  /** A display of listDisplays; null (or a display since unplugged) means the suggested one. */
  displayId: number | null;
  mode: ScreenMode;
}

export interface DesktopApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Resolves to null when the user cancels. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  getAppInfo(): Promise<AppInfo>;
  /**
   * Shows the projector screen (大屏) of an activity: in Electron a window on the second display, full
   * screen, when one is connected; otherwise an ordinary window. Opening it again brings it forward.
   */
  openProjector(activityId: string, mode?: ScreenMode): Promise<void>;
  /** The connected displays for the 答询人提示屏, and the one suggested; empty in a browser, which cannot tell. */
  listDisplays(): Promise<DisplayList>;
  /**
   * Shows the 答询人提示屏 (the screen facing the answer desk) of an activity: in Electron full screen on the
   * chosen display, or an ordinary window when that display holds the console. Opening it again brings the
   * window forward (moved to the display chosen now).
   */
  openAnswerer(request: OpenAnswererRequest): Promise<void>;
  /**
   * Keeps a full backup in the backups folder (Electron: <userData>/backups), then prunes the folder to
   * the last 20 backups plus one a day for 30 days. Written through a temporary file and a rename, so a
   * crash never leaves half a backup. Refused, with { written: false, reason: 'lowDisk' }, when less than
   * LOW_DISK_BYTES would be left free. The browser keeps nothing ('unsupported').
   */
  writeAutoBackup(request: AutoBackupRequest): Promise<AutoBackupWriteResult>;
  /** The automatic backups, newest first; empty in a browser. */
  listAutoBackups(): Promise<AutoBackupInfo[]>;
  /** The bytes of one automatic backup, by the name listAutoBackups gave. */
  readAutoBackup(name: string): Promise<Uint8Array>;
  /** Shows the backups folder in the file manager (creates it first when missing). */
  openBackupsFolder(): Promise<void>;
  backupStatus(): Promise<BackupStatus>;
  /**
   * Asks the browser not to evict the app's IndexedDB under storage pressure (navigator.storage.persist);
   * resolves to whether storage is persistent. Electron's storage is never evicted: always true.
   */
  requestPersistentStorage(): Promise<boolean>;
}

export const CHANNELS = {
  saveFile: 'desktop:save-file',
  openFile: 'desktop:open-file',
  getAppInfo: 'desktop:get-app-info',
  openProjector: 'desktop:open-projector',
  listDisplays: 'desktop:list-displays',
  openAnswerer: 'desktop:open-answerer',
  writeAutoBackup: 'desktop:write-auto-backup',
  listAutoBackups: 'desktop:list-auto-backups',
  readAutoBackup: 'desktop:read-auto-backup',
  openBackupsFolder: 'desktop:open-backups-folder',
  backupStatus: 'desktop:backup-status',
} as const;

/** The renderer is served from app://xunping/ in Electron. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'xunping';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The hash routes of a rehearsal's screens start with this; the rest is the meeting's route. */
export const REHEARSAL_ROUTE_PREFIX = '/rehearsal';

function screenRoute(screen: string, activityId: string, mode: ScreenMode): string {
  const route = `/${screen}/${encodeURIComponent(activityId)}`;
  return mode === 'rehearsal' ? `${REHEARSAL_ROUTE_PREFIX}${route}` : route;
}

/** The hash route of an activity's projector screen; both shells open this. */
export function projectorRoute(activityId: string, mode: ScreenMode = 'meeting'): string {
  return screenRoute('projector', activityId, mode);
}

/** The hash route of an activity's 答询人提示屏; both shells open this. */
export function answererRoute(activityId: string, mode: ScreenMode = 'meeting'): string {
  return screenRoute('answerer', activityId, mode);
}

/** Largest file the renderer may hand to the main process to save (bytes). */
export const MAX_SAVE_BYTES = 200 * 1024 * 1024;

/**
 * Largest file openFile reads into memory (bytes); larger files are refused with FILE_TOO_LARGE_MESSAGE. Never
 * below MAX_SAVE_BYTES: a file the app saved itself (a backup of a large database above all) must open again.
 */
export const MAX_OPEN_BYTES = MAX_SAVE_BYTES;

/** Automatic backups stop when writing one would leave less than this free on the disk (bytes). */
export const LOW_DISK_BYTES = 500 * 1024 * 1024;

/** The message both shells use when a file is over MAX_OPEN_BYTES. */
export const FILE_TOO_LARGE_MESSAGE = `文件超过 ${MAX_OPEN_BYTES / 1024 / 1024} MB，无法打开。`;
