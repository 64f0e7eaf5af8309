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

export interface DesktopApi {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Resolves to null when the user cancels. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>;
  getAppInfo(): Promise<AppInfo>;
  /**
   * Shows the projector screen (大屏) of an activity: in Electron a window on the second display, full
   * screen, when one is connected; otherwise an ordinary window. Opening it again brings it forward.
   */
  openProjector(activityId: string): Promise<void>;
}

export const CHANNELS = {
  saveFile: 'desktop:save-file',
  openFile: 'desktop:open-file',
  getAppInfo: 'desktop:get-app-info',
  openProjector: 'desktop:open-projector',
} as const;

/** The renderer is served from app://xunping/ in Electron. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'xunping';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The hash route of an activity's projector screen; both shells open this. */
export function projectorRoute(activityId: string): string {
  return `/projector/${encodeURIComponent(activityId)}`;
}

/** Largest file the renderer may hand to the main process to save (bytes). */
export const MAX_SAVE_BYTES = 200 * 1024 * 1024;

/**
 * Largest file openFile reads into memory (bytes); larger files are refused with FILE_TOO_LARGE_MESSAGE. Never
 * below MAX_SAVE_BYTES: a file the app saved itself (a backup of a large database above all) must open again.
 */
export const MAX_OPEN_BYTES = MAX_SAVE_BYTES;

/** The message both shells use when a file is over MAX_OPEN_BYTES. */
export const FILE_TOO_LARGE_MESSAGE = `文件超过 ${MAX_OPEN_BYTES / 1024 / 1024} MB，无法打开。`;
